/**
 * Orders after checkout: reading one's own orders, paying (with a retry after a decline while the
 * reservation holds), the 3-D Secure step, and the sync after a browser-side (Stripe.js)
 * confirmation. The provider is called outside any transaction (it is a network call with Stripe);
 * its outcome is then applied under the order's row lock (payment-outcome.ts), where the transition
 * table decides what may happen — an order canceled meanwhile is never marked paid.
 */

import type { PayInput } from '../../shared/checkout/checkout-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { Order } from '../../shared/orders/order.ts'
import { formatOrderNumber } from '../../shared/orders/order-number.ts'
import { canTransition } from '../../shared/orders/order-status.ts'
import type { ActiveSession } from '../account/session.service.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import { publishPokes } from '../events/event-publisher.ts'
import { ensurePaymentCustomer } from '../payments/payment-customers.ts'
import type { PaymentOutcome, ServerConfirmation } from '../payments/payment-provider.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import {
  listOwnOrders,
  lockOrderWithShopper,
  type OrderOwner,
  type OrderRow,
  readOrderRow,
  readOwnOrder,
  updateOrder,
} from './orders.repository.ts'
import { applyPaymentOutcome, type OutcomeSource } from './payment-outcome.ts'
import { autoRefundCanceledOrder } from './refunds.service.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'clock' | 'paymentProvider' | 'metrics'>
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
  const customerId = await ensurePaymentCustomer(deps, row.userId)
  const intent = await deps.paymentProvider.createIntent(
    {
      id: row.id,
      number: formatOrderNumber(row.orderNumber),
      total: row.grandTotal,
      currency: row.currency,
      ...(customerId ? { customerId } : {}),
    },
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
  const confirmation = serverConfirmationOf(deps)
  const row = await readPayableRow(deps, session, orderId)
  const intentId = await ensurePaymentIntent(deps, orderId)
  const outcome = await confirmation.confirm(intentId, card)
  await applyOutcome(deps, orderId, outcome, { intentId, cardLast4: card.cardNumber.slice(-4) }, row)
  return readOrderFor(deps, session, orderId)
}

export async function authenticateOrder(
  deps: Deps,
  session: Session,
  orderId: string,
  approve: boolean,
): Promise<Order> {
  const confirmation = serverConfirmationOf(deps)
  const row = await readPayableRow(deps, session, orderId)
  if (row.paymentStatus !== 'requires_action' || !row.paymentIntentId)
    throw new AppError(ErrorCode.OrderNotPayable, 'This order has no authentication step pending.')
  const outcome = await confirmation.authenticate(row.paymentIntentId, approve)
  await applyOutcome(deps, orderId, outcome, { intentId: row.paymentIntentId, cardLast4: null }, row)
  return readOrderFor(deps, session, orderId)
}

/**
 * `POST /api/orders/:id/payment/sync`: after Stripe.js confirmed in the browser, read the intent
 * from the provider and apply it exactly as its webhook would (whichever comes first wins, the
 * other changes nothing). Answers the order, also when it is past paying.
 */
export async function syncPayment(deps: Deps, session: Session, orderId: string): Promise<Order> {
  await readOrderFor(deps, session, orderId)
  const row = await readOrderRow(deps.db, orderId)
  if (row?.paymentIntentId) {
    const outcome = await deps.paymentProvider.retrieve(row.paymentIntentId)
    await applyOutcome(deps, orderId, outcome, { intentId: row.paymentIntentId, cardLast4: null })
  }
  return readOrderFor(deps, session, orderId)
}

/** Stripe confirms in the browser: the card form routes exist for the test provider only. */
function serverConfirmationOf(deps: Pick<AppDeps, 'paymentProvider'>): ServerConfirmation {
  const confirmation = deps.paymentProvider.serverConfirmation
  if (!confirmation)
    throw new AppError(
      ErrorCode.OrderNotPayable,
      `Payments with ${deps.paymentProvider.name} are confirmed in the browser; then call payment/sync.`,
    )
  return confirmation
}

async function readPayableRow(deps: Deps, session: Session, orderId: string): Promise<OrderRow> {
  await readOrderFor(deps, session, orderId)
  const row = await readOrderRow(deps.db, orderId)
  if (!row) throw new AppError(ErrorCode.NotFound, `No order ${orderId}.`)
  assertPayable(row, deps.clock())
  return row
}

function assertPayable(row: OrderRow, now: Date): void {
  if (!canTransition(row.status, 'paid'))
    throw new AppError(ErrorCode.OrderNotPayable, `The order is ${row.status} and cannot be paid.`)
  if (row.reservationExpiresAt && row.reservationExpiresAt <= now)
    throw new AppError(ErrorCode.OrderNotPayable, 'The reservation of this order has expired.')
}

/**
 * Applies the outcome under the shopper and order locks, then (after commit) refunds a charge the
 * order could not take. `payingRow` is given on the card routes: there the shopper is told the
 * order could not be paid. Also the payment reconciliation's way in (payment-reconciliation.job.ts).
 */
export async function applyOutcome(
  deps: Deps,
  orderId: string,
  outcome: PaymentOutcome,
  source: OutcomeSource,
  payingRow?: OrderRow,
): Promise<void> {
  const applied = await deps.db.transaction(async (tx) => {
    const order = await lockOrderWithShopper(tx, orderId)
    if (!order) throw new Error(`order ${orderId} vanished`)
    return applyPaymentOutcome(tx, deps, order, outcome, source)
  })
  await publishPokes(deps, applied.pokes)
  if (applied.stockReleased) await publishCatalogChanged(deps)
  deps.metrics.business.paymentApplied(applied)
  if (!applied.autoRefund) return
  await autoRefundCanceledOrder(deps, orderId)
  if (payingRow) throw new AppError(ErrorCode.OrderNotPayable, 'The order was canceled; the payment was refunded.')
}
