/**
 * Flags for every component: the stored answer read live from Dexie (a refetch in any tab shows in
 * all), refetched when the device comes online or its market or language changes, and on the event
 * stream's `flags.changed` (client/sync-hooks.ts). `useExperiment` logs the exposure when the
 * component that renders the variant is on the page — not when flags are fetched.
 */
import { type Accessor, createContext, createEffect, type JSX, on, useContext } from 'solid-js'
import type { FlagValue } from '../../shared/experiments/flags.ts'
import type { StoredFlags } from '../local-data/local-db.ts'
import { useMarket } from '../markets/market-context.tsx'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { queueExposure, readStoredFlags, refreshFlags } from './flags-store.ts'

type FlagsContextValue = {
  readonly stored: Accessor<StoredFlags | null>
  readonly expose: (key: string, variant: string) => void
}

const FlagsContext = createContext<FlagsContextValue>()

export function FlagsProvider(props: { readonly children: JSX.Element }): JSX.Element {
  const { db, network } = useOffline()
  const { locale } = useI18n()
  const market = useMarket()
  const stored = createLiveQuery(() => () => readStoredFlags(db), null)
  createEffect(
    on([network.isOnline, locale, () => market.market().id], ([online, currentLocale, marketId]) => {
      if (!online) return
      refreshFlags(db, { locale: currentLocale, market: marketId }).catch((error: unknown) =>
        console.warn('could not fetch the flags', error),
      )
    }),
  )
  const exposed = new Set<string>()
  const expose = (experimentKey: string, variant: string) => {
    if (exposed.has(experimentKey)) return
    exposed.add(experimentKey)
    queueExposure(db, { experimentKey, variant }).catch((error: unknown) =>
      console.warn('could not record an exposure', error),
    )
  }
  return <FlagsContext.Provider value={{ stored: stored.value, expose }}>{props.children}</FlagsContext.Provider>
}

function useFlags(): FlagsContextValue {
  const flags = useContext(FlagsContext)
  if (!flags) throw new Error('useFlag needs a <FlagsProvider> above it')
  return flags
}

/** The flag's value for this device, or `fallback` before the first answer (or for an unknown flag). */
export function useFlag<V extends FlagValue>(key: string, fallback: V): Accessor<V> {
  const { stored } = useFlags()
  return () => {
    const value = stored()?.answer.flags[key]
    return typeof value === typeof fallback ? (value as V) : fallback
  }
}

/**
 * The variant of `experimentKey` this device is in, or undefined when it is in none. Call it in the
 * component that renders the variant: its exposure is logged (once) while that component is shown.
 */
export function useExperiment(experimentKey: string): Accessor<string | undefined> {
  const { stored, expose } = useFlags()
  const variant = () => stored()?.answer.experiments[experimentKey]?.variant
  createEffect(() => {
    const current = variant()
    if (current !== undefined) expose(experimentKey, current)
  })
  return variant
}
