import { describe, expect, it } from 'vitest'
import { closingSentences, demoCategories, demoColours } from '../demo-catalog-lexicon.ts'
import { arLexicon } from './ar.ts'
import { deLexicon } from './de.ts'
import { esLexicon } from './es.ts'
import { frLexicon } from './fr.ts'
import { jaLexicon } from './ja.ts'

const lines = demoCategories.flatMap((category) => category.lines)
const sorted = (items: Iterable<string>) => [...items].sort()
const filled = (texts: Readonly<Record<string, string>>) => Object.values(texts).every((text) => text.trim() !== '')

describe.each([
  { language: 'German', lexicon: deLexicon },
  { language: 'French', lexicon: frLexicon },
  { language: 'Spanish', lexicon: esLexicon },
  { language: 'Japanese', lexicon: jaLexicon },
  { language: 'Arabic', lexicon: arLexicon },
])('the $language demo lexicon', ({ lexicon }) => {
  it('names and describes exactly the English categories', () => {
    expect(sorted(Object.keys(lexicon.categories))).toEqual(sorted(demoCategories.map((category) => category.slug)))
    for (const { name, description } of Object.values(lexicon.categories))
      expect(filled({ name, description })).toBe(true)
  })

  it('translates exactly the English lines, each with all its attributes and features', () => {
    expect(sorted(Object.keys(lexicon.lines))).toEqual(sorted(lines.map((line) => line.noun)))
    for (const line of lines) {
      const translated = lexicon.lines[line.noun]
      expect(translated?.noun.trim(), line.noun).toBeTruthy()
      expect(sorted(Object.keys(translated?.attributes ?? {})), line.noun).toEqual(sorted(line.attributes))
      expect(sorted(Object.keys(translated?.features ?? {})), line.noun).toEqual(sorted(line.features))
      expect(filled(translated?.attributes ?? {}) && filled(translated?.features ?? {}), line.noun).toBe(true)
    }
  })

  it('translates exactly the closing sentences, colours and option names', () => {
    expect(sorted(Object.keys(lexicon.closings))).toEqual(sorted(closingSentences))
    expect(sorted(Object.keys(lexicon.colours))).toEqual(sorted(Object.keys(demoColours)))
    expect(filled(lexicon.closings) && filled(lexicon.colours) && filled(lexicon.optionNames)).toBe(true)
  })
})
