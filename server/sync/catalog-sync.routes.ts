import { Hono } from 'hono'
import { catalogSnapshotQuery, catalogTextsQuery, syncCatalogQuery } from '../../shared/catalog/product-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { formatCatalogCursor } from '../../shared/sync/catalog-cursor.ts'
import { formatLocales } from '../../shared/sync/catalog-locales.ts'
import { sendCachedJson } from '../catalog/catalog-cache.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { problem } from '../platform/http-errors.ts'
import { sendJsonWithEtag, sendRepresentation } from '../platform/representation.ts'
import { validate } from '../platform/validation.ts'
import { snapshotFileName } from './catalog-snapshot.ts'
import { sendSnapshotFile } from './catalog-snapshot-file.ts'
import { catalogSnapshotsOf, findCatalogSnapshot } from './catalog-snapshots.ts'
import { pullCatalogChanges } from './catalog-sync.service.ts'
import { pullCatalogTexts } from './catalog-texts.service.ts'

/**
 * The paged feed from cursor 0 is the same for every new client: cached like any catalog answer. A
 * page served from the cache a moment after a change still carries a cursor from before it, so the
 * client's next pull fetches the change (decision 0006: cursors are conservative). Pulls from a later
 * cursor are made fresh: they are small, and a client pulling because something changed must get
 * the change, even one the cache has not heard of yet (a write made with plain SQL, seen by the feed
 * within a second). A fresh client starts from the snapshot file instead (decision 0015) and pages
 * from cursor 0 only when the file is gone.
 */
/** The same for everyone, but a shared cache must ask every time: the client pulls because of a change. */
const revalidateEveryTime = 'public, no-cache'

export const catalogSyncRoutes = new Hono<AppEnv>()
  .get('/catalog', validate('query', syncCatalogQuery), async (c) => {
    const query = c.req.valid('query')
    if (query.since.floor !== 0n) {
      return sendJsonWithEtag(c, await pullCatalogChanges(c.var.deps, query), revalidateEveryTime)
    }
    // One entry per locale set: the set is canonical, so `fr,de` and `de,fr` share it.
    const key = `sync:${formatCatalogCursor(query.since)}:${query.limit}:${formatLocales(query.locales)}`
    return sendCachedJson(c, key, () => pullCatalogChanges(c.var.deps, query))
  })
  // One locale's texts for a device that switched to a locale it has not pulled (decision 0027).
  // Cached like the feed's first pages: the same for everyone, and the cache forgets it on a catalog change.
  .get('/catalog/texts', validate('query', catalogTextsQuery), async (c) => {
    const query = c.req.valid('query')
    const key = `sync-texts:${query.locale}:${query.after ?? ''}:${query.limit}`
    return sendCachedJson(c, key, () => pullCatalogTexts(c.var.deps, query))
  })
  // Where the current snapshot file (with these locales' translations) is and the cursor to pull
  // from after it (made once per build).
  .get('/catalog/snapshot', validate('query', catalogSnapshotQuery), async (c) => {
    const { locales } = c.req.valid('query')
    return sendRepresentation(c, (await catalogSnapshotsOf(c.var.deps, locales).current()).pointerAnswer)
  })
  // An immutable file; one this instance no longer has (or never built) is a 404: the client pages instead.
  .get('/catalog/snapshot/:file', (c) => {
    const hash = snapshotFileName.exec(c.req.param('file'))?.[1]
    const snapshot = hash ? findCatalogSnapshot(c.var.deps, hash) : undefined
    if (!snapshot)
      return problem(c, ErrorCode.NotFound, 'No such catalog snapshot: ask /api/sync/catalog/snapshot again')
    return sendSnapshotFile(c, snapshot)
  })
