/**
 * Orders after checkout: reading one's own orders, paying (with a retry after a decline while the
 * reservation holds), and the 3-D Secure step. The provider is called outside any transaction (it
 * is a network call with Stripe); its outcome is then applied under the order's row lock, where the
 * transition table decides what may happen — an order canceled meanwhile is never marked paid.
 */
import type { PayInput } from '../../shared/checkout/checkout-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { Order } from '../../shared/orders/order.ts'
import { canTransition } from '../../shared/orders/order-status.ts'
import type { ActiveSession } from '../account/session.service.ts'
import { type Poke, publishPokes } from '../events/event-publisher.ts'
import type { PaymentOutcome } from '../payments/payment-provider.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { changeOrderStatus } from './order-status-change.ts'
import {
  listOwnOrders,
  lockOrder,
  type OrderOwner,
  type OrderRow,
  readOrderRow,
  readOwnOrder,
  recordPaymentAttempt,
  updateOrder,
} from './orders.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'clock' | 'paymentProvider'>
type Session = Pick<ActiveSession, 'shopperId' | 'user'>

const ownerOf = (session: Session): OrderOwner => ({ shopperId: session.shopperId, userId: session.user?.id ?? null })

export async function readOrderFor(deps: Pick<AppDeps, 'db'>, session: Session, orderId: string): Promise<Order> {
  const order = await readOwnOrder(deps.db, ownerOf(session), orderId)
  // Someone else's order is indistinguishable from a missing one.
  if (!order) throw new AppError(ErrorCode.NotFound, `No order ${orderId}.`)
  return order
}

export async function listOrdersFor(deps: Pick<AppDeps, 'db'>, session: Session): Promise<Order[]> {
  return listOwnOrders(deps.db, ownerOf(session), 100)
}

/** The order's payment intent, created on first need (the key makes a concurrent second call reuse it). */
export async function ensurePaymentIntent(deps: Pick<AppDeps, 'db' | 'paymentProvider'>, orderId: string) {
  const row = await readOrderRow(deps.db, orderId)
  if (!row) throw new Error(`order ${orderId} does not exist`)
  if (row.paymentIntentId) return row.paymentIntentId
  const intent = await deps.paymentProvider.createIntent(
    { id: row.id, total: row.grandTotal, currency: row.currency },
    `order:${row.id}`,
  )
  await updateOrder(deps.db, orderId, {
    paymentProvider: deps.paymentProvider.name,
    paymentIntentId: intent.intentId,
    paymentClientSecret: intent.clientSecret ?? null,
    paymentStatus: intent.status,
  })
  return intent.intentId
}

export async function payOrder(deps: Deps, session: Session, orderId: string, card: PayInput): Promise<Order> {
  await readOrderFor(deps, session, orderId)
  const row = await readOrderRow(deps.db, orderId)
  if (!row) throw new AppError(ErrorCode.NotFound, `No order ${orderId}.`)
  assertPayable(row, deps.clock())
  const intentId = await ensurePaymentIntent(deps, orderId)
  const outcome = await deps.paymentProvider.confirm(intentId, card)
  await applyPaymentOutcome(deps, orderId, intentId, outcome, card.cardNumber.slice(-4))
  return readOrderFor(deps, session, orderId)
}

export async function authenticateOrder(
  deps: Deps,
  session: Session,
  orderId: string,
  approve: boolean,
): Promise<Order> {
  await readOrderFor(deps, session, orderId)
  const row = await readOrderRow(deps.db, orderId)
  if (!row) throw new AppError(ErrorCode.NotFound, `No order ${orderId}.`)
  assertPayable(row, deps.clock())
  if (row.paymentStatus !== 'requires_action' || !row.paymentIntentId)
    throw new AppError(ErrorCode.OrderNotPayable, 'This order has no authentication step pending.')
  const outcome = await deps.paymentProvider.authenticate(row.paymentIntentId, approve)
  await applyPaymentOutcome(deps, orderId, row.paymentIntentId, outcome, null)
  return readOrderFor(deps, session, orderId)
}

function assertPayable(row: OrderRow, now: Date): void {
  if (!canTransition(row.status, 'paid'))
    throw new AppError(ErrorCode.OrderNotPayable, `The order is ${row.status} and cannot be paid.`)
  if (row.reservationExpiresAt && row.reservationExpiresAt <= now)
    throw new AppError(ErrorCode.OrderNotPayable, 'The reservation of this order has expired.')
}

async function applyPaymentOutcome(
  deps: Deps,
  orderId: string,
  intentId: string,
  outcome: PaymentOutcome,
  cardLast4: string | null,
): Promise<void> {
  const failureReason = outcome.status === 'failed' ? outcome.reason : null
  const pokes = await deps.db.transaction(async (tx): Promise<Poke[]> => {
    const order = await lockOrder(tx, orderId)
    if (!order) throw new Error(`order ${orderId} vanished`)
    await recordPaymentAttempt(tx, { orderId, intentId, status: outcome.status, failureReason, cardLast4 })
    if (outcome.status === 'succeeded') {
      if (order.status === 'paid') return []
      if (!canTransition(order.status, 'paid')) {
        // Canceled (reservation expired) while the shopper paid: the charge must be refunded by hand
        // until refunds exist; the shopper is told the order could not be paid.
        deps.logger.error(
          { orderId, intentId, status: order.status },
          'payment succeeded for an order that cannot be paid',
        )
        throw new AppError(ErrorCode.OrderNotPayable, `The order is ${order.status} and cannot be paid.`)
      }
      return changeOrderStatus(tx, order, 'paid', 'payment succeeded', {
        paymentStatus: 'succeeded',
        paymentFailureReason: null,
        reservationExpiresAt: null,
      })
    }
    if (outcome.status === 'requires_action') {
      await updateOrder(tx, orderId, { paymentStatus: 'requires_action' })
      return []
    }
    // A second decline keeps payment_failed: no transition, only the new reason (and the attempt row).
    if (order.status === 'payment_failed') {
      await updateOrder(tx, orderId, { paymentStatus: 'failed', paymentFailureReason: failureReason })
      return []
    }
    return changeOrderStatus(tx, order, 'payment_failed', `payment failed: ${failureReason}`, {
      paymentStatus: 'failed',
      paymentFailureReason: failureReason,
    })
  })
  await publishPokes(deps, pokes)
}
