import { z } from 'zod'
import { maxLineQuantity } from '../cart/cart.ts'
import { searchClickInput, searchQueryText } from '../search/search-query.ts'
import { maxMutationsPerPush } from './mutation.ts'

const productId = z.string().uuid()
const mutationMeta = { id: z.string().uuid(), createdAt: z.string().datetime({ offset: true }) }

/** More results than any catalog has: a bound, so a bad client cannot store absurd numbers. */
const maxResultCount = 10_000_000

export const mutationSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('cart.set_quantity'),
      productId,
      // Optional for outboxes queued before variants existed; see CartOrWishlistChange.
      variantId: productId.optional(),
      // 0 removes the line; above the cap is rejected here, above the stock is clamped by the server.
      quantity: z.number().int().min(0).max(maxLineQuantity),
      ...mutationMeta,
    })
    .strict(),
  z.object({ kind: z.literal('wishlist.add'), productId, ...mutationMeta }).strict(),
  z.object({ kind: z.literal('wishlist.remove'), productId, ...mutationMeta }).strict(),
  z
    .object({
      kind: z.literal('search.query'),
      query: searchQueryText.min(1),
      resultCount: z.number().int().min(0).max(maxResultCount),
      ...mutationMeta,
    })
    .strict(),
  // The same fields as `POST /api/search/clicks`.
  z.object({ kind: z.literal('search.click'), ...searchClickInput.shape, ...mutationMeta }).strict(),
])

/** Body of `POST /api/sync/push`. */
export const pushInput = z.object({ mutations: z.array(mutationSchema).min(1).max(maxMutationsPerPush) }).strict()
