/**
 * A language switch to a locale this device has not pulled (issue 16): only that locale's texts are
 * fetched (`GET /api/sync/catalog/texts`, a small part of the catalog: ids and translations) and set
 * into the stored rows, page by page, each page in one transaction. Once the last page is stored the
 * locale counts as held (meta `catalogLocales`), and every later feed pull asks for it too, so rows
 * changed meanwhile come again, whole, with it. The feed cursor is not touched: a switch costs the
 * texts, never a fresh catalog. Offline, the pull fails and the rows show the default language's
 * texts until a later pull (on `online`, focus, the timer) brings them.
 */

import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import type { CatalogTexts } from '../../shared/sync/catalog-changes.ts'
import { getJson } from '../platform/api-client.ts'
import { readCatalogLocales } from './catalog-meta.ts'
import type { PullEvents } from './catalog-sync-pull.ts'
import { withLocale, withLocaleTexts } from './catalog-texts.ts'
import type { LocalCategory, LocalDb, LocalProduct } from './local-db.ts'
import { parseCatalogTexts } from './parse-catalog-changes.ts'
import { metaKeys } from './storage-keys.ts'

const pageSize = 1000
const maxPages = 10_000

export async function pullLocaleTexts(db: LocalDb, events: PullEvents, locale: TranslatedLocale): Promise<void> {
  const started = performance.now()
  let after: string | null = null
  let applied = 0
  for (let page = 0; page < maxPages; page++) {
    const query = new URLSearchParams({ locale, limit: String(pageSize), ...(after ? { after } : {}) })
    const texts: CatalogTexts = await getJson(`/api/sync/catalog/texts?${query}`, parseCatalogTexts)
    events.onReachable()
    await storeTexts(db, texts)
    applied += texts.categories.length + texts.products.length
    events.onProgress({ applied, total: null })
    if (texts.next === null) {
      await db.transaction('rw', db.meta, async () => {
        const held = await readCatalogLocales(db)
        await db.meta.put({ key: metaKeys.catalogLocales, value: withLocale(held, locale) })
      })
      performance.measure('catalog-sync:texts', { start: started, detail: { locale, rows: applied } })
      return
    }
    if (texts.next === after) throw new Error(`catalog texts: next without progress at ${after}`)
    after = texts.next
  }
  throw new Error('catalog texts: too many pages')
}

/** Rows the device does not have (not synced yet, or deleted since) are skipped: the feed brings them whole. */
async function storeTexts(db: LocalDb, texts: CatalogTexts): Promise<void> {
  await db.transaction('rw', db.categories, db.products, async () => {
    const categories = await db.categories.bulkGet(texts.categories.map((row) => row.id as LocalCategory['id']))
    const products = await db.products.bulkGet(texts.products.map((row) => row.id as LocalProduct['id']))
    await db.categories.bulkPut(
      texts.categories.flatMap((row, i) => {
        const stored = categories[i]
        return stored ? [withLocaleTexts(stored, texts.locale, row.translation)] : []
      }),
    )
    await db.products.bulkPut(
      texts.products.flatMap((row, i) => {
        const stored = products[i]
        return stored ? [withLocaleTexts(stored, texts.locale, row.translation)] : []
      }),
    )
  })
}
