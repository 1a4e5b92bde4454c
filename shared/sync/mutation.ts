import type { ShopperState } from '../cart/cart.ts'
import type { ErrorCode } from '../errors.ts'
import type { ProductId } from '../ids.ts'

/**
 * Offline writes travel as mutations (DESIGN §3): the client applies them to Dexie at once and
 * queues them in its outbox; the server applies each at most once (by `id`) in receive order.
 * Quantities are SET, never added, so replaying a mutation is harmless.
 */
export type MutationBody =
  | { readonly kind: 'cart.set_quantity'; readonly productId: ProductId; readonly quantity: number }
  | { readonly kind: 'wishlist.add'; readonly productId: ProductId }
  | { readonly kind: 'wishlist.remove'; readonly productId: ProductId }

export type MutationKind = MutationBody['kind']

/** `id` is a uuid made by the client: the idempotency key. `createdAt` is client time, informative only. */
export type Mutation = MutationBody & { readonly id: string; readonly createdAt: string }

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
