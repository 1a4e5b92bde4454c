import { describe, expect, it } from 'vitest'
import { frLexicon } from './fr.ts'

describe('French demo lexicon', () => {
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
