/**
 * The SQL of the integration API: orders by last change for the export, products by id, and the
 * catalog import's upserts. Orders are mapped by orders.repository.ts `toOrders`, products by
 * catalog-rows.ts, so the export shows exactly what the shop's own API shows.
 */
import { and, asc, gt, inArray, isNull, type SQL, sql } from 'drizzle-orm'
import type { Product } from '../../shared/catalog/product.ts'
import type { Order } from '../../shared/orders/order.ts'
import { productColumns, toProduct } from '../catalog/catalog-rows.ts'
import { categories, orders, products, productVariants } from '../db/schema.ts'
import { toOrders } from '../orders/orders.repository.ts'
import type { Db } from '../platform/db.ts'

/** Where an export page ended, in (updated_at, id) order. */
export type OrderExportPosition = { readonly updatedAt: string; readonly id: string }

export type OrderExportFilter = {
  readonly since: string | undefined
  readonly after: OrderExportPosition | null
  readonly limit: number
}

/** One keyset page of orders changed at or after `since`, oldest change first. */
export async function listChangedOrders(db: Db, filter: OrderExportFilter): Promise<Order[]> {
  const conditions: (SQL | undefined)[] = [
    filter.since ? sql`${orders.updatedAt} >= ${filter.since}::timestamptz` : undefined,
    filter.after
      ? sql`(${orders.updatedAt}, ${orders.id}) > (${filter.after.updatedAt}::timestamptz, ${filter.after.id}::uuid)`
      : undefined,
  ]
  const rows = await db
    .select()
    .from(orders)
    .where(and(...conditions))
    .orderBy(asc(orders.updatedAt), asc(orders.id))
    .limit(filter.limit)
  return toOrders(db, rows)
}

/** One keyset page of the products on sale, in id order. */
export async function listProductsById(db: Db, afterId: string | null, limit: number): Promise<Product[]> {
  const rows = await db
    .select(productColumns)
    .from(products)
    .where(and(isNull(products.deletedAt), afterId ? gt(products.id, afterId) : undefined))
    .orderBy(asc(products.id))
    .limit(limit)
  return rows.map(toProduct)
}

/** Live category ids by id and by slug, for the ids and slugs an import names. */
export async function findCategories(
  db: Db,
  ids: readonly string[],
  slugs: readonly string[],
): Promise<{ byId: Set<string>; bySlug: Map<string, string> }> {
  const wanted = [
    ids.length > 0 ? inArray(categories.id, [...ids]) : undefined,
    slugs.length > 0 ? inArray(categories.slug, [...slugs]) : undefined,
  ].filter((condition) => condition !== undefined)
  if (wanted.length === 0) return { byId: new Set(), bySlug: new Map() }
  const rows = await db
    .select({ id: categories.id, slug: categories.slug })
    .from(categories)
    .where(and(isNull(categories.deletedAt), sql.join(wanted, sql` or `)))
  return { byId: new Set(rows.map((r) => r.id)), bySlug: new Map(rows.map((r) => [r.slug, r.id])) }
}

/** Existing products (withdrawn ones too) by id and by slug, locked until the import commits. */
export async function lockProducts(
  db: Db,
  ids: readonly string[],
  slugs: readonly string[],
): Promise<{ id: string; slug: string }[]> {
  const wanted = [
    ids.length > 0 ? inArray(products.id, [...ids]) : undefined,
    slugs.length > 0 ? inArray(products.slug, [...slugs]) : undefined,
  ].filter((condition) => condition !== undefined)
  if (wanted.length === 0) return []
  return db
    .select({ id: products.id, slug: products.slug })
    .from(products)
    .where(sql.join(wanted, sql` or `))
    .orderBy(asc(products.id))
    .for('update')
}

export type ProductWrite = {
  readonly id: string
  readonly slug: string
  readonly name: string
  readonly description: string
  readonly brand: string
  readonly categoryId: string
  readonly price: number
  readonly currency: Product['currency']
  readonly stock: number
  readonly tags: string[]
}

/**
 * Inserts the products, or replaces their fields (not their images) and puts them back on sale, in
 * one statement. The catalog trigger stamps each row's version, so clients and the search index
 * pick the changes up through the ordinary sync feed (decisions 0001, 0006).
 */
export async function upsertProducts(db: Db, writes: readonly ProductWrite[]): Promise<void> {
  if (writes.length === 0) return
  await db
    .insert(products)
    .values(writes.map((write) => ({ ...write, images: [] })))
    .onConflictDoUpdate({
      target: products.id,
      set: {
        slug: sql`excluded.slug`,
        name: sql`excluded.name`,
        description: sql`excluded.description`,
        brand: sql`excluded.brand`,
        categoryId: sql`excluded.category_id`,
        currency: sql`excluded.currency`,
        tags: sql`excluded.tags`,
        deletedAt: null,
      },
    })
  await writeSoleVariants(db, writes)
}

/**
 * Stock and price live on the variants (DESIGN §10): a product imported in one form gets one variant
 * (its slug as SKU) on first import, and every later import sets that variant's stock and price.
 */
async function writeSoleVariants(db: Db, writes: readonly ProductWrite[]): Promise<void> {
  const rows = sql.join(
    writes.map((w) => sql`(${w.id}::uuid, ${w.slug.toUpperCase()}, ${w.price}::integer, ${w.stock}::integer)`),
    sql`, `,
  )
  await db.execute(sql`
    insert into ${productVariants} (id, product_id, sku, price, stock, position)
    select gen_random_uuid(), w.id, w.sku, w.price, w.stock, 0 from (values ${rows}) as w (id, sku, price, stock)
    where not exists (select 1 from ${productVariants} v where v.product_id = w.id)`)
  await db.execute(sql`
    update ${productVariants} v set price = w.price, stock = w.stock
    from (values ${rows}) as w (id, sku, price, stock)
    where v.product_id = w.id`)
}
