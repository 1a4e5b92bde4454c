/** Shape checks of `GET /api/admin/inventory` and `PATCH /api/admin/inventory/:id` (the client ships no zod). */
import type {
  InventoryItem,
  InventoryPage,
  InventoryUpdateResult,
} from '../../shared/catalog/admin-inventory-schema.ts'
import { isRecord } from '../orders/parse-order.ts'

export function parseInventoryPage(body: unknown): InventoryPage {
  if (!isRecord(body) || !Array.isArray(body.items)) throw new TypeError('inventory: items is not an array')
  if (!(body.nextCursor === null || typeof body.nextCursor === 'string'))
    throw new TypeError('inventory: bad nextCursor')
  const bad = body.items.findIndex((item) => !isInventoryItem(item))
  if (bad >= 0) throw new TypeError(`inventory: bad item at ${bad}`)
  return body as InventoryPage
}

export function parseInventoryUpdateResult(body: unknown): InventoryUpdateResult {
  if (!isRecord(body) || (body.status !== 'saved' && body.status !== 'conflict') || !isInventoryItem(body.item))
    throw new TypeError('inventory update: bad shape')
  return body as InventoryUpdateResult
}

function isInventoryItem(value: unknown): value is InventoryItem {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    typeof value.categoryName === 'string' &&
    typeof value.currency === 'string' &&
    Number.isSafeInteger(value.price) &&
    Number.isSafeInteger(value.stock) &&
    Number.isSafeInteger(value.version)
  )
}
