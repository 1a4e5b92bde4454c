import { describe, expect, it } from 'vitest'
import type { Locale } from '../i18n/locales.ts'
import type { MarketId } from './market.ts'
import { currencySymbol, marketChoice, marketsWithCountries, suggestedCountry } from './market-choice.ts'

describe('suggestedCountry', () => {
  it.each<[Locale, string]>([
    ['en', 'US'],
    ['de', 'DE'],
    ['fr', 'FR'],
    ['es', 'ES'],
    ['ja', 'JP'],
    ['ar', 'US'],
  ])('suggests %s readers %s', (locale, country) => {
    expect(suggestedCountry(locale)).toBe(country)
  })
})

describe('marketChoice', () => {
  it.each<[string, string | null, Locale, { country: string; market: MarketId; suggested: boolean }]>([
    ['a chosen country decides, whatever the language', 'JP', 'de', { country: 'JP', market: 'jp', suggested: false }],
    ['a chosen country in any case', ' at ', 'en', { country: 'AT', market: 'eu', suggested: false }],
    [
      'a country no market lists sells in the fallback market',
      'BR',
      'es',
      { country: 'BR', market: 'us', suggested: false },
    ],
    ['until a choice, the language suggests', null, 'ja', { country: 'JP', market: 'jp', suggested: true }],
    ['German readers are suggested the euro market', null, 'de', { country: 'DE', market: 'eu', suggested: true }],
    ['an empty choice is no choice', '', 'en', { country: 'US', market: 'us', suggested: true }],
  ])('%s', (_name, chosen, locale, want) => {
    const choice = marketChoice(chosen, locale)
    expect({ country: choice.country, market: choice.market.id, suggested: choice.suggested }).toEqual(want)
  })
})

describe('marketsWithCountries', () => {
  it('groups the offered countries by market, in market order, leaving out empty markets', () => {
    const groups = marketsWithCountries(['DE', 'US', 'JP', 'FR', 'CA'])
    expect(groups.map((group) => [group.market.id, group.countries])).toEqual([
      ['us', ['US', 'CA']],
      ['eu', ['DE', 'FR']],
      ['jp', ['JP']],
    ])
  })
})

describe('currencySymbol', () => {
  it.each([
    ['de', 'EUR', '€'],
    ['en', 'JPY', '¥'],
    ['en', 'GBP', '£'],
    ['fr', 'USD', '$'],
  ] as const)('%s writes %s as %s', (locale, currency, symbol) => {
    expect(currencySymbol(locale, currency)).toBe(symbol)
  })
})
