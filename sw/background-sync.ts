/**
 * Background Sync (Chromium): the page registers the `outbox` tag after each change; the browser
 * wakes this worker when it is online, even after the page closed, and the worker pushes the outbox
 * with the page's own code (client/local-data/shopper-exchange.ts): same lock, same transaction that
 * deletes pushed rows and stores the server's state. A failed push rejects, so the browser retries
 * later; rows the server refused as malformed are set aside as the page would.
 */
/// <reference lib="webworker" />
import { type LocalDb, openLocalDb } from '../client/local-data/local-db.ts'
import { drainOutbox } from '../client/local-data/shopper-exchange.ts'
import { syncTags } from '../client/local-data/storage-keys.ts'

declare const self: ServiceWorkerGlobalScope

/** The Background Sync event is not in TypeScript's WebWorker library. */
type SyncEvent = ExtendableEvent & { readonly tag: string; readonly lastChance?: boolean }

let db: LocalDb | null = null

export function registerBackgroundSync(): void {
  self.addEventListener('sync', (event) => {
    const sync = event as SyncEvent
    if (sync.tag === syncTags.outbox) sync.waitUntil(replayOutbox())
  })
}

async function replayOutbox(): Promise<void> {
  await drainOutbox(openDb(), {
    onParked: (batch) => console.error('the server refused queued changes as malformed; they were set aside', batch),
  })
}

/**
 * One connection for the worker's lifetime. When a page upgrades the schema, Dexie closes this
 * connection (versionchange) and the next sync opens a new one on the new schema.
 */
function openDb(): LocalDb {
  if (db && !db.hasBeenClosed()) return db
  db = openLocalDb({ onVersionChange: () => {}, onBlocked: () => {} })
  return db
}
