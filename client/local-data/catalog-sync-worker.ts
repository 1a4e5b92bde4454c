/**
 * The catalog sync's dedicated worker: downloads, parses and stores the catalog (catalog-sync-pull.ts)
 * off the page's main thread, so a first visit's 100,000 products never hold up a tap or a scroll.
 * The page sends `pull` and gets small progress messages and the outcome back; views on the page
 * update by themselves, as Dexie tells every context of the origin about a write.
 *
 * One pull at a time per origin: a worker pulls only while holding the Web Lock, so the workers of
 * several tabs never write the same rows at once; a tab that finds the lock held skips its pull, as
 * the holder writes for all. Module workers, Web Locks, TextDecoderStream and IndexedDB in workers
 * are in every browser this app supports (current Chromium, Firefox and Safari): no main-thread path.
 */

import type { Locale } from '../../shared/i18n/locales.ts'
import type { FromCatalogSyncWorker, ToCatalogSyncWorker } from './catalog-sync-protocol.ts'
import { classifySyncError, type PullEvents, pullCatalog } from './catalog-sync-pull.ts'
import { openLocalDb } from './local-db.ts'
import { lockNames } from './storage-keys.ts'

// The app's tsconfig carries the DOM library, not WebWorker; this is the part of the worker scope used here.
type WorkerScope = {
  postMessage(message: FromCatalogSyncWorker): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ToCatalogSyncWorker>) => void): void
}
const scope = self as unknown as WorkerScope
const post = (message: FromCatalogSyncWorker) => scope.postMessage(message)

const db = openLocalDb({
  // Another tab opened a newer schema: this code is stale, like its page's (which asks for a reload).
  onVersionChange: () => db.close(),
  onBlocked: () => {},
})

let queue: Promise<void> = Promise.resolve()

scope.addEventListener('message', (event) => {
  const message = event.data
  if (message.type !== 'pull') return
  queue = queue.then(() => pull(message.id, message.locale))
})

async function pull(id: number, locale: Locale): Promise<void> {
  const events: PullEvents = {
    onProgress: (progress) => post({ type: 'progress', id, ...progress }),
    onReachable: () => post({ type: 'reachable' }),
    now: () => new Date(),
  }
  try {
    await withOriginLock(() => pullCatalog(db, events, locale))
    post({ type: 'pulled', id, error: null })
  } catch (error) {
    const code = classifySyncError(error)
    if (code !== 'NETWORK') console.error('catalog sync failed', error)
    post({ type: 'pulled', id, error: code })
  }
}

async function withOriginLock(run: () => Promise<void>): Promise<void> {
  await navigator.locks.request(lockNames.catalogSync, { ifAvailable: true }, async (lock) => {
    if (lock) await run()
  })
}
