import { describe, expect, it } from 'vitest'
import { esLexicon } from './es.ts'

describe('Spanish demo lexicon', () => {
  it('puts the noun first and joins features with "y", "e" before an /i/ sound, after a comma where needed', () => {
    const name = esLexicon.productName({
      brand: 'Audeon',
      model: 'Studio',
      attribute: 'inalámbrica',
      noun: 'Barra de sonido',
    })
    expect(name).toBe('Barra de sonido inalámbrica Audeon Studio')
    const parts = { name, first: 'se conecta a la tele', closing: 'Con dos años de garantía.' }
    expect(esLexicon.description({ ...parts, second: 'incluye un subwoofer' })).toBe(
      'Barra de sonido inalámbrica Audeon Studio: se conecta a la tele e incluye un subwoofer. Con dos años de garantía.',
    )
    expect(esLexicon.description({ ...parts, second: 'hace graves' })).toContain('tele y hace')
    // A first clause with its own "y" or comma is closed with a comma.
    expect(esLexicon.description({ ...parts, first: 'flota y aguanta', second: 'suena' })).toContain('aguanta, y suena')
  })
})
