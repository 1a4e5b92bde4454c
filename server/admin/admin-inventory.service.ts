/**
 * The admin's inventory: list products with stock and price, adjust stock, change prices. Each change
 * is one transaction on the locked product row; after the commit every open event stream is poked
 * (`inventory.changed`) so shoppers' pages pull the new stock and price at once.
 */
import { z } from 'zod'
import type {
  AdminInventoryQuery,
  InventoryPage,
  InventoryUpdate,
  InventoryUpdateResult,
} from '../../shared/catalog/admin-inventory-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../platform/opaque-cursor.ts'
import {
  adjustStock,
  type InventoryCursor,
  listInventory,
  lockInventoryItem,
  readInventoryItem,
  setPriceAtVersion,
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
  const items = rows.slice(0, query.limit)
  const last = items.at(-1)
  const nextCursor =
    rows.length > query.limit && last
      ? encodeOpaqueCursor({ ...(lowStockFirst ? { stock: last.stock } : {}), name: last.name, id: last.id })
      : null
  return { items, nextCursor }
}

/**
 * A stock adjustment never conflicts (it composes with checkouts) but is refused with OUT_OF_STOCK
 * when it would take more units than are left. A price needs the version the admin saw: any change
 * since (another admin, or a checkout that took stock) answers `conflict` with the current row.
 */
export async function updateInventoryItem(
  deps: Deps,
  productId: string,
  update: InventoryUpdate,
): Promise<InventoryUpdateResult> {
  const result = await deps.db.transaction(async (tx): Promise<InventoryUpdateResult> => {
    const current = await lockInventoryItem(tx, productId)
    if (!current) throw new AppError(ErrorCode.NotFound, `No product ${productId}.`)
    if (update.price !== undefined && current.version !== update.expectedVersion)
      return { status: 'conflict', item: current }
    if (update.stockDelta !== undefined && !(await adjustStock(tx, productId, update.stockDelta)))
      throw new AppError(ErrorCode.OutOfStock, `Only ${current.stock} in stock: cannot take ${-update.stockDelta}.`)
    if (update.price !== undefined) await setPriceAtVersion(tx, productId, update.price, current.version)
    const saved = await readInventoryItem(tx, productId)
    if (!saved) throw new Error(`product ${productId} vanished under its lock`)
    return { status: 'saved', item: saved }
  })
  if (result.status === 'saved') {
    deps.logger.info(
      { productId, stockDelta: update.stockDelta, price: update.price, reason: update.reason },
      'inventory changed',
    )
    await publishCatalogChanged(deps)
  }
  return result
}

function decodeCursor(raw: string, lowStockFirst: boolean): InventoryCursor {
  const cursor = decodeOpaqueCursor(raw, cursorSchema)
  if (!cursor || (cursor.stock !== undefined) !== lowStockFirst)
    throw new AppError(ErrorCode.InvalidCursor, 'The cursor does not belong to this list.')
  return cursor
}
