/**
 * "Recently viewed": the products this device opened last, kept in IndexedDB (the Dexie table
 * `recentlyViewed`), so the list survives reloads and works offline. Only product ids are kept; the
 * cards show the catalog's current name, price and stock. Never sent to the server.
 */
import type { Product } from '../../shared/catalog/product.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { ProductId } from '../../shared/ids.ts'
import type { LocalDb, LocalProduct } from '../local-data/local-db.ts'
import { localizedProducts } from './localized-catalog.ts'

/** How many products the device remembers. */
export const recentlyViewedLimit = 12

/** Marks `productId` as viewed at `at`, first in the list; the oldest beyond the limit are forgotten. */
export async function recordProductView(db: LocalDb, productId: ProductId, at: Date): Promise<void> {
  await db.transaction('rw', db.recentlyViewed, async () => {
    await db.recentlyViewed.put({ productId, viewedAt: at.toISOString() })
    const forgotten = await db.recentlyViewed.orderBy('viewedAt').reverse().offset(recentlyViewedLimit).primaryKeys()
    await db.recentlyViewed.bulkDelete(forgotten)
  })
}

/** The remembered products, most recent first, but `except` (the page's own) and any no longer in the catalog. */
export async function listRecentlyViewed(db: LocalDb, except: ProductId, locale: Locale): Promise<Product[]> {
  const rows = await db.recentlyViewed.orderBy('viewedAt').reverse().toArray()
  const ids = rows.map((row) => row.productId).filter((id) => id !== except)
  const products = await db.products.bulkGet(ids)
  return localizedProducts(
    products.filter((product): product is LocalProduct => product !== undefined),
    locale,
  )
}
