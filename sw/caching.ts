/**
 * Runtime caching rules. Only product media is cached at runtime: API answers are never cached here,
 * because Dexie holds the one client copy of the data (DESIGN §8) and /api/events is a live stream.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response'
import { ExpirationPlugin } from 'workbox-expiration'
import { registerRoute } from 'workbox-routing'
import { CacheFirst } from 'workbox-strategies'

export const mediaCacheName = 'storefront-media-v1'

export function registerMediaCache(): void {
  registerRoute(
    ({ url, request, sameOrigin }) =>
      sameOrigin && request.method === 'GET' && url.pathname.startsWith('/media/products/'),
    new CacheFirst({
      cacheName: mediaCacheName,
      plugins: [
        // 0 = opaque; the media is same-origin today, but a CDN (IMAGE_CDN_URL) may serve it no-cors.
        new CacheableResponsePlugin({ statuses: [0, 200] }),
        new ExpirationPlugin({ maxEntries: 600, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true }),
      ],
    }),
  )
}
