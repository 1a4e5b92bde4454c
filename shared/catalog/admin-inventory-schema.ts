/**
 * Wire schema of the admin's inventory (`/api/admin/inventory`): products with their variants, each
 * variant's stock and price edited on its own (DESIGN §10). Stock changes are adjustments, not
 * absolute values: an absolute "set to 7" typed while checkouts took units would resurrect sold stock,
 * whereas `stock = stock + delta` applied only where the result stays ≥ 0 composes with them.
 * A price is a plain value, so it carries the variant's revision the admin saw and is refused (409
 * EDIT_CONFLICT) when the variant changed since.
 */
import { z } from 'zod'
import type { CategoryId, ProductId, VariantId } from '../ids.ts'
import type { CurrencyCode } from '../money.ts'
import type { ProductOption } from './product.ts'

export const maxInventoryPage = 100
/** Largest single adjustment; far above any real delivery, small enough to keep stock an int4. */
export const maxStockDelta = 1_000_000
const maxPrice = 2_000_000_000

export const adminInventoryQuery = z
  .object({
    /** A prefix of the name, slug or of a variant's SKU (case-insensitive); empty searches nothing. */
    q: z
      .string()
      .trim()
      .max(200)
      .transform((value) => value || undefined)
      .optional(),
    /** `true`: products whose scarcest variant has the lowest stock first (ties by name) instead of by name. */
    lowStock: z.enum(['true', 'false']).optional(),
    /** The opaque `nextCursor` of the previous page. */
    cursor: z.string().min(1).max(512).optional(),
    limit: z.coerce.number().int().min(1).max(maxInventoryPage).default(50),
  })
  .strict()
export type AdminInventoryQuery = z.infer<typeof adminInventoryQuery>

export const inventoryVariantParam = z.object({ variantId: z.uuid() }).strict()

export const inventoryVariantUpdate = z
  .object({
    stockDelta: z.number().int().min(-maxStockDelta).max(maxStockDelta).optional(),
    /** New price in minor units; needs `expectedRevision` to match the variant's current revision. */
    price: z.number().int().min(0).max(maxPrice).optional(),
    /** The struck-through price (above `price`), or null to end a sale; needs `expectedRevision` too. */
    compareAtPrice: z.number().int().min(1).max(maxPrice).nullable().optional(),
    expectedRevision: z.number().int().min(0),
    /** Why the stock changed (delivery, damage, count): logged with the change. */
    reason: z.string().trim().max(200).optional(),
  })
  .strict()
  .refine((body) => body.stockDelta !== undefined || body.price !== undefined || body.compareAtPrice !== undefined, {
    message: 'give stockDelta, price or compareAtPrice',
    path: ['stockDelta'],
  })
export type InventoryVariantUpdate = z.infer<typeof inventoryVariantUpdate>

/** One variant as the inventory page shows and edits it. */
export type InventoryVariant = {
  readonly id: VariantId
  readonly sku: string
  /** Option code → value code; named for people with `variantOptions(item.options, variant)`. */
  readonly optionValues: Readonly<Record<string, string>>
  readonly price: number
  readonly compareAtPrice: number | null
  readonly stock: number
  /** Moves on with every write of the variant (checkouts too): what a price edit must name. */
  readonly revision: number
}

/** One product as the inventory page shows it: its live variants in display order. */
export type InventoryItem = {
  readonly id: ProductId
  readonly slug: string
  readonly name: string
  readonly categoryId: CategoryId
  readonly categoryName: string
  readonly currency: CurrencyCode
  /** Units across all variants. */
  readonly stock: number
  readonly options: readonly ProductOption[]
  readonly variants: readonly InventoryVariant[]
}

export type InventoryPage = { readonly items: readonly InventoryItem[]; readonly nextCursor: string | null }

/** The answer of a saved PATCH: the variant's product as it is now (its other variants may have moved too). */
export type InventoryUpdateResult = { readonly item: InventoryItem }

/**
 * The extension members of the 409 EDIT_CONFLICT problem a stale price edit gets: the product as it
 * is now, so the page shows the current values without another request.
 */
export type InventoryConflict = { readonly item: InventoryItem }
