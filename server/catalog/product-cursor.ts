/**
 * Opaque keyset cursor of `GET /api/products`: base64url JSON `{s: sort, k: [sortKey, id]}` of the
 * last row served. It is validated on decode, so a tampered cursor or one issued for another sort
 * order is refused (INVALID_CURSOR) instead of silently producing a wrong page.
 */
import { z } from 'zod'
import type { ProductSort } from '../../shared/catalog/product.ts'
import { storableDateTime } from '../../shared/date-time-schema.ts'
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../platform/opaque-cursor.ts'

export type ProductCursor =
  | { readonly sort: 'newest'; readonly createdAt: string; readonly id: string }
  | { readonly sort: 'price_asc' | 'price_desc'; readonly price: number; readonly id: string }

const id = z.uuid()
const wireCursor = z.discriminatedUnion('s', [
  z.object({ s: z.literal('newest'), k: z.tuple([storableDateTime, id]) }).strict(),
  z
    .object({
      s: z.enum(['price_asc', 'price_desc']),
      // products.price is a 32-bit integer column: a larger key would be a 500, not an INVALID_CURSOR.
      k: z.tuple([z.number().int().min(0).max(2_147_483_647), id]),
    })
    .strict(),
])

export function encodeProductCursor(cursor: ProductCursor): string {
  const k = cursor.sort === 'newest' ? [cursor.createdAt, cursor.id] : [cursor.price, cursor.id]
  return encodeOpaqueCursor({ s: cursor.sort, k })
}

/** The cursor, or null when it is malformed or belongs to a different sort order. */
export function decodeProductCursor(raw: string, sort: ProductSort): ProductCursor | null {
  const wire = decodeOpaqueCursor(raw, wireCursor)
  if (!wire || wire.s !== sort) return null
  return wire.s === 'newest'
    ? { sort: wire.s, createdAt: wire.k[0], id: wire.k[1] }
    : { sort: wire.s, price: wire.k[0], id: wire.k[1] }
}
