import { describe, expect, it } from 'vitest'
import { locales } from '../i18n/locales.ts'
import {
  canonicalLocales,
  formatLocales,
  pickTranslations,
  syncLocalesParam,
  translatedLocales,
} from './catalog-locales.ts'

describe('syncLocalesParam', () => {
  it.each([
    ['de', ['de']],
    ['fr,de', ['de', 'fr']],
    ['de,de,en', ['de']],
    ['en', []],
    ['', []],
    ['ar,ja,es,fr,de', ['de', 'fr', 'es', 'ja', 'ar']],
  ])('reads %j as %j', (value, expected) => {
    expect(syncLocalesParam.parse(value)).toEqual(expected)
  })

  it.each(['xx', 'de,', 'fr-CA', 'DE', 'de;fr'])('refuses %j', (value) => {
    expect(syncLocalesParam.safeParse(value).success).toBe(false)
  })
})

describe('canonical locale sets', () => {
  it('names every shop locale but the default', () => {
    expect(translatedLocales).toEqual(locales.filter((locale) => locale !== 'en'))
  })

  it('orders by shop order and drops the default language', () => {
    expect(canonicalLocales(['ja', 'en', 'de'])).toEqual(['de', 'ja'])
    expect(formatLocales(['fr', 'de'])).toBe('de,fr')
    expect(formatLocales([])).toBe('')
  })
})

describe('pickTranslations', () => {
  const all = { de: { name: 'Kopfhörer' }, fr: { name: 'Casque' } }
  it.each([
    [['de'], { de: { name: 'Kopfhörer' } }],
    [['de', 'fr'], all],
    [['ja'], undefined],
    [[], undefined],
  ] as const)('keeps only %j', (wanted, expected) => {
    expect(pickTranslations(all, wanted)).toEqual(expected)
  })
  it('reads a row without translations as none', () => {
    expect(pickTranslations(null, ['de'])).toBeUndefined()
  })
})
