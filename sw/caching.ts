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
    ({ url, request, sameOrigin }) => request.method === 'GET' && isProductImage(url, request, sameOrigin),
    new CacheFirst({
      cacheName: mediaCacheName,
      plugins: [
        // 0 = opaque: an image CDN's answers (IMAGE_CDN_URL) load no-cors. Browsers count an opaque
        // entry as megabytes of quota, hence the purge on a quota error.
        new CacheableResponsePlugin({ statuses: [0, 200] }),
        new ExpirationPlugin({ maxEntries: 600, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true }),
      ],
    }),
  )
}

/**
 * The shop's own /media/products/ (.avif and .webp, any width), and the same images through an image
 * CDN: IMAGE_CDN_URL puts the image's path (`media/products/…`) into every URL it makes, whatever
 * its origin, and the worker cannot read the template itself (it lives in the page's meta tag).
 */
function isProductImage(url: URL, request: Request, sameOrigin: boolean): boolean {
  if (sameOrigin && url.pathname.startsWith('/media/products/')) return true
  return request.destination === 'image' && url.href.includes('/media/products/')
}
