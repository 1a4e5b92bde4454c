/**
 * Which market a shopper is in before checkout (decision 0026): the country they chose (in the
 * footer, or by typing an address at checkout) decides; until they choose, their language suggests
 * one. The device mirrors a choice in a cookie so the server can render first views in it too.
 */
import type { Locale } from '../i18n/locales.ts'
import type { CurrencyCode } from '../money.ts'
import { type Market, marketOfCountry, markets, suggestedMarket } from './market.ts'

/** Cookie holding the chosen market's id (`jp`), set by the device when the shopper chooses a country. */
export const marketCookieName = 'market'

/**
 * The country a language suggests, in its suggested market: the one whose own language it is
 * (fr → FR), else the market's first (en → US, ar → US). Taxes included in prices are that
 * country's until the shopper names theirs.
 */
export function suggestedCountry(locale: Locale): string {
  const market = suggestedMarket(locale)
  const own = Object.entries(market.countryLocales).find(([, language]) => language === locale)
  return own?.[0] ?? market.countries[0] ?? 'US'
}

export type MarketChoice = {
  /** The country prices and tax are shown for: the chosen one, else the suggested one. */
  readonly country: string
  readonly market: Market
  /** True until the shopper chose a country: the market is only a suggestion from the language. */
  readonly suggested: boolean
}

/** The shopper's market: by their chosen country (any case), else suggested from their language. */
export function marketChoice(chosenCountry: string | null, locale: Locale): MarketChoice {
  if (chosenCountry) {
    const country = chosenCountry.trim().toUpperCase()
    return { country, market: marketOfCountry(country), suggested: false }
  }
  return { country: suggestedCountry(locale), market: suggestedMarket(locale), suggested: true }
}

/** Markets in the order a selector lists them, each with the countries it sells to. */
export function marketsWithCountries(countries: readonly string[]): { market: Market; countries: string[] }[] {
  return Object.values(markets)
    .map((market) => ({ market, countries: countries.filter((country) => marketOfCountry(country).id === market.id) }))
    .filter((group) => group.countries.length > 0)
}

/**
 * How `locale` writes the currency's symbol on its own ("€", "¥", "$"): the narrow symbol, so a
 * selector reads "Deutschland — EUR €" rather than repeating the code ("US$").
 */
export function currencySymbol(locale: Locale, currency: CurrencyCode): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
  return parts.formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency
}
