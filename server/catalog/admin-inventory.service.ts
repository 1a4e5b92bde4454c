/**
 * The admin's inventory: list products with their variants, adjust a variant's stock, change its
 * price. Each change is one transaction on the locked variant row; after the commit every open event
 * stream is poked (`inventory.changed`) so shoppers' pages pull the new stock and price at once.
 */
import { z } from 'zod'
import type {
  AdminInventoryQuery,
  InventoryConflict,
  InventoryItem,
  InventoryPage,
  InventoryUpdateResult,
  InventoryVariantUpdate,
} from '../../shared/catalog/admin-inventory-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { AppError } from '../platform/http-errors.ts'
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../platform/opaque-cursor.ts'
import {
  adjustVariantStock,
  type InventoryCursor,
  type LockedVariant,
  listInventory,
  lockLiveVariant,
  readInventoryItem,
  setVariantPriceAtRevision,
} from './admin-inventory.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger'>

// Keys PostgreSQL can compare (found by the route fuzz test): stock is a 32-bit integer, text holds no NUL.
const cursorSchema = z
  .object({
    stock: z.number().int().min(-2_147_483_648).max(2_147_483_647).optional(),
    name: z.string().refine((name) => !name.includes('\u0000')),
    id: z.uuid(),
  })
  .strict()

export async function listInventoryForAdmin(deps: Deps, query: AdminInventoryQuery): Promise<InventoryPage> {
  const lowStockFirst = query.lowStock === 'true'
  const after = query.cursor ? decodeCursor(query.cursor, lowStockFirst) : null
  const rows = await listInventory(deps.db, { search: query.q, lowStockFirst, after, limit: query.limit })
  const listed = rows.slice(0, query.limit)
  const last = listed.at(-1)
  const nextCursor =
    rows.length > query.limit && last
      ? encodeOpaqueCursor({ ...(lowStockFirst ? { stock: last.lowestStock } : {}), name: last.name, id: last.id })
      : null
  return { items: listed.map(({ lowestStock: _key, ...item }) => item), nextCursor }
}

/**
 * A stock adjustment never conflicts (it composes with checkouts) but is refused with OUT_OF_STOCK
 * when it would take more units than are left. A price needs the variant's revision the admin saw:
 * any write of the variant since (another admin, a checkout that took stock, an import) answers 409
 * EDIT_CONFLICT carrying the product as it is now. Either all of an update is saved or none of it.
 */
export async function updateInventoryVariant(
  deps: Deps,
  variantId: string,
  update: InventoryVariantUpdate,
): Promise<InventoryUpdateResult> {
  const item = await deps.db.transaction(async (tx): Promise<InventoryItem> => {
    const current = await lockLiveVariant(tx, variantId)
    if (!current) throw new AppError(ErrorCode.NotFound, `No variant ${variantId} on sale.`)
    if (update.price !== undefined || update.compareAtPrice !== undefined)
      await setPrices(tx, variantId, current, update)
    if (update.stockDelta !== undefined && !(await adjustVariantStock(tx, variantId, update.stockDelta)))
      throw new AppError(ErrorCode.OutOfStock, `Only ${current.stock} in stock: cannot take ${-update.stockDelta}.`)
    return readItem(tx, current.productId)
  })
  deps.logger.info(
    {
      productId: item.id,
      variantId,
      stockDelta: update.stockDelta,
      price: update.price,
      compareAtPrice: update.compareAtPrice,
      reason: update.reason,
    },
    'inventory changed',
  )
  await publishCatalogChanged(deps)
  return { item }
}

async function setPrices(db: Db, variantId: string, current: LockedVariant, update: InventoryVariantUpdate) {
  if (current.revision !== update.expectedRevision) {
    const conflict: InventoryConflict = { item: await readItem(db, current.productId) }
    throw new AppError(
      ErrorCode.EditConflict,
      `The variant changed since revision ${update.expectedRevision}: nothing was saved.`,
      undefined,
      undefined,
      conflict,
    )
  }
  const price = update.price ?? current.price
  const compareAtPrice = update.compareAtPrice === undefined ? current.compareAtPrice : update.compareAtPrice
  // The table's check would answer a 500; the admin gets the field named instead.
  if (compareAtPrice !== null && compareAtPrice <= price)
    throw new AppError(ErrorCode.InvalidInput, 'The compare-at price must be above the price.', [
      {
        path: update.compareAtPrice === undefined ? 'json.price' : 'json.compareAtPrice',
        message: 'compare-at price must be above the price',
      },
    ])
  // Under the row lock the revision cannot have moved since the check.
  if (!(await setVariantPriceAtRevision(db, variantId, { price, compareAtPrice }, current.revision)))
    throw new Error(`variant ${variantId} moved under its lock`)
}

async function readItem(db: Db, productId: string): Promise<InventoryItem> {
  const item = await readInventoryItem(db, productId)
  if (!item) throw new Error(`product ${productId} vanished under its variant's lock`)
  return item
}

function decodeCursor(raw: string, lowStockFirst: boolean): InventoryCursor {
  const cursor = decodeOpaqueCursor(raw, cursorSchema)
  if (!cursor || (cursor.stock !== undefined) !== lowStockFirst)
    throw new AppError(ErrorCode.InvalidCursor, 'The cursor does not belong to this list.')
  return cursor
}
