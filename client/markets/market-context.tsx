/**
 * The market store for every component, with its exchange rates read live from Dexie (so a fetch in
 * another tab re-prices this one) and refreshed from the server at start and whenever the device
 * comes back online.
 */
import { createContext, createEffect, type JSX, on, useContext } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { readExchangeRates, refreshExchangeRates } from './exchange-rates.ts'
import { createMarketStore, type MarketStore } from './market-store.ts'

function browserStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    // Reading `localStorage` itself throws where storage is disabled.
    return null
  }
}

export function createMarket(): MarketStore {
  const { db, network } = useOffline()
  const { locale } = useI18n()
  const rates = createLiveQuery(() => () => readExchangeRates(db), null)
  createEffect(
    on(network.isOnline, (online) => {
      if (!online) return
      refreshExchangeRates(db).catch((error: unknown) => console.warn('could not fetch the exchange rates', error))
    }),
  )
  return createMarketStore({
    locale,
    rates: rates.value,
    storage: browserStorage(),
    writeCookie: (cookie) => {
      // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and older Safari
      document.cookie = cookie
    },
  })
}

const MarketContext = createContext<MarketStore>()

export function MarketProvider(props: { readonly children: JSX.Element }): JSX.Element {
  return <MarketContext.Provider value={createMarket()}>{props.children}</MarketContext.Provider>
}

export function useMarket(): MarketStore {
  const market = useContext(MarketContext)
  if (!market) throw new Error('useMarket needs a <MarketProvider> above it')
  return market
}
