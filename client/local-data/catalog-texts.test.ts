import { describe, expect, it } from 'vitest'
import type { ProductTranslation, TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import { lacksLocale, withLocale, withLocaleTexts } from './catalog-texts.ts'

describe('withLocaleTexts', () => {
  const row = { id: 'p1', name: 'Headphones', translations: { de: { name: 'Kopfhörer' } } }

  it.each<[string, TranslatedLocale, ProductTranslation, object]>([
    [
      'adds a locale beside the held ones',
      'fr',
      { name: 'Casque' },
      { de: { name: 'Kopfhörer' }, fr: { name: 'Casque' } },
    ],
    ['replaces the locale’s older text', 'de', { name: 'Kopfhörer Pro' }, { de: { name: 'Kopfhörer Pro' } }],
  ])('%s', (_, locale, translation, expected) => {
    const merged = withLocaleTexts(row, locale, translation)
    expect(merged.translations).toEqual(expected)
    expect(merged.name).toBe('Headphones')
    expect(row.translations).toEqual({ de: { name: 'Kopfhörer' } })
  })

  it('gives a row without translations its first one', () => {
    const category: { id: string; translations?: { ja?: { name: string } } } = { id: 'c1' }
    expect(withLocaleTexts(category, 'ja', { name: 'オーディオ' }).translations).toEqual({
      ja: { name: 'オーディオ' },
    })
  })
})

describe('held locales', () => {
  it.each([
    [[], 'de', true, ['de']],
    [['de'], 'de', false, ['de']],
    [['de'], 'fr', true, ['de', 'fr']],
    [['fr'], 'en', false, ['fr']],
    [['ar', 'de'], 'ja', true, ['de', 'ja', 'ar']],
  ] as const)('holding %j, switching to %s pulls texts: %s, then holds %j', (held, locale, lacks, after) => {
    expect(lacksLocale(held, locale)).toBe(lacks)
    expect(withLocale(held, locale)).toEqual(after)
  })
})
