import { describe, expect, it } from 'vitest'
import { arLexicon } from './ar.ts'

describe('Arabic demo lexicon', () => {
  it('puts the noun first and isolates the Latin brand and model', () => {
    const name = arLexicon.productName({
      brand: 'Sonora',
      model: 'Aria',
      attribute: 'بخاصية إلغاء الضوضاء',
      noun: 'سماعات رأس لاسلكية',
    })
    expect(name).toBe('سماعات رأس لاسلكية بخاصية إلغاء الضوضاء \u2068Sonora Aria\u2069')
    const description = arLexicon.description({ name, first: 'أ', second: 'ب', closing: 'ج.' })
    expect(description).toContain(name)
    expect(description).toMatch(/^[^A-Za-z]*\u2068/)
  })
})
