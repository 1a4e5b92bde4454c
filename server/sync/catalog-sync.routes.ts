import { Hono } from 'hono'
import { syncCatalogQuery } from '../../shared/catalog/product-schema.ts'
import { formatCatalogCursor } from '../../shared/sync/catalog-cursor.ts'
import { sendCachedJson } from '../catalog/catalog-cache.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { sendJsonWithEtag } from '../platform/representation.ts'
import { validate } from '../platform/validation.ts'
import { pullCatalogChanges } from './catalog-sync.service.ts'

/**
 * The full snapshot (from cursor 0, page after page) is the same for every new client, and the
 * heaviest answer a first visit gets: cached like any catalog answer. A page served from the cache a
 * moment after a change still carries a cursor from before it, so the client's next pull fetches the
 * change (decision 0006: cursors are conservative). Pulls from a later cursor are made fresh: they
 * are small, and a client pulling because something changed must get the change, even one the cache
 * has not heard of yet (a write made with plain SQL, seen by the feed within a second).
 */
/** The same for everyone, but a shared cache must ask every time: the client pulls because of a change. */
const revalidateEveryTime = 'public, no-cache'

export const catalogSyncRoutes = new Hono<AppEnv>().get('/catalog', validate('query', syncCatalogQuery), async (c) => {
  const query = c.req.valid('query')
  if (query.since.floor !== 0n) {
    return sendJsonWithEtag(c, await pullCatalogChanges(c.var.deps, query), revalidateEveryTime)
  }
  const key = `sync:${formatCatalogCursor(query.since)}:${query.limit}`
  return sendCachedJson(c, key, () => pullCatalogChanges(c.var.deps, query))
})
