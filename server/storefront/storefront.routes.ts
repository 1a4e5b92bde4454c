/**
 * `GET /api/sync/storefront`: the storefront document devices store for the home and collection
 * pages offline (docs/decisions/0023). Small and the same for everyone: kept in the response cache,
 * which every catalog change drops (an admin edit of a collection or the home publishes one), and
 * revalidated by every pull (ETag, 304), since a device pulls because something changed.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../platform/app-env.ts'
import { makeJsonRepresentation, sendRepresentation } from '../platform/representation.ts'
import { readStorefrontContent } from './storefront.service.ts'

const revalidateEveryTime = 'public, no-cache'

export const storefrontSyncRoutes = new Hono<AppEnv>().get('/storefront', async (c) => {
  const representation = await c.var.deps.responseCache.get('sync:storefront', async () =>
    makeJsonRepresentation(await readStorefrontContent(c.var.deps), revalidateEveryTime),
  )
  return sendRepresentation(c, representation)
})
