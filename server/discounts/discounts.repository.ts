/** The only SQL of discounts: the rules, the uses they hold (conditional UPDATE) and their redemptions. */
import { and, asc, count, desc, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm'
import type { DiscountRule } from '../../shared/discounts/discount.ts'
import type { CreateDiscountInput, UpdateDiscountInput } from '../../shared/discounts/discount-schema.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import { discountRedemptions, discounts, orders } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type DiscountRow = typeof discounts.$inferSelect

export function toRule(row: DiscountRow): DiscountRule {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    benefit: row.benefit,
    scope: row.scope,
    minimumSubtotal: row.minimumSubtotal,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
  }
}

/** An active code (deactivated ones are unknown to shoppers). */
export async function findActiveCode(db: Db, code: string): Promise<DiscountRow | undefined> {
  const [row] = await db
    .select()
    .from(discounts)
    .where(and(eq(discounts.code, code), eq(discounts.active, true)))
  return row
}

/** Active automatic promotions whose dates do not exclude `now` (the rules check the dates again). */
export async function listRunningPromotions(db: Db, now: Date): Promise<DiscountRule[]> {
  const rows = await db
    .select()
    .from(discounts)
    .where(
      and(
        isNull(discounts.code),
        eq(discounts.active, true),
        or(isNull(discounts.startsAt), lte(discounts.startsAt, now)),
        or(isNull(discounts.endsAt), sql`${discounts.endsAt} > ${now.toISOString()}`),
      ),
    )
    .orderBy(asc(discounts.createdAt), asc(discounts.id))
  return rows.map(toRule)
}

/** Uses of a discount by one customer (the account, or the email for guests) that are not released. */
export async function customerUses(
  db: Db,
  discountId: string,
  customer: { readonly userId: string | null; readonly email: string },
): Promise<number> {
  const who = customer.userId
    ? or(eq(discountRedemptions.userId, customer.userId), eq(discountRedemptions.email, customer.email))
    : eq(discountRedemptions.email, customer.email)
  const [row] = await db
    .select({ n: count() })
    .from(discountRedemptions)
    .where(and(eq(discountRedemptions.discountId, discountId), ne(discountRedemptions.status, 'released'), who))
  return row?.n ?? 0
}

/**
 * Takes one use in a conditional UPDATE (never read-then-write): false when the limit is reached or
 * the discount was deactivated meanwhile. The row stays locked until the transaction ends, so the
 * per-customer count taken after it sees every committed use of the code.
 */
export async function holdUse(db: Db, discountId: string): Promise<boolean> {
  const rows = await db
    .update(discounts)
    .set({ usesHeld: sql`${discounts.usesHeld} + 1` })
    .where(
      and(
        eq(discounts.id, discountId),
        eq(discounts.active, true),
        or(isNull(discounts.usageLimit), sql`${discounts.usesHeld} < ${discounts.usageLimit}`),
      ),
    )
    .returning({ id: discounts.id })
  return rows.length === 1
}

export async function insertRedemption(
  db: Db,
  redemption: { discountId: string; orderId: string; userId: string | null; email: string; amount: number },
): Promise<void> {
  await db.insert(discountRedemptions).values({ ...redemption, status: 'reserved' })
}

/** The order was paid: its reserved use becomes a redeemed one (once; a repeat changes nothing). */
export async function redeemUse(db: Db, orderId: string): Promise<void> {
  await db
    .update(discountRedemptions)
    .set({ status: 'redeemed', updatedAt: sql`now()` })
    .where(and(eq(discountRedemptions.orderId, orderId), eq(discountRedemptions.status, 'reserved')))
}

/** The unpaid order ended: its reserved use goes back to the code (once). A redeemed use stays. */
export async function releaseUse(db: Db, orderId: string): Promise<void> {
  const [released] = await db
    .update(discountRedemptions)
    .set({ status: 'released', updatedAt: sql`now()` })
    .where(and(eq(discountRedemptions.orderId, orderId), eq(discountRedemptions.status, 'reserved')))
    .returning({ discountId: discountRedemptions.discountId })
  if (released)
    await db
      .update(discounts)
      .set({ usesHeld: sql`${discounts.usesHeld} - 1` })
      .where(eq(discounts.id, released.discountId))
}

export async function insertDiscount(db: Db, input: CreateDiscountInput): Promise<DiscountRow | undefined> {
  const [row] = await db
    .insert(discounts)
    .values({
      ...input,
      startsAt: input.startsAt ? new Date(input.startsAt) : null,
      endsAt: input.endsAt ? new Date(input.endsAt) : null,
    })
    .onConflictDoNothing()
    .returning()
  return row
}

export async function updateDiscount(db: Db, id: string, input: UpdateDiscountInput): Promise<DiscountRow | undefined> {
  const { endsAt, ...rest } = input
  const [row] = await db
    .update(discounts)
    .set({
      ...rest,
      ...(endsAt !== undefined ? { endsAt: endsAt ? new Date(endsAt) : null } : {}),
      updatedAt: sql`now()`,
    })
    .where(eq(discounts.id, id))
    .returning()
  return row
}

export async function listDiscounts(db: Db): Promise<DiscountRow[]> {
  return db.select().from(discounts).orderBy(desc(discounts.createdAt), desc(discounts.id))
}

export type DiscountStats = {
  readonly discountId: string
  readonly status: 'reserved' | 'redeemed' | 'released'
  readonly currency: CurrencyCode
  readonly orders: number
  readonly revenue: number
  readonly discounted: number
}

/** Per discount, status and currency: how many orders, their totals less refunds, and what was taken off. */
export async function discountStats(db: Db, discountIds: readonly string[]): Promise<DiscountStats[]> {
  if (discountIds.length === 0) return []
  return db
    .select({
      discountId: discountRedemptions.discountId,
      status: discountRedemptions.status,
      currency: orders.currency,
      orders: sql<number>`count(*)::int`,
      revenue: sql<number>`coalesce(sum(${orders.grandTotal} - ${orders.refundedTotal}), 0)::int`,
      discounted: sql<number>`coalesce(sum(${discountRedemptions.amount}), 0)::int`,
    })
    .from(discountRedemptions)
    .innerJoin(orders, eq(orders.id, discountRedemptions.orderId))
    .where(inArray(discountRedemptions.discountId, [...discountIds]))
    .groupBy(discountRedemptions.discountId, discountRedemptions.status, orders.currency)
}
