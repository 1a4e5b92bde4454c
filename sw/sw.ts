/**
 * The service worker: precaches the app shell (the manifest is injected at build time), serves the
 * SPA's index.html for navigations, caches product media, replays the cart outbox by Background
 * Sync, shows order status pushes, and activates a new version only when the page asks (the update prompt). It never handles
 * /api requests, so the SSE stream and sync reach the network.
 */
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { registerBackgroundSync } from './background-sync.ts'
import { registerMediaCache } from './caching.ts'
import { registerPush } from './push.ts'

declare const self: ServiceWorkerGlobalScope & {
  readonly __WB_MANIFEST: Array<string | { url: string; revision: string | null }>
}

/** Server paths a navigation may hit that are not the SPA: they must reach the network untouched. */
const navigationDenylist = [/^\/api\//, /^\/media\//, /^\/email\//, /^\/healthz/, /^\/readyz/, /^\/metrics/]

precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: navigationDenylist }))
registerMediaCache()
registerBackgroundSync()
registerPush()

self.addEventListener('message', (event) => {
  if (isSkipWaitingMessage(event.data)) void self.skipWaiting()
})

clientsClaim()

function isSkipWaitingMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING'
}
