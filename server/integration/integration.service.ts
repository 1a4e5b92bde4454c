/**
 * The integration API's work: the order export and product list (keyset pages with opaque cursors,
 * products with their variants), the catalog import (one transaction per batch, all or nothing;
 * variants upserted by SKU, those not sent withdrawn) and stock by SKU.
 */
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type {
  OrderExportQuery,
  ProductExportQuery,
  ProductImportItem,
  ProductImportResult,
  StockSetConflict,
  StockSetInput,
  StockSetResult,
} from '../../shared/api-keys/integration-schema.ts'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import { storableDateTime } from '../../shared/date-time-schema.ts'
import { ErrorCode, type FieldIssue } from '../../shared/errors.ts'
import type { Order } from '../../shared/orders/order.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import { setMarketPricesBySku } from '../markets/markets.repository.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../platform/opaque-cursor.ts'
import { planImport } from './catalog-import.ts'
import {
  findCategories,
  findVariants,
  listChangedOrders,
  listProductsById,
  lockProducts,
  lockVariantsBySku,
  type OrderExportPosition,
  parkVariantOptions,
  readVariantRevisions,
  setVariantStocks,
  upsertProducts,
  upsertVariants,
  withdrawVariants,
} from './integration.repository.ts'
import { planStockSet, type StockSetRefusal } from './stock-set.ts'

type IntegrationDeps = Pick<AppDeps, 'db' | 'bus' | 'logger'>

/** An order as exported: everything the shop's API shows except the payment's client secret. */
export type ExportedOrder = Omit<Order, 'payment'> & { readonly payment: Omit<Order['payment'], 'clientSecret'> }

export type OrderExportPage = { readonly orders: readonly ExportedOrder[]; readonly nextCursor: string | null }
/**
 * A product as exported: its variants carry their `revision`, which moves on with every write of the
 * variant (a checkout's too); an absolute stock update may name it as `expectedRevision`.
 */
export type ExportedProduct = Omit<Product, 'variants'> & {
  readonly variants: readonly (ProductVariant & { readonly revision: number })[]
}
export type ProductExportPage = { readonly products: readonly ExportedProduct[]; readonly nextCursor: string | null }

// `e` and `p` tag a cursor as this list's, so one list's cursor pasted into another is refused.
const orderCursor = z.object({ e: z.tuple([storableDateTime, z.uuid()]), s: storableDateTime.nullable() }).strict()
const productCursor = z.object({ p: z.uuid() }).strict()

export async function exportOrders(deps: IntegrationDeps, query: OrderExportQuery): Promise<OrderExportPage> {
  const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, orderCursor)
  // The cursor carries the `since` of the first page, so later pages need not repeat it.
  const since = cursor ? (cursor.s ?? undefined) : query.since
  const after: OrderExportPosition | null = cursor ? { updatedAt: cursor.e[0], id: cursor.e[1] } : null
  const rows = await listChangedOrders(deps.db, { since, after, limit: query.limit + 1 })
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  const nextCursor =
    rows.length > query.limit && last ? encodeOpaqueCursor({ e: [last.updatedAt, last.id], s: since ?? null }) : null
  return { orders: page.map(withoutClientSecret), nextCursor }
}

export async function exportProducts(deps: IntegrationDeps, query: ProductExportQuery): Promise<ProductExportPage> {
  const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, productCursor)
  const rows = await listProductsById(deps.db, cursor?.p ?? null, query.limit + 1)
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  const nextCursor = rows.length > query.limit && last ? encodeOpaqueCursor({ p: last.id }) : null
  const revisions = await readVariantRevisions(
    deps.db,
    page.map((product) => product.id),
  )
  const products = page.map((product) => ({
    ...product,
    variants: product.variants.map((variant) => ({ ...variant, revision: revisions.get(variant.id) ?? 0 })),
  }))
  return { products, nextCursor }
}

/** `POST /api/v1/products:import`: every item or none; a refused batch names each bad field. */
export function importProducts(
  deps: IntegrationDeps,
  items: readonly ProductImportItem[],
): Promise<ProductImportResult> {
  return applyImport(deps, items, (index, field) => `json.items.${index}.${field}`)
}

/** `PUT /api/v1/products/:id`: one product by id, created when there is none. */
export async function putProduct(
  deps: IntegrationDeps,
  id: string,
  item: Omit<ProductImportItem, 'id'>,
): Promise<ProductImportResult['items'][number]> {
  const { items } = await applyImport(deps, [{ ...item, id }], (_index, field) => `json.${field}`)
  const [result] = items
  if (!result) throw new Error('an import of one item answered no result')
  return result
}

async function applyImport(
  deps: IntegrationDeps,
  items: readonly ProductImportItem[],
  pathOf: (index: number, field: string) => string,
): Promise<ProductImportResult> {
  const result = await deps.db.transaction(async (tx) => {
    const ids = items.flatMap((item) => (item.id ? [item.id] : []))
    const slugs = items.map((item) => item.slug)
    const existing = await lockProducts(tx, ids, slugs)
    const found = await findCategories(
      tx,
      items.flatMap((item) => (item.categoryId ? [item.categoryId] : [])),
      items.flatMap((item) => (item.category ? [item.category] : [])),
    )
    const variants = await findVariants(
      tx,
      existing.map((product) => product.id),
      items.flatMap((item) => item.variants?.map((variant) => variant.sku) ?? [item.slug.toUpperCase()]),
    )
    const plan = planImport(
      items,
      { products: existing, categoryIds: found.byId, categoryIdBySlug: found.bySlug, variants },
      randomUUID,
      pathOf,
    )
    if (!plan.ok) throw refused(plan.issues)
    await upsertProducts(tx, plan.products)
    // Withdrawn and parked first: the upsert may give their combinations to other variants.
    await withdrawVariants(tx, plan.withdrawals)
    await parkVariantOptions(tx, plan.parked)
    if ((await upsertVariants(tx, plan.variants)) !== plan.variants.length)
      throw new AppError(
        ErrorCode.EditConflict,
        'A SKU of this batch went to another product meanwhile (a concurrent import): nothing was imported; send again.',
      )
    // Explicit market prices replace a variant's only where the item sends them (decision 0026).
    await setMarketPricesBySku(
      tx,
      items.flatMap((item) =>
        (item.variants ?? []).flatMap(({ sku, marketPrices }) => (marketPrices ? [{ sku, marketPrices }] : [])),
      ),
    )
    return { items: plan.results }
  })
  await publishCatalogChanged(deps)
  return result
}

/**
 * `POST /api/v1/stock:set`: each variant's stock by SKU, all or none, under the variants' row locks.
 * A `delta` changes the stock held now (reservations of unpaid orders stay taken); an absolute
 * `stock` replaces it — with `expectedRevision` only while the variant is still at that revision
 * (409 EDIT_CONFLICT otherwise), without it last-writer-wins. A delta below 0 is 409 OUT_OF_STOCK.
 * A 409 names each item (`json.items.N.expectedRevision` / `.delta`) and carries `conflicts`, the
 * named variants' stock and revision now, so the ERP can retry.
 */
export async function setStock(deps: IntegrationDeps, items: StockSetInput['items']): Promise<StockSetResult> {
  const result = await deps.db.transaction(async (tx) => {
    const found = await lockVariantsBySku(
      tx,
      items.map((item) => item.sku),
    )
    const plan = planStockSet(items, found)
    if (!plan.ok) throw stockRefused(plan.refusal, plan.issues, plan.conflicts)
    const written = await setVariantStocks(tx, plan.writes)
    return {
      items: plan.planned.map((item) => {
        const now = written.get(item.variantId)
        if (!now) throw new Error(`variant ${item.variantId} vanished under its lock`)
        return { ...item, stock: now.stock, revision: now.revision }
      }),
    }
  })
  deps.logger.info(
    {
      items: items.length,
      deltas: items.filter((item) => item.delta !== undefined).length,
      unconditional: items.filter((item) => item.stock !== undefined && item.expectedRevision === undefined).length,
    },
    'stock set by the integration API',
  )
  await publishCatalogChanged(deps)
  return result
}

function stockRefused(
  refusal: StockSetRefusal,
  issues: readonly FieldIssue[],
  conflicts: readonly StockSetConflict[],
): AppError {
  const detail = 'No stock was changed: fix the named items and send again.'
  switch (refusal) {
    case 'invalid':
      return new AppError(ErrorCode.InvalidInput, detail, issues)
    case 'stale':
      return new AppError(
        ErrorCode.EditConflict,
        'No stock was changed: a variant changed since the revision given; read it again.',
        issues,
        undefined,
        { conflicts },
      )
    case 'insufficient':
      return new AppError(
        ErrorCode.OutOfStock,
        'No stock was changed: a delta exceeds the stock held.',
        issues,
        undefined,
        {
          conflicts,
        },
      )
  }
}

function refused(issues: readonly FieldIssue[]): AppError {
  return new AppError(ErrorCode.InvalidInput, 'Nothing was imported: fix the named fields and send again.', issues)
}

function withoutClientSecret(order: Order): ExportedOrder {
  const { clientSecret: _secret, ...payment } = order.payment
  return { ...order, payment }
}

function decodeCursor<T>(raw: string, schema: z.ZodType<T>): T {
  const decoded = decodeOpaqueCursor(raw, schema)
  if (decoded === null)
    throw new AppError(ErrorCode.InvalidCursor, 'The cursor is malformed or belongs to another list.', [
      { path: 'query.cursor', message: 'is not a cursor of this list' },
    ])
  return decoded
}
