import { describe, expect, it } from 'vitest'
import { closingSentences, demoCategories, demoColours } from '../demo-catalog-lexicon.ts'
import { frLexicon } from './fr.ts'

const sorted = (keys: Iterable<string>) => [...keys].sort()

function expectTranslated(translations: Readonly<Record<string, string>>, english: readonly string[]) {
  expect(sorted(Object.keys(translations))).toEqual(sorted(english))
  for (const text of Object.values(translations)) expect(text.trim()).not.toBe('')
}

describe('French demo lexicon', () => {
  const lines = demoCategories.flatMap((category) => category.lines)

  it('names and describes every category, and only those', () => {
    expect(sorted(Object.keys(frLexicon.categories))).toEqual(sorted(demoCategories.map((c) => c.slug)))
    for (const { name, description } of Object.values(frLexicon.categories)) {
      expect(name.trim()).not.toBe('')
      expect(description.trim()).not.toBe('')
    }
  })

  it('translates every line with all its attributes and features, and nothing else', () => {
    expect(sorted(Object.keys(frLexicon.lines))).toEqual(sorted(lines.map((line) => line.noun)))
    for (const line of lines) {
      const french = frLexicon.lines[line.noun]!
      expect(french.noun.trim()).not.toBe('')
      expectTranslated(french.attributes, line.attributes)
      expectTranslated(french.features, line.features)
    }
  })

  it('translates every closing sentence and colour', () => {
    expectTranslated(frLexicon.closings, closingSentences)
    expectTranslated(frLexicon.colours, Object.keys(demoColours))
  })

  it('writes features as lower-case clauses that fit the description', () => {
    for (const line of Object.values(frLexicon.lines))
      for (const feature of Object.values(line.features)) expect(feature).toMatch(/^\p{Ll}/u)
  })

  it('uses the typographic apostrophe', () => {
    const french = [
      ...Object.values(frLexicon.categories).flatMap(({ name, description }) => [name, description]),
      ...Object.values(frLexicon.lines).flatMap((line) => [
        line.noun,
        ...Object.values(line.attributes),
        ...Object.values(line.features),
      ]),
      ...Object.values(frLexicon.closings),
    ]
    for (const text of french) expect(text).not.toContain("'")
  })

  it('puts the noun first and keeps brand and model', () => {
    const parts = { brand: 'Sonora', model: 'Aria', attribute: 'pliable', noun: 'Casque sans fil' }
    expect(frLexicon.productName(parts)).toBe('Casque sans fil pliable Sonora Aria')
    const description = frLexicon.description({ name: 'X', first: 'il a', second: 'il b', closing: 'C.' })
    expect(description).toBe('X\u00a0: il a, et il b. C.')
  })
})
