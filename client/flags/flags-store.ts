/**
 * The device's flags (issue 17): `GET /api/flags` evaluated for this device's anonymous id (and the
 * account, when signed in) and kept in the Dexie `meta` table, so flags work offline with the last
 * answer; `flags.changed` on the event stream refetches it and every tab follows through Dexie.
 * Offline, the device serves the last answer rather than evaluating definitions itself: the
 * definitions are not synced to the device yet (decision 0033 names that as the next step).
 *
 * Exposures are queued in `meta` when a variant is rendered and sent when online; the server keeps
 * the first per shopper and experiment, so a resend is harmless.
 */
import type { ExposureInput, FlagsAnswer } from '../../shared/experiments/flag-api.ts'
import { parseFlagsAnswer } from '../../shared/experiments/flags-answer.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { MarketId } from '../../shared/markets/market.ts'
import { readAnonymousId } from '../local-data/anonymous-id.ts'
import type { LocalDb, StoredFlags } from '../local-data/local-db.ts'
import { readSession } from '../local-data/session-cache.ts'
import { metaKeys } from '../local-data/storage-keys.ts'
import { ApiError, getJson, postJson } from '../platform/api-client.ts'

export const flagsPath = '/api/flags'
export const exposuresPath = '/api/flags/exposures'

/** What the device tells the server besides its anonymous id. */
export type FlagsRequest = { readonly market: MarketId; readonly locale: Locale }

let lastRequest: FlagsRequest | undefined

/** The last answer this device fetched, or null before the first (a Dexie querier). */
export async function readStoredFlags(db: LocalDb): Promise<StoredFlags | null> {
  const row = await db.meta.get(metaKeys.flags)
  return row?.key === metaKeys.flags ? row.value : null
}

/**
 * Fetches the device's flags and stores them; offline the stored answer stands. Without `request`
 * it asks again as the last time (the `flags.changed` poke knows no market or locale).
 */
export async function refreshFlags(db: LocalDb, request?: FlagsRequest, now = () => new Date()): Promise<void> {
  const asked = request ?? lastRequest
  if (request) lastRequest = request
  const anonymousId = await readAnonymousId(db)
  const query = new URLSearchParams({ anonymousId, ...(asked ? { market: asked.market, locale: asked.locale } : {}) })
  try {
    const answer: FlagsAnswer = await getJson(`${flagsPath}?${query}`, parseFlagsAnswer)
    await db.meta.put({ key: metaKeys.flags, value: { anonymousId, answer, fetchedAt: now().toISOString() } })
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NETWORK') return
    throw error
  }
}

async function readPending(db: LocalDb): Promise<readonly ExposureInput[]> {
  const row = await db.meta.get(metaKeys.pendingExposures)
  return row?.key === metaKeys.pendingExposures ? row.value : []
}

/** Queues the exposure (once per experiment on this device) and tries to send the queue. */
export async function queueExposure(db: LocalDb, exposure: Omit<ExposureInput, 'anonymousId'>): Promise<void> {
  const anonymousId = await readAnonymousId(db)
  await db.transaction('rw', db.meta, async () => {
    const pending = await readPending(db)
    if (pending.some((each) => each.experimentKey === exposure.experimentKey)) return
    await db.meta.put({ key: metaKeys.pendingExposures, value: [...pending, { ...exposure, anonymousId }] })
  })
  await sendPendingExposures(db)
}

/**
 * Sends the queued exposures; each answered one leaves the queue (a 4xx too: it would never pass),
 * the rest wait for the next flush when the network failed.
 */
export async function sendPendingExposures(db: LocalDb): Promise<void> {
  const pending = await readPending(db)
  if (pending.length === 0) return
  const csrfToken = (await readSession(db))?.csrfToken ?? ''
  const answered: string[] = []
  for (const exposure of pending) {
    try {
      await postJson(exposuresPath, exposure, csrfToken, () => null)
      answered.push(exposure.experimentKey)
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NETWORK') break
      if (error instanceof ApiError && error.status !== null && error.status < 500)
        answered.push(exposure.experimentKey)
      else break
    }
  }
  if (answered.length === 0) return
  await db.transaction('rw', db.meta, async () => {
    const left = (await readPending(db)).filter((each) => !answered.includes(each.experimentKey))
    await db.meta.put({ key: metaKeys.pendingExposures, value: left })
  })
}
