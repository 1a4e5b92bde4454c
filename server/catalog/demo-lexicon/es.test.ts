import { describe, expect, it } from 'vitest'
import { closingSentences, demoCategories, demoColours } from '../demo-catalog-lexicon.ts'
import { esLexicon } from './es.ts'

const lines = demoCategories.flatMap((category) => category.lines)
const sorted = (items: Iterable<string>) => [...items].sort()
const filled = (texts: Record<string, string>) => Object.values(texts).every((text) => text.trim() !== '')

describe('Spanish demo lexicon', () => {
  it('names and describes every category and no other', () => {
    expect(sorted(Object.keys(esLexicon.categories))).toEqual(sorted(demoCategories.map((c) => c.slug)))
    for (const { name, description } of Object.values(esLexicon.categories))
      expect(filled({ name, description })).toBe(true)
  })

  it('translates every line, its attributes and features, and no other', () => {
    expect(sorted(Object.keys(esLexicon.lines))).toEqual(sorted(lines.map((line) => line.noun)))
    for (const line of lines) {
      const es = esLexicon.lines[line.noun]!
      expect(es.noun.trim(), line.noun).not.toBe('')
      expect(sorted(Object.keys(es.attributes)), line.noun).toEqual(sorted(line.attributes))
      expect(sorted(Object.keys(es.features)), line.noun).toEqual(sorted(line.features))
      expect(filled(es.attributes) && filled(es.features), line.noun).toBe(true)
    }
  })

  it('translates every closing sentence and colour, and no other', () => {
    expect(sorted(Object.keys(esLexicon.closings))).toEqual(sorted(closingSentences))
    expect(sorted(Object.keys(esLexicon.colours))).toEqual(sorted(Object.keys(demoColours)))
    expect(filled(esLexicon.closings) && filled(esLexicon.colours) && filled(esLexicon.optionNames)).toBe(true)
  })

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
