/**
 * Markets: a set of countries sold to in one currency, with a default language, a tax mode and a
 * price rounding rule (decision 0026). Pure data; the server and client pick a shopper's market by
 * the shipping country, or suggest one from the language before a country is known.
 */
import type { Locale } from '../i18n/locales.ts'
import type { CurrencyCode } from '../money.ts'
import type { RoundingRule } from './market-price.ts'

export const marketIds = ['us', 'eu', 'uk', 'jp'] as const
export type MarketId = (typeof marketIds)[number]

/**
 * `exclusive`: prices are shown without tax and tax is added at checkout (the US way).
 * `inclusive`: shown prices contain the tax (VAT, consumption tax); checkout shows the included part.
 */
export type TaxMode = 'exclusive' | 'inclusive'

export type Market = {
  readonly id: MarketId
  readonly currency: CurrencyCode
  readonly taxMode: TaxMode
  /** ISO 3166-1 alpha-2, upper case. */
  readonly countries: readonly string[]
  /** The market's language where a country does not name its own in `countryLocales`. */
  readonly defaultLocale: Locale
  /** Countries whose natural language differs from the market's default (EU: DE → de, FR → fr). */
  readonly countryLocales: Readonly<Record<string, Locale>>
  /** How a converted price is rounded (an explicit price is never rounded). */
  readonly rounding: RoundingRule
}

const charm99: RoundingRule = { kind: 'charm', ending: 99 }

export const markets: Readonly<Record<MarketId, Market>> = {
  us: {
    id: 'us',
    currency: 'USD',
    taxMode: 'exclusive',
    countries: ['US', 'CA', 'AU', 'CH'],
    defaultLocale: 'en',
    countryLocales: {},
    rounding: charm99,
  },
  eu: {
    id: 'eu',
    currency: 'EUR',
    taxMode: 'inclusive',
    countries: ['DE', 'AT', 'FR', 'NL', 'BE', 'IT', 'ES', 'DK'],
    defaultLocale: 'en',
    // The shop has no Dutch, Italian or Danish: those countries get the market's English.
    countryLocales: { DE: 'de', AT: 'de', FR: 'fr', BE: 'fr', ES: 'es' },
    rounding: charm99,
  },
  uk: {
    id: 'uk',
    currency: 'GBP',
    taxMode: 'inclusive',
    countries: ['GB'],
    defaultLocale: 'en',
    countryLocales: {},
    rounding: charm99,
  },
  jp: {
    id: 'jp',
    currency: 'JPY',
    taxMode: 'inclusive',
    countries: ['JP'],
    defaultLocale: 'ja',
    countryLocales: {},
    rounding: { kind: 'nearest', step: 10 },
  },
}

/** Where a country no market lists is sold: in US dollars, tax added at checkout. */
export const fallbackMarketId: MarketId = 'us'

const marketByCountry: ReadonlyMap<string, Market> = new Map(
  Object.values(markets).flatMap((market) => market.countries.map((country) => [country, market] as const)),
)

export function isMarketId(value: unknown): value is MarketId {
  return typeof value === 'string' && (marketIds as readonly string[]).includes(value)
}

/** The market of an ISO 3166-1 alpha-2 country (any case); the fallback market for the others. */
export function marketOfCountry(country: string): Market {
  return marketByCountry.get(country.trim().toUpperCase()) ?? markets[fallbackMarketId]
}

/** The language a shopper in `country` sees first: the country's own where the market has it. */
export function defaultLocaleOf(country: string): Locale {
  const market = marketOfCountry(country)
  return market.countryLocales[country.trim().toUpperCase()] ?? market.defaultLocale
}

const marketOfLocale: Readonly<Record<Locale, MarketId>> = {
  en: 'us',
  de: 'eu',
  fr: 'eu',
  es: 'eu',
  ja: 'jp',
  // No market sells to an Arabic-speaking country yet: Arabic readers start in the fallback market.
  ar: 'us',
}

/**
 * The market to suggest from the shopper's language alone, before a country is known (the country,
 * once known, decides: `marketOfCountry`). English suggests the US, not the UK: the fallback market.
 */
export function suggestedMarket(locale: Locale): Market {
  return markets[marketOfLocale[locale]]
}

/** Which tax an inclusive market's prices contain, for the messages that name it ("incl. VAT"). */
export function taxKindOf(market: string): 'consumption' | 'vat' {
  return market === 'jp' ? 'consumption' : 'vat'
}
