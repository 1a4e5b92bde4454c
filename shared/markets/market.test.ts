import { describe, expect, it } from 'vitest'
import { shippingCountries } from '../checkout/checkout-options.ts'
import { type Locale, locales } from '../i18n/locales.ts'
import { currencyCodes } from '../money.ts'
import {
  defaultLocaleOf,
  fallbackMarketId,
  isMarketId,
  type MarketId,
  marketIds,
  marketOfCountry,
  markets,
  suggestedMarket,
  taxKindOf,
} from './market.ts'

describe('marketOfCountry', () => {
  it.each<[string, MarketId, string, 'exclusive' | 'inclusive']>([
    ['US', 'us', 'USD', 'exclusive'],
    ['CA', 'us', 'USD', 'exclusive'],
    ['AU', 'us', 'USD', 'exclusive'],
    ['CH', 'us', 'USD', 'exclusive'],
    ['DE', 'eu', 'EUR', 'inclusive'],
    ['AT', 'eu', 'EUR', 'inclusive'],
    ['FR', 'eu', 'EUR', 'inclusive'],
    ['NL', 'eu', 'EUR', 'inclusive'],
    ['BE', 'eu', 'EUR', 'inclusive'],
    ['IT', 'eu', 'EUR', 'inclusive'],
    ['ES', 'eu', 'EUR', 'inclusive'],
    ['DK', 'eu', 'EUR', 'inclusive'],
    ['GB', 'uk', 'GBP', 'inclusive'],
    ['JP', 'jp', 'JPY', 'inclusive'],
    ['NZ', 'us', 'USD', 'exclusive'],
    ['BR', 'us', 'USD', 'exclusive'],
    ['', 'us', 'USD', 'exclusive'],
  ])('sells to %j in the %s market, in %s, tax %s', (country, id, currency, taxMode) => {
    const market = marketOfCountry(country)
    expect(market.id).toBe(id)
    expect(market.currency).toBe(currency)
    expect(market.taxMode).toBe(taxMode)
  })

  it('reads the country in any case, with spaces around it', () => {
    expect(marketOfCountry(' de ').id).toBe('eu')
    expect(marketOfCountry('jp').id).toBe('jp')
  })

  it('sells to every country the checkout offers in a market that lists it', () => {
    for (const country of shippingCountries) expect(marketOfCountry(country).countries, country).toContain(country)
  })

  it('lists each country in one market only', () => {
    const countries = Object.values(markets).flatMap((market) => market.countries)
    expect(new Set(countries).size).toBe(countries.length)
  })

  it('falls back to the US market for countries no market lists', () => {
    expect(fallbackMarketId).toBe('us')
    expect(marketOfCountry('ZZ')).toBe(markets.us)
  })
})

describe('markets', () => {
  it('keys each market by its own id, in a supported currency, with a shop language', () => {
    for (const id of marketIds) {
      const market = markets[id]
      expect(market.id).toBe(id)
      expect(currencyCodes).toContain(market.currency)
      expect(locales).toContain(market.defaultLocale)
      for (const [country, locale] of Object.entries(market.countryLocales)) {
        expect(market.countries, id).toContain(country)
        expect(locales).toContain(locale)
      }
    }
  })

  it.each<[MarketId, string]>([
    ['us', 'charm'],
    ['eu', 'charm'],
    ['uk', 'charm'],
    ['jp', 'nearest'],
  ])('rounds converted prices in the %s market by the %s rule', (id, kind) => {
    expect(markets[id].rounding.kind).toBe(kind)
  })
})

describe('defaultLocaleOf', () => {
  it.each<[string, Locale]>([
    ['DE', 'de'],
    ['AT', 'de'],
    ['FR', 'fr'],
    ['BE', 'fr'],
    ['ES', 'es'],
    ['NL', 'en'],
    ['IT', 'en'],
    ['DK', 'en'],
    ['GB', 'en'],
    ['US', 'en'],
    ['CH', 'en'],
    ['JP', 'ja'],
    ['jp', 'ja'],
    ['NZ', 'en'],
  ])('greets a shopper in %s in %s', (country, locale) => {
    expect(defaultLocaleOf(country)).toBe(locale)
  })
})

describe('suggestedMarket', () => {
  it.each<[Locale, MarketId]>([
    ['en', 'us'],
    ['de', 'eu'],
    ['fr', 'eu'],
    ['es', 'eu'],
    ['ja', 'jp'],
    ['ar', 'us'],
  ])('suggests to a shopper reading %s the %s market', (locale, id) => {
    expect(suggestedMarket(locale).id).toBe(id)
  })
})

describe('isMarketId', () => {
  it.each([
    ['us', true],
    ['eu', true],
    ['uk', true],
    ['jp', true],
    ['gb', false],
    ['EU', false],
    ['', false],
    [undefined, false],
    [1, false],
  ])('takes %j for a market id: %s', (value, expected) => {
    expect(isMarketId(value)).toBe(expected)
  })
})

describe('taxKindOf', () => {
  it.each([
    ['eu', 'vat'],
    ['uk', 'vat'],
    ['jp', 'consumption'],
  ] as const)('names the tax contained in %s prices: %s', (market, kind) => {
    expect(taxKindOf(market)).toBe(kind)
  })
})
