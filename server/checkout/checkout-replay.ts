/**
 * Whether a checkout request repeats one already answered: the same idempotency key for this
 * shopper with the same request fingerprint. The route lets such a replay past the checkout rate
 * limits (issue 18: an offline outbox or a flaky network retrying one checkout spent the shopper's
 * budget and got 429s); it costs one indexed read and creates nothing. A key reused with another
 * request is no replay: it is counted and refused by the checkout itself.
 */
import type { CheckoutInput } from '../../shared/checkout/checkout-schema.ts'
import type { ActiveSession } from '../account/session.service.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { findOrderByKey } from './checkout.repository.ts'
import { hashCheckoutRequest } from './checkout-request-hash.ts'

export async function isCheckoutReplay(
  deps: Pick<AppDeps, 'db'>,
  session: Pick<ActiveSession, 'shopperId' | 'user' | 'pending'>,
  input: CheckoutInput,
  idempotencyKey: string,
): Promise<boolean> {
  const email = input.email ?? session.user?.email
  if (session.pending || !email) return false
  const existing = await findOrderByKey(deps.db, session.shopperId, idempotencyKey)
  if (!existing) return false
  // Same fingerprint as checkout.service.ts computes; orders from before hashes were stored have none.
  const requestHash = hashCheckoutRequest({
    email,
    shippingAddress: input.shippingAddress,
    shippingMethod: input.shippingMethod,
    discountCode: input.discountCode,
  })
  return existing.requestHash === null || existing.requestHash === requestHash
}
