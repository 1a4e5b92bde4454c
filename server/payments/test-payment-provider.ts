/**
 * The built-in payment provider: Stripe's PaymentIntent states without a network, decided by
 * Stripe's test card numbers. Its state lives in `test_payment_intents`, so a restart between the
 * 3-D Secure challenge and its answer keeps the pending step. (Its SQL lives here: the table is
 * this provider's private storage, as Stripe's would be on Stripe's side.)
 */
import { randomBytes } from 'node:crypto'
import { and, eq, ne, sql } from 'drizzle-orm'
import type { PaymentStatus } from '../../shared/orders/order.ts'
import { testPaymentIntents, testPaymentRefunds } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import type { PaymentOutcome, PaymentProvider, ServerConfirmation } from './payment-provider.ts'

/** Stripe test cards this provider knows; any other valid-looking number succeeds like 4242…. */
export const testCards = {
  succeeds: '4242424242424242',
  insufficientFunds: '4000000000009995',
  declined: '4000000000000002',
  requiresAuthentication: '4000002760003184',
} as const

export function createTestPaymentProvider(db: Db): PaymentProvider {
  const read = async (intentId: string) => {
    const [row] = await db.select().from(testPaymentIntents).where(eq(testPaymentIntents.id, intentId))
    if (!row) throw new Error(`unknown test payment intent ${intentId}`)
    return row
  }
  const store = async (intentId: string, status: PaymentStatus, failureReason: string | null = null) => {
    await db
      .update(testPaymentIntents)
      .set({ status, failureReason, updatedAt: sql`now()` })
      .where(eq(testPaymentIntents.id, intentId))
  }
  /**
   * The charge, in one statement so it cannot interleave with a cancel (as at Stripe, a canceled
   * intent is never charged and a charged one is never canceled).
   */
  const charge = async (intentId: string): Promise<PaymentOutcome> => {
    const charged = await db
      .update(testPaymentIntents)
      .set({ status: 'succeeded', failureReason: null, updatedAt: sql`now()` })
      .where(and(eq(testPaymentIntents.id, intentId), ne(testPaymentIntents.status, 'canceled')))
      .returning({ id: testPaymentIntents.id })
    return charged.length > 0 ? { status: 'succeeded' } : { status: 'failed', reason: 'canceled' }
  }
  /** A decline leaves the intent ready for another card, as Stripe's does. */
  const fail = async (intentId: string, reason: string): Promise<PaymentOutcome> => {
    await store(intentId, 'requires_payment_method', reason)
    return { status: 'failed', reason }
  }

  const serverConfirmation: ServerConfirmation = {
    async confirm(intentId, card) {
      const intent = await read(intentId)
      if (intent.status === 'succeeded') return { status: 'succeeded' }
      if (intent.status === 'canceled') return { status: 'failed', reason: 'canceled' }
      switch (card.cardNumber) {
        case testCards.insufficientFunds:
          return fail(intentId, 'insufficient_funds')
        case testCards.declined:
          return fail(intentId, 'card_declined')
        case testCards.requiresAuthentication:
          await store(intentId, 'requires_action')
          return { status: 'requires_action' }
        default:
          return charge(intentId)
      }
    },

    async authenticate(intentId, approve) {
      const intent = await read(intentId)
      if (intent.status === 'succeeded') return { status: 'succeeded' }
      if (intent.status !== 'requires_action') return { status: 'failed', reason: 'no_authentication_pending' }
      if (!approve) return fail(intentId, 'authentication_failed')
      return charge(intentId)
    },
  }

  return {
    name: 'test',
    serverConfirmation,

    async createIntent(order, idempotencyKey) {
      const id = `pi_test_${randomBytes(12).toString('hex')}`
      await db
        .insert(testPaymentIntents)
        .values({
          id,
          idempotencyKey,
          amount: order.total,
          currency: order.currency,
          status: 'requires_payment_method',
        })
        .onConflictDoNothing({ target: testPaymentIntents.idempotencyKey })
      const [row] = await db
        .select()
        .from(testPaymentIntents)
        .where(eq(testPaymentIntents.idempotencyKey, idempotencyKey))
      if (!row) throw new Error('test payment intent vanished after insert')
      return { intentId: row.id, status: row.status, clientSecret: `${row.id}_secret` }
    },

    async retrieve(intentId) {
      const intent = await read(intentId)
      return outcomeOf(intent.status, intent.failureReason)
    },

    /** A succeeded intent stays succeeded (Stripe refuses to cancel it; the caller reads it back). */
    async cancel(intentId) {
      await read(intentId)
      await db
        .update(testPaymentIntents)
        .set({ status: 'canceled', updatedAt: sql`now()` })
        .where(and(eq(testPaymentIntents.id, intentId), ne(testPaymentIntents.status, 'succeeded')))
    },

    async listRefunds(intentId) {
      const rows = await db.select().from(testPaymentRefunds).where(eq(testPaymentRefunds.intentId, intentId))
      return rows.map((r) => ({ refundId: r.id, status: 'succeeded' as const, amount: r.amount, reference: undefined }))
    },

    async refund(intentId, amount, idempotencyKey) {
      return db.transaction(async (tx) => {
        const [intent] = await tx
          .select()
          .from(testPaymentIntents)
          .where(eq(testPaymentIntents.id, intentId))
          .for('update')
        if (!intent) throw new Error(`unknown test payment intent ${intentId}`)
        const [earlier] = await tx
          .select()
          .from(testPaymentRefunds)
          .where(eq(testPaymentRefunds.idempotencyKey, idempotencyKey))
        if (earlier) return { refundId: earlier.id, status: 'succeeded' }
        if (intent.status !== 'succeeded')
          throw new Error(`test payment intent ${intentId} is ${intent.status}, not refundable`)
        const [refunded] = await tx
          .select({ total: sql<number>`coalesce(sum(${testPaymentRefunds.amount}), 0)::int` })
          .from(testPaymentRefunds)
          .where(eq(testPaymentRefunds.intentId, intentId))
        if (amount <= 0 || amount > intent.amount - (refunded?.total ?? 0))
          throw new Error(`refund of ${amount} exceeds what is left of test payment intent ${intentId}`)
        const refundId = `re_test_${randomBytes(12).toString('hex')}`
        await tx.insert(testPaymentRefunds).values({ id: refundId, intentId, idempotencyKey, amount })
        return { refundId, status: 'succeeded' }
      })
    },
  }
}

/** The stored state read back as an outcome: a decline left `requires_payment_method` with its reason. */
function outcomeOf(status: PaymentStatus, failureReason: string | null): PaymentOutcome {
  if (status === 'requires_payment_method' || status === 'failed')
    return failureReason ? { status: 'failed', reason: failureReason } : { status: 'requires_payment_method' }
  return { status }
}
