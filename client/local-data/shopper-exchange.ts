/**
 * The exchanges that move the shopper's cart and wishlist between Dexie and the server: push the
 * outbox, pull the server state. The page's sync engine and the service worker's Background Sync
 * both run exactly this code (no DOM here), so a replay from a closed page stores what a page would.
 *
 * Every exchange runs under one Web Lock across tabs and the worker: answers are then stored in the
 * order the server produced them, and the stored state can simply be replaced by the newest answer
 * (a version comparison would not do: versions start again for another shopper after sign-in).
 */
import { maxMutationsPerPush, type PushResult } from '../../shared/sync/mutation.ts'
import { ApiError, getJsonIfChanged, postJson } from '../platform/api-client.ts'
import type { LocalDb, OutboxRow } from './local-db.ts'
import { listPendingMutations, toMutation } from './outbox.ts'
import { parsePushResult, parseShopperState } from './parse-shopper-answers.ts'
import { withCsrfToken } from './session.ts'
import { readShopperState, storeShopperState } from './shopper-state.ts'
import { lockNames } from './storage-keys.ts'

export type PushedBatch = { readonly mutations: readonly OutboxRow[]; readonly result: PushResult }
export type ParkedBatch = { readonly mutations: readonly OutboxRow[]; readonly error: ApiError }

export type DrainListener = {
  /** A batch was applied by the server (its outcomes may include adjusted or rejected items). */
  readonly onPushed?: (batch: PushedBatch) => void
  /** The server refused a mutation as malformed (a bug): it was moved out of the outbox. */
  readonly onParked?: (batch: ParkedBatch) => void
}

/** Run `exchange` while holding the shopper-sync lock (or directly where Web Locks are missing). */
export async function withShopperLock<T>(exchange: () => Promise<T>): Promise<T> {
  if (!('locks' in navigator)) return exchange()
  return navigator.locks.request(lockNames.shopperSync, exchange)
}

/**
 * Push the whole outbox, batch by batch in `seq` order, under the lock. Each applied batch is
 * deleted from the outbox together with storing the server's answer, in one transaction. Rejects
 * with the ApiError of a failed push (network, 5xx, 429…): the unsent rows stay for the next try.
 *
 * A 400 means the server could not read the batch at all: retrying would loop forever. The rows are
 * then pushed one by one so that only the unreadable ones are parked.
 */
export function drainOutbox(db: LocalDb, listener: DrainListener = {}): Promise<void> {
  return withShopperLock(async () => {
    let batchSize = maxMutationsPerPush
    let previousHead: number | undefined
    for (;;) {
      const batch = await listPendingMutations(db, batchSize)
      if (batch.length === 0) return
      // Every pass removes the rows it pushed or parked; the same head twice would spin forever.
      if (batch[0]?.seq === previousHead) throw new Error(`outbox push: row ${previousHead} was not removed`)
      previousHead = batch[0]?.seq
      try {
        // Not `onPushed?.(await pushBatch(…))`: optional chaining would skip the push without a listener.
        const pushed = await pushBatch(db, batch)
        listener.onPushed?.(pushed)
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 400) throw error
        if (batch.length > 1) {
          batchSize = 1
          previousHead = undefined
          continue
        }
        await parkMutations(db, batch, error)
        listener.onParked?.({ mutations: batch, error })
      }
    }
  })
}

async function pushBatch(db: LocalDb, batch: readonly OutboxRow[]): Promise<PushedBatch> {
  const body = { mutations: batch.map(toMutation) }
  const result = await withCsrfToken(db, (token) => postJson('/api/sync/push', body, token, parsePushResult))
  await db.transaction('rw', db.outbox, db.shopperState, async () => {
    await db.outbox.bulkDelete(batch.map((row) => row.seq))
    await storeShopperState(db, result.state)
  })
  return { mutations: batch, result }
}

async function parkMutations(db: LocalDb, batch: readonly OutboxRow[], error: ApiError): Promise<void> {
  const parkedAt = new Date().toISOString()
  const reason = `${error.status} ${error.code}: ${error.issues.map((issue) => issue.path).join(', ')}`
  await db.transaction('rw', db.outbox, db.parkedMutations, async () => {
    await db.outbox.bulkDelete(batch.map((row) => row.seq))
    await db.parkedMutations.bulkAdd(batch.map((row) => ({ ...toMutation(row), parkedAt, reason })))
  })
}

/**
 * Fetch the server state if it changed since the stored one (`sinceZero`: unconditionally, after the
 * shopper changed identity) and store it. Call it inside `withShopperLock`. True when something was stored.
 */
export async function pullShopperState(db: LocalDb, options: { readonly sinceZero?: boolean } = {}): Promise<boolean> {
  const stored = await readShopperState(db)
  const since = options.sinceZero ? 0 : (stored?.version ?? 0)
  const state = await getJsonIfChanged(`/api/sync/pull?since=${since}`, parseShopperState)
  if (state) {
    await storeShopperState(db, state)
    return true
  }
  // 204 for since=0: the shopper has never had a cart — an empty one, not the previous shopper's.
  if (options.sinceZero) {
    await storeShopperState(db, { cart: [], wishlist: [], version: 0 })
    return true
  }
  return false
}
