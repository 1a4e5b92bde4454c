/**
 * Cart and wishlist on the server: applies pushed mutations at most once, in receive order, with the
 * pure rules of shared/cart/apply-mutation.ts, and merges a guest's state into an account on sign-in.
 * Search analytics events in a push are recorded in the same transaction and change no state.
 * Every write locks the shopper row, stores the new state, bumps its version and appends events in
 * one transaction; the pokes go out after the commit.
 */
import { applyMutation, type CartAndWishlist, mergeCartAndWishlist } from '../../shared/cart/apply-mutation.ts'
import type { CartLine, ShopperState, WishlistItem } from '../../shared/cart/cart.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { VariantId } from '../../shared/ids.ts'
import {
  type CartOrWishlistChange,
  isCartOrWishlistChange,
  isSearchEvent,
  type Mutation,
  type MutationOutcome,
  type PushedMutation,
  type PushResult,
} from '../../shared/sync/mutation.ts'
import { appendEvent } from '../events/event-log.repository.ts'
import { type Poke, publishPokes } from '../events/event-publisher.ts'
import { countCartAdditions } from '../observability/cart-additions.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { recordSearchEvents } from '../search/search-analytics.service.ts'
import {
  findAppliedMutationIds,
  lockShopper,
  moveAppliedMutations,
  nextReceiveOrders,
  readItems,
  readProductAvailability,
  readShopperState,
  readShopperVersion,
  readVariantAvailability,
  readVariantCounts,
  recordAppliedMutations,
  type ShopperId,
  type StoredItems,
  setShopperVersion,
  writeItemChanges,
} from './shopper.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'clock' | 'metrics'>

export async function pushMutations(
  deps: Deps,
  shopperId: ShopperId,
  pushed: readonly PushedMutation[],
): Promise<PushResult> {
  const { result, pokes, added } = await deps.db.transaction(async (tx) => {
    await lockShopper(tx, shopperId)
    const stored = await readItems(tx, shopperId)
    const seen = await findAppliedMutationIds(
      tx,
      shopperId,
      pushed.map((m) => m.id),
    )
    const outcomeById = new Map<string, MutationOutcome>()
    const { mutations, refused } = await resolveVariants(tx, pushed)
    for (const outcome of refused) if (!seen.has(outcome.id)) outcomeById.set(outcome.id, outcome)
    // Processed before, or an id repeated within this batch: a duplicate, and nothing changes.
    const fresh = mutations.filter((m, index) => !seen.has(m.id) && mutations.findIndex((o) => o.id === m.id) === index)
    const changes = fresh.filter(isCartOrWishlistChange)
    const availabilityOf = await readAvailability(tx, changes)
    // Receive-order numbers go to cart and wishlist changes only: analytics events move no version.
    const orders = await nextReceiveOrders(tx, changes.length)
    const orderOf = new Map(changes.map((m, index) => [m.id, orders[index] ?? 0]))
    let state: CartAndWishlist = stored
    for (const mutation of fresh) {
      const available = isSearchEvent(mutation) ? undefined : availabilityOf(mutation)
      const applied = applyMutation(state, mutation, available, orderOf.get(mutation.id) ?? 0)
      state = { cart: applied.cart, wishlist: applied.wishlist }
      outcomeById.set(mutation.id, applied.outcome)
    }
    await recordSearchEvents(tx, fresh.filter(isSearchEvent), deps.clock())
    const outcomes = pushed.map((m): MutationOutcome => {
      const outcome = outcomeById.get(m.id)
      outcomeById.delete(m.id) // a repeat later in the batch answers `duplicate`
      return outcome ?? { id: m.id, status: 'duplicate' }
    })
    await recordAppliedMutations(tx, shopperId, [...fresh.map((m) => m.id), ...refused.map((o) => o.id)])
    const pokes = await storeState(tx, shopperId, stored, state, orders.at(-1))
    const added = countCartAdditions(stored.cart, state.cart)
    return { result: { outcomes, state: await readShopperState(tx, shopperId) }, pokes, added }
  })
  await publishPokes(deps, pokes)
  deps.metrics.business.addedToCart(added)
  return result
}

/**
 * Names the variant of cart changes pushed without one (outboxes queued before variants existed):
 * the product's only live variant. A product sold in several is refused, as guessing a size would
 * put the wrong thing in the cart; an unknown one is unavailable, as it would be with a variant.
 */
async function resolveVariants(
  tx: Db,
  pushed: readonly PushedMutation[],
): Promise<{ mutations: Mutation[]; refused: MutationOutcome[] }> {
  const unnamed = pushed.flatMap((m) => (m.kind === 'cart.set_quantity' && !m.variantId ? [m.productId] : []))
  const variantsOf = await readVariantCounts(tx, unnamed)
  const mutations: Mutation[] = []
  const refused: MutationOutcome[] = []
  for (const mutation of pushed) {
    if (mutation.kind !== 'cart.set_quantity') {
      mutations.push(mutation)
      continue
    }
    if (mutation.variantId) {
      mutations.push({ ...mutation, variantId: mutation.variantId })
      continue
    }
    const variants = variantsOf.get(mutation.productId)
    if (variants?.count === 1) mutations.push({ ...mutation, variantId: variants.firstId })
    else {
      const code = variants ? ErrorCode.VariantRequired : ErrorCode.ProductUnavailable
      refused.push({ id: mutation.id, status: 'rejected', code })
    }
  }
  return { mutations, refused }
}

/** Live stock of what each change names: the variant of a cart line (of the named product only), the product of a wishlist item. */
async function readAvailability(tx: Db, changes: readonly CartOrWishlistChange[]) {
  const variantIds = changes.flatMap((m) => (m.kind === 'cart.set_quantity' ? [m.variantId] : []))
  const variants = await readVariantAvailability(tx, variantIds)
  const products = await readProductAvailability(
    tx,
    changes.flatMap((m) => (m.kind === 'cart.set_quantity' ? [] : [m.productId])),
  )
  return (change: CartOrWishlistChange) => {
    if (change.kind !== 'cart.set_quantity') return products.get(change.productId)
    const variant = variants.get(change.variantId)
    return variant?.productId === change.productId ? variant : undefined
  }
}

/** The state when it is newer than `since`, else null (nothing to send). */
export async function pullState(
  deps: Pick<AppDeps, 'db'>,
  shopperId: ShopperId,
  since: number,
): Promise<ShopperState | null> {
  return deps.db.transaction(
    async (tx) => {
      const version = await readShopperVersion(tx, shopperId)
      if (version === undefined) throw new Error(`shopper ${shopperId} does not exist`)
      return version > since ? readShopperState(tx, shopperId) : null
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  )
}

/**
 * Merges the guest's cart and wishlist into the account's (sign-in), in the caller's transaction.
 * Per product the later change wins, quantities are never summed (shared mergeCartAndWishlist), so
 * signing in twice cannot double anything. The guest's mutation ids move to the account so that a
 * replay of its outbox after sign-in stays a duplicate. The account's version always moves on, so
 * a browser that switches to it pulls the state whatever cursor it held for the guest.
 */
export async function mergeGuestIntoAccount(tx: Db, guestId: ShopperId, accountId: ShopperId): Promise<Poke[]> {
  await lockShopper(tx, guestId)
  await lockShopper(tx, accountId)
  const guest = await readItems(tx, guestId)
  const account = await readItems(tx, accountId)
  const merged = mergeCartAndWishlist(account, guest)
  await moveAppliedMutations(tx, guestId, accountId)
  const [bump] = await nextReceiveOrders(tx, 1)
  return storeState(tx, accountId, account, merged, bump, { forceVersion: true })
}

/**
 * Removes the ordered variants from the cart (checkout), in the caller's transaction, which must
 * hold the shopper lock: bumps the version and logs `cart.updated` like any other cart change.
 */
export async function removeCartLines(tx: Db, shopperId: ShopperId, variantIds: readonly VariantId[]): Promise<Poke[]> {
  const stored = await readItems(tx, shopperId)
  const ordered = new Set(variantIds)
  const next = { cart: stored.cart.filter((line) => !ordered.has(line.variantId)), wishlist: stored.wishlist }
  const [version] = await nextReceiveOrders(tx, 1)
  return storeState(tx, shopperId, stored, next, version)
}

/** Gives a shopper a fresh version (e.g. when a session switches to it), without changing its items. */
export async function touchShopper(tx: Db, shopperId: ShopperId): Promise<void> {
  await lockShopper(tx, shopperId)
  const [version] = await nextReceiveOrders(tx, 1)
  if (version !== undefined) await setShopperVersion(tx, shopperId, version)
}

/**
 * Writes the difference between the stored items and `next`, and when anything changed sets the
 * version to `version` and logs one event per changed list. Returns the pokes to publish.
 */
async function storeState(
  tx: Db,
  shopperId: ShopperId,
  stored: StoredItems,
  next: CartAndWishlist,
  version: number | undefined,
  options: { forceVersion?: boolean } = {},
): Promise<Poke[]> {
  const cartChanged = !sameItems(stored.cart, next.cart, (a, b) => a.quantity === b.quantity)
  const wishlistChanged = !sameItems(stored.wishlist, next.wishlist)
  if (version === undefined || (!cartChanged && !wishlistChanged && !options.forceVersion)) return []
  // New items go after every existing one, in list order; `version` is above all stored orders.
  // (×1000 leaves room for the at most maxCartLines new items one write can add.)
  const newAddedAt = (existing: Map<string, number>) => {
    let nextNew = version * 1000
    return (key: string) => existing.get(key) ?? nextNew++
  }
  const cartAddedAt = newAddedAt(new Map(stored.cart.map((l) => [itemKey(l), l.addedAt])))
  const wishlistAddedAt = newAddedAt(new Map(stored.wishlist.map((i) => [itemKey(i), i.addedAt])))
  await writeItemChanges(tx, shopperId, {
    upsertLines: changedItems(stored.cart, next.cart, (a, b) => a.quantity === b.quantity).map((line) => ({
      ...line,
      addedAt: cartAddedAt(line.variantId),
    })),
    deleteLines: removedItems(stored.cart, next.cart).map((line) => line.variantId),
    upsertWishlist: changedItems(stored.wishlist, next.wishlist).map((item) => ({
      ...item,
      addedAt: wishlistAddedAt(item.productId),
    })),
    deleteWishlist: removedItems(stored.wishlist, next.wishlist).map((item) => item.productId),
  })
  await setShopperVersion(tx, shopperId, version)
  const pokes: Poke[] = []
  if (cartChanged) pokes.push({ shopperId, eventId: await appendEvent(tx, shopperId, 'cart.updated', { version }) })
  if (wishlistChanged)
    pokes.push({ shopperId, eventId: await appendEvent(tx, shopperId, 'wishlist.updated', { version }) })
  return pokes
}

type Item = CartLine | WishlistItem
type SameExtra<T> = (a: T, b: T) => boolean

/** What identifies an item in its list: a cart line is a variant, a wishlist item a product. */
function itemKey(item: Item): string {
  return 'variantId' in item ? item.variantId : item.productId
}

function sameItems<T extends Item>(before: readonly T[], after: readonly T[], sameExtra: SameExtra<T> = () => true) {
  return before.length === after.length && changedItems(before, after, sameExtra).length === 0
}

function changedItems<T extends Item>(before: readonly T[], after: readonly T[], sameExtra: SameExtra<T> = () => true) {
  const old = new Map(before.map((item) => [itemKey(item), item]))
  return after.filter((item) => {
    const was = old.get(itemKey(item))
    return !was || was.changedAt !== item.changedAt || !sameExtra(was, item)
  })
}

function removedItems<T extends Item>(before: readonly T[], after: readonly T[]): T[] {
  const kept = new Set(after.map(itemKey))
  return before.filter((item) => !kept.has(itemKey(item)))
}
