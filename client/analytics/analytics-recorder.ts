/**
 * The analytics recorder (issue 17 §2–3): `track` drops every event until the shopper consented,
 * and always while the browser sends Global Privacy Control or Do Not Track; a recorded event is
 * stored in IndexedDB (analytics-queue.ts) and sent in batches when the page is idle, when the
 * device comes back online, and on `pagehide` by `navigator.sendBeacon`. Every event has a uuid
 * the server stores once, so a batch sent twice (a beacon, then the drain) counts once.
 */
import { type AnalyticsConsent, consentOf, mayRecordAnalytics } from '../../shared/analytics/analytics-consent.ts'
import type { AnalyticsEventPayload } from '../../shared/analytics/analytics-event-schema.ts'
import type { DeviceType } from '../../shared/analytics/analytics-events.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { MarketId } from '../../shared/markets/market.ts'
import { localStorageKeys } from '../local-data/storage-keys.ts'
import { scheduleIdle } from '../platform/idle.ts'
import {
  type AnalyticsQueueDb,
  batchSize,
  clearQueue,
  enqueueEvent,
  oldestBatch,
  openAnalyticsQueue,
  removeEvents,
} from './analytics-queue.ts'

export const analyticsBatchPath = '/api/events/batch'

/** An event as `track` takes it: the envelope is added by the recorder. */
export type TrackedEvent = Pick<AnalyticsEventPayload, 'event' | 'properties'> & { readonly event: string }

export type RecorderContext = { readonly locale: Locale; readonly market: MarketId }

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>

/** True when the browser asks not to be tracked: Global Privacy Control or Do Not Track. */
export function browserOptedOut(nav: Navigator = navigator): boolean {
  const gpc = (nav as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true
  return gpc || nav.doNotTrack === '1'
}

export function deviceTypeOf(width: number): DeviceType {
  if (width < 768) return 'mobile'
  if (width < 1024) return 'tablet'
  return 'desktop'
}

export function readStoredConsent(storage: Storage | null): AnalyticsConsent | null {
  try {
    const raw = storage?.getItem(localStorageKeys.analyticsConsent)
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<AnalyticsConsent>
    if (parsed.status !== 'granted' && parsed.status !== 'denied') return null
    return consentOf({ analytics: parsed.categories?.analytics === true }, new Date(parsed.at ?? 0))
  } catch {
    return null
  }
}

export function createRecorder(deps: {
  readonly storage: Storage | null
  readonly context: () => RecorderContext
  readonly optedOut: boolean
}) {
  let consent = readStoredConsent(deps.storage)
  let queue: AnalyticsQueueDb | null = null
  /** Events of this page not yet answered for: what a `pagehide` beacon sends. */
  const unconfirmed = new Map<string, AnalyticsEventPayload>()
  let cancelIdle: (() => void) | null = null
  let draining = false
  /** An event queued while a drain was sending: that drain may have read its batch before it. */
  let drainAgain = false

  const db = () => {
    queue ??= openAnalyticsQueue()
    return queue
  }
  const enabled = () => mayRecordAnalytics(consent, deps.optedOut)

  function anonymousId(): string {
    const stored = deps.storage?.getItem(localStorageKeys.analyticsAnonymousId)
    if (stored) return stored
    const created = crypto.randomUUID()
    deps.storage?.setItem(localStorageKeys.analyticsAnonymousId, created)
    return created
  }

  async function drain(): Promise<void> {
    if (!enabled()) return
    if (draining) {
      drainAgain = true
      return
    }
    draining = true
    try {
      for (;;) {
        const rows = await oldestBatch(db())
        if (rows.length === 0) return
        const response = await fetch(analyticsBatchPath, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ events: rows.map((row) => row.event) }),
          credentials: 'omit',
          keepalive: true,
        })
        // 2xx: stored (or already stored). 400: the server will never take them; keeping them would block the queue.
        if (!response.ok && response.status !== 400) return
        await removeEvents(db(), rows)
        for (const row of rows) unconfirmed.delete(row.event.eventId)
        if (rows.length < batchSize) return
      }
    } catch {
      // Offline or the server is away: the events wait for the next idle, `online` or page load.
    } finally {
      draining = false
      if (drainAgain) {
        drainAgain = false
        scheduleDrain()
      }
    }
  }

  function scheduleDrain() {
    cancelIdle?.()
    cancelIdle = scheduleIdle(() => {
      cancelIdle = null
      void drain()
    }, 2000)
  }

  function beacon() {
    if (!enabled() || unconfirmed.size === 0 || typeof navigator.sendBeacon !== 'function') return
    const events = [...unconfirmed.values()].slice(-batchSize)
    // A string body is sent as text/plain: no preflight, and the route accepts it.
    navigator.sendBeacon(analyticsBatchPath, JSON.stringify({ events }))
  }

  return {
    consent: () => consent,
    enabled,
    /** Records the shopper's choice on this device; withdrawing it forgets what waits unsent. */
    choose(categories: { readonly analytics: boolean }): AnalyticsConsent {
      consent = consentOf(categories, new Date())
      deps.storage?.setItem(localStorageKeys.analyticsConsent, JSON.stringify(consent))
      if (!enabled()) {
        unconfirmed.clear()
        void clearQueue(db()).catch(() => undefined)
      } else scheduleDrain()
      return consent
    },
    anonymousId: () => (enabled() ? anonymousId() : null),
    track(event: TrackedEvent): void {
      if (!enabled()) return
      const { locale, market } = deps.context()
      const payload = {
        eventId: crypto.randomUUID(),
        anonymousId: anonymousId(),
        occurredAt: new Date().toISOString(),
        locale,
        market,
        deviceType: deviceTypeOf(window.innerWidth),
        ...event,
      } as AnalyticsEventPayload
      unconfirmed.set(payload.eventId, payload)
      void enqueueEvent(db(), payload)
        .then(scheduleDrain)
        .catch(() => undefined)
    },
    /** Starts the page's listeners: a drain when back online, a beacon on page hide. */
    start(): () => void {
      const onOnline = () => void drain()
      window.addEventListener('online', onOnline)
      window.addEventListener('pagehide', beacon)
      if (enabled()) scheduleDrain()
      return () => {
        window.removeEventListener('online', onOnline)
        window.removeEventListener('pagehide', beacon)
        cancelIdle?.()
      }
    },
  }
}

export type Recorder = ReturnType<typeof createRecorder>
