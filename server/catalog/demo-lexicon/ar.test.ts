import { describe, expect, it } from 'vitest'
import { closingSentences, demoCategories, demoColours } from '../demo-catalog-lexicon.ts'
import { arLexicon } from './ar.ts'

const sorted = (keys: Iterable<string>) => [...keys].sort()
const lines = demoCategories.flatMap((category) => category.lines)

function expectFilled(values: Record<string, string>) {
  for (const [key, value] of Object.entries(values)) expect(value.trim(), key).not.toBe('')
}

describe('Arabic demo lexicon', () => {
  it('names and describes exactly the English categories', () => {
    expect(sorted(Object.keys(arLexicon.categories))).toEqual(sorted(demoCategories.map((c) => c.slug)))
    for (const { name, description } of Object.values(arLexicon.categories)) expectFilled({ name, description })
  })

  it('translates exactly the English lines, each with all its attributes and features', () => {
    expect(sorted(Object.keys(arLexicon.lines))).toEqual(sorted(lines.map((line) => line.noun)))
    for (const line of lines) {
      const translated = arLexicon.lines[line.noun]!
      expect(translated.noun.trim(), line.noun).not.toBe('')
      expect(sorted(Object.keys(translated.attributes))).toEqual(sorted(line.attributes))
      expect(sorted(Object.keys(translated.features))).toEqual(sorted(line.features))
      expectFilled(translated.attributes)
      expectFilled(translated.features)
    }
  })

  it('translates exactly the closing sentences and colours', () => {
    expect(sorted(Object.keys(arLexicon.closings))).toEqual(sorted(closingSentences))
    expectFilled(arLexicon.closings)
    expect(sorted(Object.keys(arLexicon.colours))).toEqual(sorted(Object.keys(demoColours)))
    expectFilled(arLexicon.colours)
    expectFilled(arLexicon.optionNames)
  })

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
