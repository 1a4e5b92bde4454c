/**
 * Catalog answers through the response cache (server/platform/response-cache.ts): what they are
 * keyed by, how HTTP caches may keep them, and what makes them stale.
 */
import type { Context } from 'hono'
import type { Locale } from '../../shared/i18n/locales.ts'
import { catalogChannel } from '../events/catalog-changed.ts'
import type { AppDeps, AppEnv } from '../platform/app-env.ts'
import { makeJsonRepresentation, sendRepresentation } from '../platform/representation.ts'
import { reviewsChannel } from '../reviews/review-events.ts'

/**
 * The same for every shopper, so shared caches (a CDN) may keep it: briefly, as stock changes with
 * every order — 30 s fresh, then served stale for up to 60 s while one request revalidates. Browsers
 * revalidate every time (max-age=0) and get a 304 when nothing changed. A CDN that can purge by tag
 * can hold it longer: see the README's "Behind a CDN".
 */
export const catalogCacheControl = 'public, max-age=0, s-maxage=30, stale-while-revalidate=60'

/**
 * Sends the cached answer for `key`, computing it with `make` on a miss. An answer in a `locale`
 * names it and varies by Accept-Language (its texts follow the header when no parameter asks).
 */
export async function sendCachedJson(
  c: Context<AppEnv>,
  key: string,
  make: () => Promise<unknown>,
  locale?: Locale,
): Promise<Response> {
  const { responseCache } = c.var.deps
  const representation = await responseCache.get(key, async () =>
    makeJsonRepresentation(await make(), catalogCacheControl),
  )
  if (!locale) return sendRepresentation(c, representation)
  return sendRepresentation(c, representation, { 'Content-Language': locale, Vary: 'Accept-Encoding, Accept-Language' })
}

/**
 * A stable key for a validated query: the same request in another parameter order is the same entry.
 * Values are the parsed ones (defaults applied), so `?limit=24` and no limit share an entry too.
 */
export function queryKey(route: string, query: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `${route}?${JSON.stringify(entries)}`
}

/**
 * Every path by which this instance hears of a catalog change drops the cached answers: a poke on the
 * bus (published after every committed catalog write, on any instance: the fast path, at most once)
 * and the change feed the search index follows (the truth every instance converges on, twice a
 * second: the safety net when a poke is lost).
 */
export async function followCatalogChanges(
  deps: Pick<AppDeps, 'bus' | 'searchIndex' | 'responseCache' | 'logger'>,
): Promise<void> {
  if (!deps.responseCache.enabled) return
  deps.searchIndex.onChange(() => deps.responseCache.invalidate())
  await deps.bus.subscribe(catalogChannel, () => deps.responseCache.invalidate())
  // The review lists guests read are cached too: any review change drops them (as any catalog change).
  await deps.bus.subscribe(reviewsChannel, () => deps.responseCache.invalidate())
}
