/**
 * Seeds the demo catalog into an empty database. Idempotent and safe when several instances start
 * at once: an advisory lock serialises seeders and whoever comes second finds categories and stops.
 * The demo reviews (seed-demo-reviews.ts) come with the catalog; a demo catalog seeded before there
 * were reviews gets them at the next start, once.
 */

import { and, count, eq, inArray, sql } from 'drizzle-orm'
import { categories, collections, exchangeRates, homeLayout, products, users } from '../db/schema.ts'
import { addDemoFlags } from '../flags/demo-flags.ts'
import { demoExchangeRates, demoMarketPrices } from '../markets/demo-markets.ts'
import { upsertExchangeRates } from '../markets/markets.repository.ts'
import type { Db } from '../platform/db.ts'
import type { Logger } from '../platform/logger.ts'
import { generateDemoStorefront } from '../storefront/demo-storefront.ts'
import {
  type DemoCatalog,
  type DemoCatalogOptions,
  type DemoProduct,
  type DemoVariant,
  generateDemoCatalog,
} from './demo-catalog.ts'
import { demoCategories } from './demo-catalog-lexicon.ts'
import { demoCustomerId } from './demo-reviews.ts'
import { deterministicUuid } from './deterministic-uuid.ts'
import { insertDemoReviews } from './seed-demo-reviews.ts'

const seedLockKey = 7_311_002
/**
 * Rows per INSERT … SELECT FROM jsonb_to_recordset: one parameter per statement. Drizzle's multi-row
 * VALUES binds a parameter per column and row, and binding them was most of the seed's time on
 * PGlite: this way 600 products and ~2,900 variants take the CPU time 600 products alone took.
 */
const chunkSize = 5_000

export type SeedResult = {
  readonly seeded: boolean
  readonly categories: number
  readonly products: number
  readonly variants: number
  readonly reviews: number
}

export async function seedDemoCatalog(
  deps: { db: Db; logger: Logger },
  options: DemoCatalogOptions = {},
): Promise<SeedResult> {
  const started = performance.now()
  const result = await deps.db.transaction(async (tx): Promise<SeedResult> => {
    await tx.execute(sql`select pg_advisory_xact_lock(${seedLockKey})`)
    const [existing] = await tx.select({ n: count() }).from(categories)
    if ((existing?.n ?? 0) > 0) {
      const translated = await addMissingDemoTranslations(tx, options)
      const reviews = await addMissingDemoReviews(tx, options)
      const priced = await addMissingDemoMarkets(tx, options)
      await addDemoFlags(tx)
      return { seeded: reviews > 0 || translated || priced, categories: 0, products: 0, variants: 0, reviews }
    }
    const catalog = generateDemoCatalog(options)
    await tx.insert(categories).values(catalog.categories)
    for (let i = 0; i < catalog.products.length; i += chunkSize) {
      await insertProducts(tx, catalog.products.slice(i, i + chunkSize))
    }
    // After the products: the variants' roll-up trigger sets each product's stock and price from them.
    for (let i = 0; i < catalog.variants.length; i += chunkSize) {
      await insertVariants(tx, catalog.variants.slice(i, i + chunkSize))
    }
    await addDemoMarkets(tx, catalog)
    // Collections and a home layout, so the demo's home page is a real one (issue 14).
    const storefront = generateDemoStorefront(catalog)
    await tx
      .insert(collections)
      .values(storefront.collections.map((collection) => ({ ...collection, productIds: [...collection.productIds] })))
    await tx.insert(homeLayout).values({ id: 'home', blocks: [...storefront.home.blocks] })
    const demo = await insertDemoReviews(tx, catalog)
    await addDemoFlags(tx)
    return {
      seeded: true,
      categories: catalog.categories.length,
      products: catalog.products.length,
      variants: catalog.variants.length,
      reviews: demo.reviews.length,
    }
  })
  const ms = Math.round(performance.now() - started)
  if (result.seeded) deps.logger.info({ ...result, ms }, 'seeded demo catalog')
  else deps.logger.info({ ms }, 'catalog not empty, demo seed skipped')
  return result
}

/**
 * The demo catalog's translations (issue 16) for one stored before there were any: only while the
 * demo's first category has none, so a shop's own catalog and a shop's own edits are never touched.
 */
async function addMissingDemoTranslations(tx: Db, options: DemoCatalogOptions): Promise<boolean> {
  const firstCategory = deterministicUuid(`category:${demoCategories[0]!.slug}`)
  const [untranslated] = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.id, firstCategory), sql`${categories.translations} = '{}'::jsonb`))
  if (!untranslated) return false
  const catalog = generateDemoCatalog(options)
  const texts = (rows: readonly { id: string; translations: unknown }[]) =>
    JSON.stringify(rows.map(({ id, translations }) => ({ id, translations })))
  await tx.execute(sql`
    update categories c set translations = t.translations
    from jsonb_to_recordset(${texts(catalog.categories)}::jsonb) as t(id uuid, translations jsonb)
    where c.id = t.id and c.translations = '{}'::jsonb`)
  await tx.execute(sql`
    update products p set translations = t.translations
    from jsonb_to_recordset(${texts(catalog.products)}::jsonb) as t(id uuid, translations jsonb)
    where p.id = t.id and p.translations = '{}'::jsonb`)
  return true
}

/**
 * The demo's exchange rates and explicit market prices (decision 0026) for a demo catalog stored
 * before there were markets: only while no rate is stored, so a shop's own rates and prices stay.
 */
async function addMissingDemoMarkets(tx: Db, options: DemoCatalogOptions): Promise<boolean> {
  const [rate] = await tx.select({ currency: exchangeRates.currency }).from(exchangeRates).limit(1)
  if (rate) return false
  await addDemoMarkets(tx, generateDemoCatalog(options))
  return true
}

/** Sets the demo's rates (where none is set) and its explicit prices (on demo variants that have none). */
async function addDemoMarkets(tx: Db, catalog: DemoCatalog): Promise<void> {
  await upsertExchangeRates(tx, demoExchangeRates, { now: new Date(), onlyMissing: true })
  const prices = [...demoMarketPrices(catalog)].map(([id, marketPrices]) => ({ id, marketPrices }))
  if (prices.length === 0) return
  await tx.execute(sql`
    update product_variants v set market_prices = t."marketPrices"
    from jsonb_to_recordset(${JSON.stringify(prices)}::jsonb) as t(id uuid, "marketPrices" jsonb)
    where v.id = t.id and v.market_prices = '{}'::jsonb`)
}

/**
 * The demo reviews for a demo catalog stored before there were any: only when no demo customer
 * exists yet and every product of the demo catalog does (a shop's own catalog gets none).
 */
async function addMissingDemoReviews(tx: Db, options: DemoCatalogOptions): Promise<number> {
  const [customer] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.id, demoCustomerId(0)))
  if (customer) return 0
  // Cheap before generating the catalog: a shop's own categories are not the demo's.
  const firstCategory = deterministicUuid(`category:${demoCategories[0]!.slug}`)
  const [demoCategory] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, firstCategory))
  if (!demoCategory) return 0
  const catalog: DemoCatalog = generateDemoCatalog(options)
  const ids = catalog.products.map((product) => product.id)
  const [stored] = await tx.select({ n: count() }).from(products).where(inArray(products.id, ids))
  if (stored?.n !== ids.length) return 0
  return (await insertDemoReviews(tx, catalog)).reviews.length
}

/** Demo products as generated, one statement; also for benches that seed a catalog of their own size. */
export async function insertProducts(tx: Db, rows: readonly DemoProduct[]): Promise<void> {
  await tx.execute(sql`
    insert into products (id, slug, name, description, brand, tags, category_id, price, currency, stock,
      featured, images, options, translations, created_at)
    select id, slug, name, description, brand, array(select jsonb_array_elements_text(tags)), "categoryId",
      price, currency, stock, featured, images, options, coalesce(translations, '{}'::jsonb), "createdAt"
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as p(id uuid, slug text, name text, description text, brand text, tags jsonb, "categoryId" uuid,
        price int, currency text, stock int, featured boolean, images jsonb, options jsonb, translations jsonb,
        "createdAt" timestamptz)`)
}

/** Demo variants as generated, after their products; the roll-up trigger then sets the products' stock and price. */
export async function insertVariants(tx: Db, rows: readonly DemoVariant[]): Promise<void> {
  await tx.execute(sql`
    insert into product_variants (id, product_id, sku, option_values, price, compare_at_price, stock, barcode,
      weight_grams, image_indexes, position)
    select id, "productId", sku, "optionValues", price, "compareAtPrice", stock, barcode, "weightGrams",
      array(select jsonb_array_elements_text("imageIndexes")::int), position
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as v(id uuid, "productId" uuid, sku text, "optionValues" jsonb, price int, "compareAtPrice" int, stock int,
        barcode text, "weightGrams" int, "imageIndexes" jsonb, position int)`)
}
