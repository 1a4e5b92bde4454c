import { describe, expect, it } from 'vitest'
import { locales } from '../i18n/locales.ts'
import { normalizeText } from './normalize-query.ts'
import { createSynonymIndex, synonymGroups } from './synonyms.ts'
import { createSearchTokenizer } from './tokenizer.ts'

describe('synonyms per language', () => {
  it.each(locales)('%s: every entry is one normalised word to its tokenizer', (locale) => {
    const tokenizer = createSearchTokenizer(locale)
    for (const word of synonymGroups[locale].flat()) {
      expect(normalizeText(word)).toBe(word)
      expect(tokenizer.words(word)).toEqual([word])
    }
  })

  it.each([
    ['de', 'kopfhorer', 'ohrhorer'],
    ['de', 'handy', 'smartphone'],
    ['fr', 'ecouteurs', 'casque'],
    ['es', 'auricular', 'auriculares'],
    ['ja', '靴', 'シューズ'],
    ['ar', 'سماعة', 'سماعات'],
  ] as const)('%s: %s also matches %s', (locale, word, synonym) => {
    const tokenizer = createSearchTokenizer(locale)
    expect(createSynonymIndex(tokenizer)(tokenizer.stem(word))).toContain(tokenizer.stem(synonym))
  })

  it('keeps each language to its own table: German words are not English synonyms', () => {
    const english = createSearchTokenizer('en')
    expect(createSynonymIndex(english)(english.stem('kopfhorer'))).toEqual([])
  })
})
