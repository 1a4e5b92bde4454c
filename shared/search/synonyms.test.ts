import { describe, expect, it } from 'vitest'
import { locales } from '../i18n/locales.ts'
import { normalizeText } from './normalize-query.ts'
import { createSynonymIndex, synonymGroups } from './synonyms.ts'
import { createSearchTokenizer } from './tokenizer.ts'

describe('synonyms per language', () => {
  it.each(locales)('%s: every entry is normalised, and each group has a word the index holds whole', (locale) => {
    const tokenizer = createSearchTokenizer(locale)
    for (const group of synonymGroups[locale]) {
      for (const word of group) expect(normalizeText(word)).toBe(word)
      const oneWord = group.filter((word) => tokenizer.words(word).length === 1)
      // Only Japanese may list a spelling its segmenter cuts (ヘッドフォン): typed whole, it leads to the others.
      if (locale === 'ja') expect(oneWord.length).toBeGreaterThan(0)
      else expect(oneWord).toEqual(group)
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
