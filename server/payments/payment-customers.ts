/**
 * The account's customer at the payment provider (users.stripe_customer_id), created on its first
 * payment so the cards it saves are offered at its next checkout. Guests have none. (The two
 * queries live here: the column is this feature's only state.)
 */
import { and, eq, isNull } from 'drizzle-orm'
import { users } from '../db/schema.ts'
import type { AppDeps } from '../platform/app-env.ts'

/** The provider's customer id for the account, or undefined for a guest or a provider without customers. */
export async function ensurePaymentCustomer(
  deps: Pick<AppDeps, 'db' | 'paymentProvider'>,
  userId: string | null,
): Promise<string | undefined> {
  const { ensureCustomer } = deps.paymentProvider
  if (!userId || !ensureCustomer) return undefined
  const [user] = await deps.db
    .select({ email: users.email, customerId: users.stripeCustomerId })
    .from(users)
    .where(eq(users.id, userId))
  if (!user) return undefined
  if (user.customerId) return user.customerId
  // The provider's idempotency key (customer:<userId>) makes two concurrent first payments get one customer.
  const customerId = await ensureCustomer({ userId, email: user.email, providerCustomerId: null })
  await deps.db
    .update(users)
    .set({ stripeCustomerId: customerId })
    .where(and(eq(users.id, userId), isNull(users.stripeCustomerId)))
  return customerId
}
