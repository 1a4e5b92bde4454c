/**
 * Wire schema of the admin's inventory (`/api/admin/inventory`). Stock changes are adjustments, not
 * absolute values: an absolute "set to 7" typed while checkouts took units would resurrect sold stock,
 * whereas `stock = stock + delta` applied only where the result stays ≥ 0 composes with them.
 * A price is a plain value, so it carries the version the admin saw and is refused when stale.
 */
import { z } from 'zod'
import type { CategoryId, ProductId } from '../ids.ts'
import type { CurrencyCode } from '../money.ts'

export const maxInventoryPage = 100
/** Largest single adjustment; far above any real delivery, small enough to keep stock an int4. */
export const maxStockDelta = 1_000_000

export const adminInventoryQuery = z
  .object({
    /** A prefix of the name or slug (case-insensitive); empty searches nothing. */
    q: z
      .string()
      .trim()
      .max(200)
      .transform((value) => value || undefined)
      .optional(),
    /** `true`: lowest stock first (ties by name) instead of by name. */
    lowStock: z.enum(['true', 'false']).optional(),
    /** The opaque `nextCursor` of the previous page. */
    cursor: z.string().min(1).max(512).optional(),
    limit: z.coerce.number().int().min(1).max(maxInventoryPage).default(50),
  })
  .strict()
export type AdminInventoryQuery = z.infer<typeof adminInventoryQuery>

export const inventoryProductParam = z.object({ productId: z.uuid() }).strict()

export const inventoryUpdate = z
  .object({
    stockDelta: z.number().int().min(-maxStockDelta).max(maxStockDelta).optional(),
    /** New price in minor units; needs `expectedVersion` to match the product's current version. */
    price: z.number().int().min(0).max(2_000_000_000).optional(),
    expectedVersion: z.number().int().min(0),
    /** Why the stock changed (delivery, damage, count): logged with the change. */
    reason: z.string().trim().max(200).optional(),
  })
  .strict()
  .refine((body) => body.stockDelta !== undefined || body.price !== undefined, {
    message: 'give stockDelta or price',
    path: ['stockDelta'],
  })
export type InventoryUpdate = z.infer<typeof inventoryUpdate>

/** One product as the inventory page shows it. */
export type InventoryItem = {
  readonly id: ProductId
  readonly slug: string
  readonly name: string
  readonly categoryId: CategoryId
  readonly categoryName: string
  readonly price: number
  readonly currency: CurrencyCode
  readonly stock: number
  readonly version: number
}

export type InventoryPage = { readonly items: readonly InventoryItem[]; readonly nextCursor: string | null }

/** A PATCH answer: saved, or (409) the product changed since `expectedVersion` — here is it now. */
export type InventoryUpdateResult =
  | { readonly status: 'saved'; readonly item: InventoryItem }
  | { readonly status: 'conflict'; readonly item: InventoryItem }
