import type { ShopperState } from '../cart/cart.ts'
import type { ErrorCode } from '../errors.ts'
import type { ProductId, VariantId } from '../ids.ts'

/**
 * Offline writes travel as mutations (DESIGN §3): the client applies them to Dexie at once and
 * queues them in its outbox; the server applies each at most once (by `id`) in receive order.
 * Quantities are SET, never added, so replaying a mutation is harmless.
 */
export type MutationBody = CartOrWishlistChange | SearchEvent

/**
 * A change of the shopper's cart or wishlist: what the state version counts. A cart change names the
 * variant (the line); a client from before variants sent none, and the server then takes the product's
 * only variant or refuses the change (`VARIANT_REQUIRED`) when the product has several.
 */
export type CartOrWishlistChange =
  | {
      readonly kind: 'cart.set_quantity'
      readonly productId: ProductId
      readonly variantId: VariantId
      readonly quantity: number
    }
  | { readonly kind: 'wishlist.add'; readonly productId: ProductId }
  | { readonly kind: 'wishlist.remove'; readonly productId: ProductId }

/**
 * A search analytics fact (DESIGN §5) that rides the outbox so that one made offline still arrives.
 * It changes neither the cart nor the wishlist: the server records it (at most once, by `id`) and
 * the shopper's state and version stay as they are.
 *
 * - `search.query`: a search the browser answered from its own index (the server records the ones
 *   it answers itself). `query` is normalised (shared/search/normalize-query.ts); the mutation's `id`
 *   becomes the recorded search's id, so a later click can name it as `searchId`.
 * - `search.click`: the shopper opened a search result or a product suggestion; `position` is
 *   1-based, `searchId` the server's (or a `search.query` mutation's) id of the search shown.
 */
export type SearchEvent =
  | { readonly kind: 'search.query'; readonly query: string; readonly resultCount: number }
  | {
      readonly kind: 'search.click'
      readonly query: string
      readonly productId: ProductId
      readonly position: number
      readonly searchId?: string
    }

export type MutationKind = MutationBody['kind']

const searchEventKinds: ReadonlySet<MutationKind> = new Set<SearchEvent['kind']>(['search.query', 'search.click'])

/** True for analytics events, which change no shopper state (and so are not "pending changes"). */
export function isSearchEvent<T extends { readonly kind: MutationKind }>(
  mutation: T,
): mutation is Extract<T, { readonly kind: SearchEvent['kind'] }> {
  return searchEventKinds.has(mutation.kind)
}

/** True for changes of the cart or wishlist: the mutations that name a product to stock-check. */
export function isCartOrWishlistChange<T extends { readonly kind: MutationKind }>(
  mutation: T,
): mutation is Exclude<T, { readonly kind: SearchEvent['kind'] }> {
  return !searchEventKinds.has(mutation.kind)
}

/** `id` is a uuid made by the client: the idempotency key. `createdAt` is client time, informative only. */
export type Mutation = MutationBody & { readonly id: string; readonly createdAt: string }

type CartQuantityChange = Extract<MutationBody, { readonly kind: 'cart.set_quantity' }>

/** A mutation body as pushed: a cart change queued before variants existed names no variant. */
export type PushedMutationBody =
  | Exclude<MutationBody, CartQuantityChange>
  | (Omit<CartQuantityChange, 'variantId'> & { readonly variantId?: VariantId | undefined })

export type PushedMutation = PushedMutationBody & { readonly id: string; readonly createdAt: string }

export const maxMutationsPerPush = 100

/**
 * What became of one mutation:
 * - `applied`: done as asked;
 * - `adjusted`: done, but changed by a rule (e.g. quantity clamped to stock) — `code` says which;
 * - `duplicate`: this id was applied before, nothing changed now;
 * - `rejected`: not applied (e.g. unknown or deleted product) — `code` says why; other mutations
 *   of the batch are unaffected.
 */
export type MutationOutcome =
  | { readonly id: string; readonly status: 'applied' | 'duplicate' }
  | { readonly id: string; readonly status: 'adjusted'; readonly code: ErrorCode; readonly quantity: number }
  | { readonly id: string; readonly status: 'rejected'; readonly code: ErrorCode }

/** Answer of `POST /api/sync/push`: one outcome per mutation, in order, and the state after all of them. */
export type PushResult = { readonly outcomes: readonly MutationOutcome[]; readonly state: ShopperState }
