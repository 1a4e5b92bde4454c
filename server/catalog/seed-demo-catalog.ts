/**
 * Seeds the demo catalog into an empty database. Idempotent and safe when several instances start
 * at once: an advisory lock serialises seeders and whoever comes second finds categories and stops.
 */
import { count, sql } from 'drizzle-orm'
import { categories, products, productVariants } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import type { Logger } from '../platform/logger.ts'
import { type DemoCatalogOptions, generateDemoCatalog } from './demo-catalog.ts'

const seedLockKey = 7_311_002
const batchSize = 200

export type SeedResult = { readonly seeded: boolean; readonly categories: number; readonly products: number }

export async function seedDemoCatalog(
  deps: { db: Db; logger: Logger },
  options: DemoCatalogOptions = {},
): Promise<SeedResult> {
  const started = performance.now()
  const result = await deps.db.transaction(async (tx): Promise<SeedResult> => {
    await tx.execute(sql`select pg_advisory_xact_lock(${seedLockKey})`)
    const [existing] = await tx.select({ n: count() }).from(categories)
    if ((existing?.n ?? 0) > 0) return { seeded: false, categories: 0, products: 0 }
    const catalog = generateDemoCatalog(options)
    await tx.insert(categories).values(catalog.categories)
    for (let i = 0; i < catalog.products.length; i += batchSize) {
      await tx.insert(products).values(catalog.products.slice(i, i + batchSize))
    }
    for (let i = 0; i < catalog.variants.length; i += batchSize) {
      await tx.insert(productVariants).values(catalog.variants.slice(i, i + batchSize))
    }
    return { seeded: true, categories: catalog.categories.length, products: catalog.products.length }
  })
  const ms = Math.round(performance.now() - started)
  if (result.seeded) deps.logger.info({ ...result, ms }, 'seeded demo catalog')
  else deps.logger.info({ ms }, 'catalog not empty, demo seed skipped')
  return result
}
