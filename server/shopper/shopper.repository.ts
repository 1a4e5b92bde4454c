/** The only SQL of shoppers: their row (lock and version), cart lines, wishlist items and applied mutation ids. */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { ProductAvailability } from '../../shared/cart/apply-mutation.ts'
import type { CartLine, ShopperState, WishlistItem } from '../../shared/cart/cart.ts'
import { asProductId, asVariantId, type ProductId, type VariantId } from '../../shared/ids.ts'
import { appliedMutations, cartLines, products, productVariants, shoppers, wishlistItems } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { rowsOf } from '../platform/migrate.ts'

export type ShopperId = string

export async function insertGuestShopper(db: Db): Promise<ShopperId> {
  const [row] = await db.insert(shoppers).values({}).returning({ id: shoppers.id })
  if (!row) throw new Error('insert into shoppers returned no row')
  return row.id
}

/** The account's shopper, created on first use (one per user, enforced by a unique index). */
export async function ensureAccountShopper(db: Db, userId: string): Promise<ShopperId> {
  await db.insert(shoppers).values({ userId }).onConflictDoNothing({ target: shoppers.userId })
  const [row] = await db.select({ id: shoppers.id }).from(shoppers).where(eq(shoppers.userId, userId))
  if (!row) throw new Error(`no shopper for user ${userId}`)
  return row.id
}

/** Turns a guest shopper into the account's (sign-up): its cart, wishlist and mutation ids come along. */
export async function adoptGuestShopper(db: Db, shopperId: ShopperId, userId: string): Promise<boolean> {
  const rows = await db
    .update(shoppers)
    .set({ userId })
    .where(and(eq(shoppers.id, shopperId), isNull(shoppers.userId)))
    .returning({ id: shoppers.id })
  return rows.length === 1
}

/**
 * Locks the shopper row until the transaction ends and returns its version: every writer of a
 * shopper's state goes through here, so two devices pushing at once apply in one receive order.
 */
export async function lockShopper(db: Db, shopperId: ShopperId): Promise<{ userId: string | null; version: number }> {
  const [row] = await db
    .select({ userId: shoppers.userId, version: shoppers.version })
    .from(shoppers)
    .where(eq(shoppers.id, shopperId))
    .for('update')
  if (!row) throw new Error(`shopper ${shopperId} does not exist`)
  return row
}

export async function readShopperVersion(db: Db, shopperId: ShopperId): Promise<number | undefined> {
  const [row] = await db.select({ version: shoppers.version }).from(shoppers).where(eq(shoppers.id, shopperId))
  return row?.version
}

export async function setShopperVersion(db: Db, shopperId: ShopperId, version: number): Promise<void> {
  await db.update(shoppers).set({ version }).where(eq(shoppers.id, shopperId))
}

export async function deleteShopper(db: Db, shopperId: ShopperId): Promise<void> {
  await db.delete(shoppers).where(eq(shoppers.id, shopperId))
}

/** The next `count` numbers of the receive order, ascending. */
export async function nextReceiveOrders(db: Db, count: number): Promise<number[]> {
  if (count === 0) return []
  const result = await db.execute(sql`select nextval('shopper_change') as n from generate_series(1, ${count})`)
  return rowsOf(result)
    .map((row) => Number((row as { n: unknown }).n))
    .sort((a, b) => a - b)
}

export type StoredItems = {
  readonly cart: readonly (CartLine & { readonly addedAt: number })[]
  readonly wishlist: readonly (WishlistItem & { readonly addedAt: number })[]
}

export async function readItems(db: Db, shopperId: ShopperId): Promise<StoredItems> {
  const cart = await db
    .select()
    .from(cartLines)
    .where(eq(cartLines.shopperId, shopperId))
    .orderBy(asc(cartLines.addedAt), asc(cartLines.variantId))
  const wishlist = await db
    .select()
    .from(wishlistItems)
    .where(eq(wishlistItems.shopperId, shopperId))
    .orderBy(asc(wishlistItems.addedAt), asc(wishlistItems.productId))
  return {
    cart: cart.map((r) => ({
      productId: asProductId(r.productId),
      variantId: asVariantId(r.variantId),
      quantity: r.quantity,
      changedAt: r.changedAt,
      addedAt: r.addedAt,
    })),
    wishlist: wishlist.map((r) => ({
      productId: asProductId(r.productId),
      changedAt: r.changedAt,
      addedAt: r.addedAt,
    })),
  }
}

export async function readShopperState(db: Db, shopperId: ShopperId): Promise<ShopperState> {
  const version = await readShopperVersion(db, shopperId)
  if (version === undefined) throw new Error(`shopper ${shopperId} does not exist`)
  const { cart, wishlist } = await readItems(db, shopperId)
  return {
    cart: cart.map(({ productId, variantId, quantity, changedAt }) => ({ productId, variantId, quantity, changedAt })),
    wishlist: wishlist.map(({ productId, changedAt }) => ({ productId, changedAt })),
    version,
  }
}

/** The rows to write so that the stored items become `after`; `addedAt` of new items is supplied. */
export type ItemChanges = {
  readonly upsertLines: readonly (CartLine & { readonly addedAt: number })[]
  readonly deleteLines: readonly VariantId[]
  readonly upsertWishlist: readonly (WishlistItem & { readonly addedAt: number })[]
  readonly deleteWishlist: readonly ProductId[]
}

export async function writeItemChanges(db: Db, shopperId: ShopperId, changes: ItemChanges): Promise<void> {
  if (changes.deleteLines.length > 0)
    await db
      .delete(cartLines)
      .where(and(eq(cartLines.shopperId, shopperId), inArray(cartLines.variantId, [...changes.deleteLines])))
  if (changes.upsertLines.length > 0)
    await db
      .insert(cartLines)
      .values(changes.upsertLines.map((line) => ({ shopperId, ...line })))
      // addedAt is kept on update: editing a line does not move it in the cart.
      .onConflictDoUpdate({
        target: [cartLines.shopperId, cartLines.variantId],
        set: { quantity: sql`excluded.quantity`, changedAt: sql`excluded.changed_at` },
      })
  if (changes.deleteWishlist.length > 0)
    await db
      .delete(wishlistItems)
      .where(and(eq(wishlistItems.shopperId, shopperId), inArray(wishlistItems.productId, [...changes.deleteWishlist])))
  if (changes.upsertWishlist.length > 0)
    await db
      .insert(wishlistItems)
      .values(changes.upsertWishlist.map((item) => ({ shopperId, ...item })))
      .onConflictDoUpdate({
        target: [wishlistItems.shopperId, wishlistItems.productId],
        set: { changedAt: sql`excluded.changed_at` },
      })
}

/** Which of `ids` this shopper has processed before. */
export async function findAppliedMutationIds(
  db: Db,
  shopperId: ShopperId,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .select({ id: appliedMutations.mutationId })
    .from(appliedMutations)
    .where(and(eq(appliedMutations.shopperId, shopperId), inArray(appliedMutations.mutationId, [...ids])))
  return new Set(rows.map((r) => r.id))
}

export async function recordAppliedMutations(db: Db, shopperId: ShopperId, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await db
    .insert(appliedMutations)
    .values(ids.map((mutationId) => ({ shopperId, mutationId })))
    .onConflictDoNothing()
}

/** Moves a guest's processed mutation ids to the account, so replays after sign-in stay duplicates. */
export async function moveAppliedMutations(db: Db, from: ShopperId, to: ShopperId): Promise<void> {
  await db.execute(sql`
    insert into ${appliedMutations} (shopper_id, mutation_id, applied_at)
    select ${to}, mutation_id, applied_at from ${appliedMutations} where shopper_id = ${from}
    on conflict do nothing`)
}

/** Live stock of the named products; unknown ids are absent, withdrawn ones marked deleted. */
export async function readProductAvailability(
  db: Db,
  productIds: readonly ProductId[],
): Promise<Map<ProductId, NonNullable<ProductAvailability>>> {
  if (productIds.length === 0) return new Map()
  const rows = await db
    .select({ id: products.id, stock: products.stock, deletedAt: products.deletedAt })
    .from(products)
    .where(inArray(products.id, [...new Set(productIds)]))
  return new Map(rows.map((r) => [asProductId(r.id), { stock: r.stock, deleted: r.deletedAt !== null }]))
}

/** Live stock of the named variants, with their product; unknown ids are absent, withdrawn ones marked deleted. */
export async function readVariantAvailability(
  db: Db,
  variantIds: readonly VariantId[],
): Promise<Map<VariantId, NonNullable<ProductAvailability> & { readonly productId: ProductId }>> {
  if (variantIds.length === 0) return new Map()
  const rows = await db
    .select({
      id: productVariants.id,
      productId: productVariants.productId,
      stock: productVariants.stock,
      deleted: sql<boolean>`${productVariants.deletedAt} is not null or ${products.deletedAt} is not null`,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(inArray(productVariants.id, [...new Set(variantIds)]))
  return new Map(
    rows.map((r) => [asVariantId(r.id), { productId: asProductId(r.productId), stock: r.stock, deleted: r.deleted }]),
  )
}

/** How many live variants each named product has, and its first (the only one, when one). */
export async function readVariantCounts(
  db: Db,
  productIds: readonly ProductId[],
): Promise<Map<ProductId, { readonly count: number; readonly firstId: VariantId }>> {
  if (productIds.length === 0) return new Map()
  const rows = await db
    .select({
      productId: productVariants.productId,
      count: sql<number>`count(*)::integer`,
      firstId: sql<string>`min(${productVariants.id}::text)`,
    })
    .from(productVariants)
    .where(and(inArray(productVariants.productId, [...new Set(productIds)]), isNull(productVariants.deletedAt)))
    .groupBy(productVariants.productId)
  return new Map(rows.map((r) => [asProductId(r.productId), { count: r.count, firstId: asVariantId(r.firstId) }]))
}
