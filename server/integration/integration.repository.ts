/**
 * The SQL of the integration API: orders by last change for the export, products by id, and the
 * catalog import's upserts of products and of their variants (by SKU). Orders are mapped by orders.repository.ts `toOrders`, products by
 * catalog-rows.ts, so the export shows exactly what the shop's own API shows.
 */
import { and, asc, eq, gt, inArray, isNull, type SQL, sql } from 'drizzle-orm'
import type { ProductTranslation, Translations } from '../../shared/catalog/catalog-translation.ts'
import type { Product, ProductOption } from '../../shared/catalog/product.ts'
import type { Order } from '../../shared/orders/order.ts'
import { productColumns, toProduct } from '../catalog/catalog-rows.ts'
import { categories, orders, products, productVariants } from '../db/schema.ts'
import { toOrders } from '../orders/orders.repository.ts'
import type { Db } from '../platform/db.ts'
import { rowsOf } from '../platform/migrate.ts'

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
  return rows.map((row) => toProduct(row))
}

/** The revision of each live variant of these products, by variant id (the export shows it). */
export async function readVariantRevisions(db: Db, productIds: readonly string[]): Promise<Map<string, number>> {
  if (productIds.length === 0) return new Map()
  const rows = await db
    .select({ id: productVariants.id, revision: productVariants.revision })
    .from(productVariants)
    .where(and(inArray(productVariants.productId, [...productIds]), isNull(productVariants.deletedAt)))
  return new Map(rows.map((row) => [row.id, row.revision]))
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

/**
 * Existing products (withdrawn ones too) by id and by slug, locked until the import commits. Their
 * variants are locked first, in id order, as a checkout locks the variants it takes (whose roll-up
 * trigger then writes the product): locking the products first would deadlock with it.
 */
export async function lockProducts(
  db: Db,
  ids: readonly string[],
  slugs: readonly string[],
): Promise<{ id: string; slug: string; translations: Translations<ProductTranslation> }[]> {
  const wanted = [
    ids.length > 0 ? inArray(products.id, [...ids]) : undefined,
    slugs.length > 0 ? inArray(products.slug, [...slugs]) : undefined,
  ].filter((condition) => condition !== undefined)
  if (wanted.length === 0) return []
  const named = db.select({ id: products.id }).from(products).where(sql.join(wanted, sql` or `))
  await db
    .select({ id: productVariants.id })
    .from(productVariants)
    .where(inArray(productVariants.productId, named))
    .orderBy(asc(productVariants.id))
    .for('update')
  return db
    .select({ id: products.id, slug: products.slug, translations: products.translations })
    .from(products)
    .where(sql.join(wanted, sql` or `))
    .orderBy(asc(products.id))
    .for('update')
}

/** A variant an import may touch: one of a named product's, or one whose SKU the import sends. */
export type ExistingVariant = {
  readonly id: string
  readonly productId: string
  readonly sku: string
  readonly optionValues: Readonly<Record<string, string>>
  readonly compareAtPrice: number | null
  readonly barcode: string | null
  readonly weightGrams: number | null
  readonly live: boolean
}

/** Every variant (withdrawn ones too) of the given products or with one of the given SKUs. */
export async function findVariants(
  db: Db,
  productIds: readonly string[],
  skus: readonly string[],
): Promise<ExistingVariant[]> {
  const wanted = [
    productIds.length > 0 ? inArray(productVariants.productId, [...productIds]) : undefined,
    skus.length > 0 ? inArray(productVariants.sku, [...skus]) : undefined,
  ].filter((condition) => condition !== undefined)
  if (wanted.length === 0) return []
  const rows = await db
    .select({
      id: productVariants.id,
      productId: productVariants.productId,
      sku: productVariants.sku,
      optionValues: productVariants.optionValues,
      compareAtPrice: productVariants.compareAtPrice,
      barcode: productVariants.barcode,
      weightGrams: productVariants.weightGrams,
      deletedAt: productVariants.deletedAt,
    })
    .from(productVariants)
    .where(sql.join(wanted, sql` or `))
  return rows.map(({ deletedAt, ...row }) => ({ ...row, live: deletedAt === null }))
}

export type ProductWrite = {
  readonly id: string
  readonly slug: string
  readonly name: string
  readonly description: string
  readonly brand: string
  readonly categoryId: string
  readonly currency: Product['currency']
  readonly tags: string[]
  readonly options: ProductOption[]
  /** The stored translations merged with the item's (shared/catalog/translation-gaps.ts `mergeTranslations`). */
  readonly translations: Translations<ProductTranslation>
  /** Lowest variant price and total variant stock: written when the product is created, else left to the roll-up trigger. */
  readonly price: number
  readonly stock: number
}

/**
 * Inserts the products, or replaces their fields (not their images, nor their price and stock, which
 * the variants' roll-up trigger keeps) and puts them back on sale, in one statement. The catalog
 * trigger stamps each row's version, so clients and the search index pick the changes up through the
 * ordinary sync feed (decisions 0001, 0006).
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
        options: sql`excluded.options`,
        translations: sql`excluded.translations`,
        deletedAt: null,
      },
    })
}

export type VariantWrite = {
  readonly id: string
  readonly productId: string
  readonly sku: string
  readonly optionValues: Record<string, string>
  readonly price: number
  readonly compareAtPrice: number | null
  readonly stock: number
  readonly barcode: string | null
  readonly weightGrams: number | null
  readonly position: number
}

/** Withdraws variants no longer sent: soft-deleted, since cart and order lines keep naming them. */
export async function withdrawVariants(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await db
    .update(productVariants)
    .set({ deletedAt: sql`now()` })
    .where(and(inArray(productVariants.id, [...ids]), isNull(productVariants.deletedAt)))
}

/**
 * Gives live variants whose option values an import changes a placeholder combination of their own
 * (`{"": id}`), so that the upsert, whose unique checks run row by row, can hand two variants each
 * other's combination (a swap) without tripping product_variants_options_idx.
 */
export async function parkVariantOptions(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await db
    .update(productVariants)
    .set({ optionValues: sql`jsonb_build_object('', ${productVariants.id}::text)` })
    .where(inArray(productVariants.id, [...ids]))
}

/**
 * Inserts the variants, or replaces their fields by SKU (not the images that show them) and puts
 * them back on sale. A SKU that meanwhile went to another product's variant (a concurrent import)
 * is not overwritten; the count of rows written tells the caller.
 */
export async function upsertVariants(db: Db, writes: readonly VariantWrite[]): Promise<number> {
  if (writes.length === 0) return 0
  const written = await db
    .insert(productVariants)
    .values([...writes])
    .onConflictDoUpdate({
      target: productVariants.sku,
      set: {
        optionValues: sql`excluded.option_values`,
        price: sql`excluded.price`,
        compareAtPrice: sql`excluded.compare_at_price`,
        stock: sql`excluded.stock`,
        barcode: sql`excluded.barcode`,
        weightGrams: sql`excluded.weight_grams`,
        position: sql`excluded.position`,
        deletedAt: null,
      },
      setWhere: sql`${productVariants.productId} = excluded.product_id`,
    })
    .returning({ id: productVariants.id })
  return written.length
}

/** A variant a stock update names by SKU; `onSale` when neither it nor its product is withdrawn. */
export type VariantBySku = {
  readonly id: string
  readonly productId: string
  readonly sku: string
  readonly onSale: boolean
  /** As locked: a delta applies to this count, an `expectedRevision` is checked against this revision. */
  readonly stock: number
  readonly revision: number
}

/**
 * The variants with these SKUs, locked until the update commits, in id order as a checkout locks
 * the variants it takes.
 */
export async function lockVariantsBySku(db: Db, skus: readonly string[]): Promise<VariantBySku[]> {
  if (skus.length === 0) return []
  const rows = await db
    .select({
      id: productVariants.id,
      productId: productVariants.productId,
      sku: productVariants.sku,
      stock: productVariants.stock,
      revision: productVariants.revision,
      variantDeletedAt: productVariants.deletedAt,
      productDeletedAt: products.deletedAt,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(inArray(productVariants.sku, [...skus]))
    .orderBy(asc(productVariants.id))
    .for('update', { of: productVariants })
  return rows.map(({ variantDeletedAt, productDeletedAt, ...row }) => ({
    ...row,
    onSale: variantDeletedAt === null && productDeletedAt === null,
  }))
}

/**
 * Sets each variant's stock in one statement; the roll-up trigger then carries the totals to the
 * products, once per product. Answers each variant's stock and revision as written.
 */
export async function setVariantStocks(
  db: Db,
  stocks: readonly { readonly id: string; readonly stock: number }[],
): Promise<Map<string, { stock: number; revision: number }>> {
  if (stocks.length === 0) return new Map()
  const rows = sql.join(
    stocks.map((entry) => sql`(${entry.id}::uuid, ${entry.stock}::integer)`),
    sql`, `,
  )
  // Qualified: next to `wanted`, a bare "id" would be ambiguous.
  const variantId = sql`${productVariants}.${sql.identifier(productVariants.id.name)}`
  const result = await db.execute(
    sql`update ${productVariants} set stock = wanted.stock from (values ${rows}) as wanted (id, stock) where ${variantId} = wanted.id
        returning ${variantId} as id, ${productVariants}.stock as stock, ${productVariants}.revision as revision`,
  )
  return new Map(
    rowsOf(result).map((r) => {
      const row = r as { id: unknown; stock: unknown; revision: unknown }
      return [String(row.id), { stock: Number(row.stock), revision: Number(row.revision) }]
    }),
  )
}
