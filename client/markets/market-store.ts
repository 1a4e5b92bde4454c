/**
 * The shopper's market on this device (decision 0026): the country they chose — in the footer's
 * selector or as the checkout's shipping country — kept in localStorage and mirrored in the `market`
 * cookie for the server's first views; until they choose, the one their language suggests. Prices
 * are shown in it once its exchange rate is known (client/markets/exchange-rates.ts), in the base
 * market before. Built from its inputs (no module state), so a test drives it with fakes.
 */
import { type Accessor, createSignal } from 'solid-js'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { Market } from '../../shared/markets/market.ts'
import { type MarketChoice, marketChoice } from '../../shared/markets/market-choice.ts'
import type { ExchangeRates } from '../../shared/markets/market-price.ts'
import {
  type MarketPriceShown,
  type PricedOffer,
  type PricedProduct,
  priceInMarket,
  usableMarket,
} from '../../shared/markets/price-in-market.ts'
import type { Money } from '../../shared/money.ts'
import { cookieNames, localStorageKeys } from '../local-data/storage-keys.ts'

export type MarketStoreDeps = {
  readonly locale: Accessor<Locale>
  /** The stored exchange rates; null before the first fetch. */
  readonly rates: Accessor<ExchangeRates | null>
  /** Null where storage is disabled (privacy settings): the choice then lasts for the page. */
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null
  readonly writeCookie: (cookie: string) => void
}

export type MarketStore = {
  /** The country chosen on this device, or null while the market is suggested by the language. */
  readonly chosenCountry: Accessor<string | null>
  /** The chosen (or suggested) country and its market. */
  readonly choice: Accessor<MarketChoice>
  /** The market prices are shown in: the choice's, or the base market until its rate is known. */
  readonly market: Accessor<Market>
  readonly rates: Accessor<ExchangeRates | null>
  /** Chooses the shopper's country (ISO 3166-1 alpha-2); a malformed code is ignored. */
  readonly choose: (country: string) => void
  /** A catalog price as the shopper sees it now (shared/markets/price-in-market.ts). */
  readonly price: (source: PricedOffer | PricedProduct) => MarketPriceShown
  /**
   * `price` for one offer, bound to the market and rates of now: reading it tracks both, so a Dexie
   * querier built with it is rebuilt when either changes.
   */
  readonly offerPricing: Accessor<(offer: PricedOffer) => Money>
}

const countryPattern = /^[A-Z]{2}$/
/** A year: the choice outlives sessions, as the localStorage copy does. */
const cookieMaxAgeSeconds = 31_536_000

export function createMarketStore(deps: MarketStoreDeps): MarketStore {
  const stored = readStoredCountry(deps.storage)
  const [chosenCountry, setChosenCountry] = createSignal<string | null>(stored)
  // A cleared cookie (or one from before markets) is set again from the stored choice.
  if (stored) mirrorInCookie(deps, stored)
  const choice = () => marketChoice(chosenCountry(), deps.locale())
  const market = () => usableMarket(choice().market, deps.rates())
  return {
    chosenCountry,
    choice,
    market,
    rates: deps.rates,
    choose(country) {
      const code = country.trim().toUpperCase()
      if (!countryPattern.test(code) || code === chosenCountry()) return
      setChosenCountry(code)
      try {
        deps.storage?.setItem(localStorageKeys.shippingCountry, code)
      } catch (error) {
        console.warn('could not remember the country', error)
      }
      mirrorInCookie(deps, code)
    },
    price: (source) => priceInMarket(source, market(), deps.rates()),
    offerPricing: () => {
      const [current, rates] = [market(), deps.rates()]
      return (offer) => {
        const { amount, currency } = priceInMarket(offer, current, rates)
        return { amount, currency }
      }
    },
  }
}

function mirrorInCookie(deps: MarketStoreDeps, country: string): void {
  const id = marketChoice(country, deps.locale()).market.id
  deps.writeCookie(`${cookieNames.market}=${id}; Path=/; Max-Age=${cookieMaxAgeSeconds}; SameSite=Lax`)
}

function readStoredCountry(storage: MarketStoreDeps['storage']): string | null {
  try {
    const value = storage?.getItem(localStorageKeys.shippingCountry)?.trim().toUpperCase()
    return value && countryPattern.test(value) ? value : null
  } catch {
    // Storage can be disabled: the language's suggestion stands.
    return null
  }
}
