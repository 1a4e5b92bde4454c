/**
 * Stripe's webhook events applied to orders (DESIGN §4). Each event is claimed by its id in the
 * SAME transaction as its effects, so a crash never marks an event processed without its effect and
 * a redelivery changes nothing. Handlers go through the same code as the pay and sync routes
 * (payment-outcome.ts), which only ever moves an order forward: Stripe may deliver out of order.
 * Network reads (the refund list) happen before the transaction; the automatic refund of a charge
 * on a canceled order happens after it, and its event is claimed together with the refund's record.
 */

import type Stripe from 'stripe'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import { type Poke, publishPokes } from '../events/event-publisher.ts'
import type { PaymentOutcome } from '../payments/payment-provider.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { recordOrderNote } from './order-status-change.ts'
import {
  findOrderIdByIntent,
  lockOrderWithShopper,
  type OrderRow,
  readOrderRow,
  updateOrder,
} from './orders.repository.ts'
import { type AppliedOutcome, applyPaymentOutcome } from './payment-outcome.ts'
import { reconcileRefunds } from './refund-settlement.ts'
import { autoRefundCanceledOrder } from './refunds.service.ts'
import { claimWebhookEvent, releaseWebhookEvent } from './webhook-events.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'paymentProvider' | 'metrics' | 'clock'>

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type WebhookResult = 'processed' | 'duplicate' | 'ignored'

/** What an event does to its order, inside the transaction that claims the event. */
type Effect = {
  readonly orderId: string
  readonly apply: (tx: Db, order: OrderRow) => Promise<AppliedOutcome>
}

export async function processStripeEvent(deps: Deps, event: Stripe.Event): Promise<WebhookResult> {
  const effect = await effectOf(deps, event)
  const result = await deps.db.transaction(async (tx) => {
    if (!(await claimWebhookEvent(tx, event))) return 'duplicate' as const
    if (!effect) return 'ignored' as const
    const order = await lockOrderWithShopper(tx, effect.orderId)
    if (!order) throw new Error(`order ${effect.orderId} vanished`)
    const applied = await effect.apply(tx, order)
    // Claimed again together with the refund's record, after the provider refunded (below).
    if (applied.autoRefund) await releaseWebhookEvent(tx, event.id)
    return applied
  })
  if (typeof result === 'string') return result
  await publishPokes(deps, result.pokes)
  if (result.stockReleased) await publishCatalogChanged(deps)
  deps.metrics.business.paymentApplied(result)
  if (result.autoRefund && effect)
    await autoRefundCanceledOrder(deps, effect.orderId, (tx) => claimWebhookEvent(tx, event))
  return 'processed'
}

async function effectOf(deps: Deps, event: Stripe.Event): Promise<Effect | undefined> {
  switch (event.type) {
    case 'payment_intent.succeeded':
      return intentEffect(deps, event.data.object, { status: 'succeeded' })
    case 'payment_intent.payment_failed': {
      const error = event.data.object.last_payment_error
      const reason = error?.decline_code ?? error?.code ?? 'payment_failed'
      return intentEffect(deps, event.data.object, { status: 'failed', reason })
    }
    case 'payment_intent.canceled':
      return intentEffect(deps, event.data.object, { status: 'canceled' })
    case 'payment_intent.processing':
      return intentEffect(deps, event.data.object, { status: 'processing' })
    case 'charge.refunded':
      return refundsEffect(deps, idOf(event.data.object.payment_intent))
    // A refund that was pending (some payment methods refund asynchronously) settles later.
    case 'charge.refund.updated':
    case 'refund.updated':
      return refundsEffect(deps, idOf(event.data.object.payment_intent))
    case 'charge.dispute.created':
      return disputeEffect(deps, event.data.object)
    default:
      return undefined
  }
}

async function intentEffect(
  deps: Deps,
  intent: Stripe.PaymentIntent,
  outcome: PaymentOutcome,
): Promise<Effect | undefined> {
  const orderId = await orderOfIntent(deps, intent.id, intent.metadata?.orderId)
  if (!orderId) return undefined
  return {
    orderId,
    apply: (tx, order) => applyPaymentOutcome(tx, deps, order, outcome, { intentId: intent.id, cardLast4: null }),
  }
}

/** Reconciles against Stripe's own list, which names the refunds our admin made (by reference). */
async function refundsEffect(deps: Deps, intentId: string | undefined): Promise<Effect | undefined> {
  const orderId = intentId && (await orderOfIntent(deps, intentId, undefined))
  if (!intentId || !orderId) return undefined
  const listed = await deps.paymentProvider.listRefunds(intentId)
  return { orderId, apply: async (tx) => ({ pokes: await reconcileRefunds(tx, orderId, listed), autoRefund: false }) }
}

async function disputeEffect(deps: Deps, dispute: Stripe.Dispute): Promise<Effect | undefined> {
  const intentId = idOf(dispute.payment_intent)
  const orderId = intentId && (await orderOfIntent(deps, intentId, undefined))
  if (!orderId) return undefined
  return {
    orderId,
    apply: async (tx, order): Promise<AppliedOutcome> => {
      deps.logger.warn({ orderId, disputeId: dispute.id, reason: dispute.reason }, 'payment disputed')
      if (order.disputedAt) return { pokes: [], autoRefund: false }
      await updateOrder(tx, orderId, { disputedAt: new Date() })
      const pokes: Poke[] = await recordOrderNote(tx, order, `payment disputed: ${dispute.reason}`)
      return { pokes, autoRefund: false }
    },
  }
}

/** Our order: by the intent's metadata (set at creation), else by the intent id stored on the order. */
async function orderOfIntent(deps: Deps, intentId: string, metadataOrderId: string | undefined) {
  if (metadataOrderId && uuidPattern.test(metadataOrderId)) {
    const row = await readOrderRow(deps.db, metadataOrderId)
    if (row?.paymentIntentId === intentId) return row.id
  }
  const orderId = await findOrderIdByIntent(deps.db, intentId)
  if (!orderId)
    deps.logger.warn({ intentId, metadataOrderId }, 'stripe event for an intent of no order of ours, ignored')
  return orderId
}

/** The id of an expanded or unexpanded reference; undefined when a signed but odd event lacks it. */
function idOf(reference: string | { id: string } | null | undefined): string | undefined {
  if (typeof reference === 'string') return reference
  if (typeof reference === 'object' && reference !== null && typeof reference.id === 'string') return reference.id
  return undefined
}
