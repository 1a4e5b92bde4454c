/**
 * Asks the service worker to push the outbox even if this page closes first (Background Sync,
 * Chromium only). Elsewhere the page's own flushes (start, online, focus, stream reconnect) cover it.
 */
import { syncTags } from '../local-data/storage-keys.ts'

/** The Background Sync API is not in TypeScript's DOM library. */
type SyncManagerLike = { readonly register: (tag: string) => Promise<void> }

export async function requestBackgroundSync(): Promise<void> {
  if (!('serviceWorker' in navigator)) return
  // getRegistration, not `ready`: `ready` never settles where no worker is registered (dev mode).
  const registration = await navigator.serviceWorker.getRegistration()
  // Before the first worker activates there is nothing to wake; the page's own flushes cover it.
  if (!registration?.active) return
  const sync = syncManagerOf(registration)
  if (sync) await sync.register(syncTags.outbox)
}

function syncManagerOf(registration: ServiceWorkerRegistration): SyncManagerLike | undefined {
  if (!('sync' in registration)) return undefined
  const sync = registration.sync as Partial<SyncManagerLike> | undefined
  return typeof sync?.register === 'function' ? (sync as SyncManagerLike) : undefined
}
