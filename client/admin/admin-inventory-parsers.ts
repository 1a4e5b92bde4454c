/** Shape checks of `GET /api/admin/inventory` and `PATCH /api/admin/inventory/variants/:id` (the client ships no zod). */
import type { InventoryItem, InventoryPage, InventoryVariant } from '../../shared/catalog/admin-inventory-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { isRecord } from '../orders/parse-order.ts'
import { isErrorCode } from '../platform/api-client.ts'

export function parseInventoryPage(body: unknown): InventoryPage {
  if (!isRecord(body) || !Array.isArray(body.items)) throw new TypeError('inventory: items is not an array')
  if (!(body.nextCursor === null || typeof body.nextCursor === 'string'))
    throw new TypeError('inventory: bad nextCursor')
  const bad = body.items.findIndex((item) => !isInventoryItem(item))
  if (bad >= 0) throw new TypeError(`inventory: bad item at ${bad}`)
  return body as InventoryPage
}

/**
 * What a PATCH of a variant came to. A 409 is an expected answer here: EDIT_CONFLICT (the price was
 * stale; the problem carries the product as it is now) or OUT_OF_STOCK (the adjustment took too much).
 */
export type InventoryUpdateOutcome =
  | { readonly status: 'saved'; readonly item: InventoryItem }
  | { readonly status: 'conflict'; readonly item: InventoryItem }
  | { readonly status: 'refused'; readonly code: ErrorCode }

export function parseInventoryUpdateOutcome(body: unknown): InventoryUpdateOutcome {
  if (!isRecord(body)) throw new TypeError('inventory update: not an object')
  if (body.code === undefined) {
    if (!isInventoryItem(body.item)) throw new TypeError('inventory update: bad item')
    return { status: 'saved', item: body.item }
  }
  if (body.code === ErrorCode.EditConflict) {
    if (!isInventoryItem(body.item)) throw new TypeError('inventory conflict: bad item')
    return { status: 'conflict', item: body.item }
  }
  if (!isErrorCode(body.code)) throw new TypeError('inventory update: unknown problem code')
  return { status: 'refused', code: body.code }
}

function isInventoryItem(value: unknown): value is InventoryItem {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    typeof value.categoryName === 'string' &&
    typeof value.currency === 'string' &&
    Number.isSafeInteger(value.stock) &&
    Array.isArray(value.options) &&
    value.options.every(isOption) &&
    Array.isArray(value.variants) &&
    value.variants.every(isInventoryVariant)
  )
}

function isOption(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    typeof value.name === 'string' &&
    Array.isArray(value.values) &&
    value.values.every((entry) => isRecord(entry) && typeof entry.code === 'string' && typeof entry.label === 'string')
  )
}

function isInventoryVariant(value: unknown): value is InventoryVariant {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.sku === 'string' &&
    isRecord(value.optionValues) &&
    Object.values(value.optionValues).every((code) => typeof code === 'string') &&
    Number.isSafeInteger(value.price) &&
    (value.compareAtPrice === null || Number.isSafeInteger(value.compareAtPrice)) &&
    Number.isSafeInteger(value.stock) &&
    Number.isSafeInteger(value.revision)
  )
}
