import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { asc, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { orderHistory, orders, refunds, testPaymentIntents } from '../db/schema.ts'
import { createMetrics } from '../observability/metrics.ts'
import type { PaymentProvider } from '../payments/payment-provider.ts'
import { createTestPaymentProvider, testCards } from '../payments/test-payment-provider.ts'
import { createInProcessBus } from '../platform/bus.ts'
import type { Db } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { repoRoot } from '../platform/repo-root.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout, stockOf } from '../test-support/test-checkout.ts'
import { databaseTargets, type TestDatabase, testDatabaseUrl, useTestDatabase } from '../test-support/test-database.ts'
import { ensurePaymentIntent } from './orders.service.ts'
import { reconcilePayments } from './payment-reconciliation.job.ts'
import { releaseExpiredReservations, undecidedGraceMs } from './reservation-expiry.job.ts'

const minute = 60_000
const graceMs = 2 * minute

/** Helpers over a suite's database: an order of 2 (stock 5) with its intent, job deps, reads. */
function harness(database: () => TestDatabase) {
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, testConfig({ TRUST_PROXY: 'true', RESERVATION_MINUTES: '10' }))
    return testApp
  }
  const db = () => database().db
  const jobDeps = (msAhead: number, options: { db?: Db; provider?: PaymentProvider } = {}) => {
    const on = options.db ?? db()
    return {
      db: on,
      bus: createInProcessBus(),
      logger: createLogger('silent'),
      clock: () => new Date(Date.now() + msAhead),
      paymentProvider: options.provider ?? createTestPaymentProvider(on),
      metrics: createMetrics(),
    }
  }

  /** A guest's order of 2 (stock 5), with its intent; the shopper has not paid yet. */
  const placeOrder = async () => {
    const productId = await createTestProduct(db(), { stock: 5 })
    const shopper = createTestBrowser(app())
    await fillCart(shopper, [[productId, 2]])
    const order = await orderOf(await postCheckout(shopper))
    const intentId = await ensurePaymentIntent({ db: db(), paymentProvider: createTestPaymentProvider(db()) }, order.id)
    return { productId, orderId: order.id, intentId }
  }

  /** Step one of paying without step two: the provider charged, the order was never told. */
  const chargedButNotApplied = async () => {
    const placed = await placeOrder()
    const outcome = await createTestPaymentProvider(db()).serverConfirmation?.confirm(placed.intentId, {
      cardNumber: testCards.succeeds,
      expiry: '12/34',
      cvc: '123',
    })
    expect(outcome).toEqual({ status: 'succeeded' })
    expect(await statusOf(placed.orderId)).toBe('pending_payment')
    return placed
  }

  const statusOf = async (orderId: string) => {
    const [row] = await db().select({ status: orders.status }).from(orders).where(eq(orders.id, orderId))
    return row?.status
  }
  const historyOf = async (orderId: string) =>
    (
      await db()
        .select({ to: orderHistory.toStatus, reason: orderHistory.reason })
        .from(orderHistory)
        .where(eq(orderHistory.orderId, orderId))
        .orderBy(asc(orderHistory.id))
    ).map((h) => `${h.to}: ${h.reason}`)
  const intentStatusOf = async (intentId: string) => {
    const [row] = await db()
      .select({ status: testPaymentIntents.status })
      .from(testPaymentIntents)
      .where(eq(testPaymentIntents.id, intentId))
    return row?.status
  }
  const refundsOf = async (orderId: string) => db().select().from(refunds).where(eq(refunds.orderId, orderId))

  return { db, jobDeps, placeOrder, chargedButNotApplied, statusOf, historyOf, intentStatusOf, refundsOf }
}

describe.each(await databaseTargets())('payment reconciliation after a crash on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const { db, jobDeps, placeOrder, chargedButNotApplied, statusOf, historyOf, intentStatusOf, refundsOf } =
    harness(database)

  it('pays, never cancels, a charged order whose update was lost when its reservation runs out', async () => {
    const { productId, orderId, intentId } = await chargedButNotApplied()
    const canceled = await releaseExpiredReservations(jobDeps(11 * minute))
    expect(canceled).not.toContain(orderId)
    expect(await statusOf(orderId)).toBe('paid')
    expect(await historyOf(orderId)).toEqual(['pending_payment: checkout', 'paid: payment succeeded'])
    expect(await stockOf(db(), productId)).toBe(3) // the 2 sold stay sold
    expect(await intentStatusOf(intentId)).toBe('succeeded')
    expect(await refundsOf(orderId)).toEqual([])
  })

  it('cancels an expired unpaid order with an intent, and its intent first, so it can no longer be charged', async () => {
    const { productId, orderId, intentId } = await placeOrder()
    expect(await releaseExpiredReservations(jobDeps(11 * minute))).toContain(orderId)
    expect(await statusOf(orderId)).toBe('canceled')
    expect(await stockOf(db(), productId)).toBe(5)
    expect(await intentStatusOf(intentId)).toBe('canceled')
    const late = await createTestPaymentProvider(db()).serverConfirmation?.confirm(intentId, {
      cardNumber: testCards.succeeds,
      expiry: '12/34',
      cvc: '123',
    })
    expect(late).toEqual({ status: 'failed', reason: 'canceled' })
    expect(await intentStatusOf(intentId)).toBe('canceled')
  })

  it('keeps the stock of an expired order while the provider cannot be asked, then cancels it after the grace', async () => {
    const { productId, orderId } = await chargedButNotApplied()
    const real = createTestPaymentProvider(db())
    const unreachable: PaymentProvider = {
      ...real,
      cancel: async () => Promise.reject(new Error('provider unreachable')),
      retrieve: async () => Promise.reject(new Error('provider unreachable')),
    }
    expect(await releaseExpiredReservations(jobDeps(11 * minute, { provider: unreachable }))).not.toContain(orderId)
    expect(await statusOf(orderId)).toBe('pending_payment')
    expect(await stockOf(db(), productId)).toBe(3)
    const later = 11 * minute + undecidedGraceMs
    expect(await releaseExpiredReservations(jobDeps(later, { provider: unreachable }))).toContain(orderId)
    expect(await statusOf(orderId)).toBe('canceled')
  })

  it('finishes the transition of a charged order while its reservation still holds, once, with two workers', async () => {
    const { productId, orderId } = await chargedButNotApplied()
    const unpaid = await placeOrder()
    // Within the grace period the shopper may be paying right now: left alone.
    await reconcilePayments(jobDeps(graceMs / 2), graceMs)
    expect(await statusOf(orderId)).toBe('pending_payment')

    const other = await database().openAnother()
    try {
      await Promise.all([
        reconcilePayments(jobDeps(graceMs + minute), graceMs),
        reconcilePayments(jobDeps(graceMs + minute, { db: other.db }), graceMs),
      ])
    } finally {
      await other.close()
    }
    expect(await statusOf(orderId)).toBe('paid')
    expect(await historyOf(orderId)).toEqual(['pending_payment: checkout', 'paid: payment succeeded'])
    expect(await stockOf(db(), productId)).toBe(3)
    expect(await statusOf(unpaid.orderId)).toBe('pending_payment') // nothing to finish there
    await reconcilePayments(jobDeps(graceMs + minute), graceMs)
    expect(await historyOf(orderId)).toHaveLength(2)
  })
})

// A real crash needs a database another process can open: Postgres only (PGlite lives in this process).
const postgresOnly = (await databaseTargets()).filter((target) => target.name === 'postgres')
describe.each(postgresOnly)('payment reconciliation after a killed process on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const { db, jobDeps, placeOrder, statusOf, intentStatusOf } = harness(database)

  it('recovers an order whose paying process was killed with SIGKILL between the charge and the update', async () => {
    const { productId, orderId, intentId } = await placeOrder()
    const [row] = await db().select({ shopperId: orders.shopperId }).from(orders).where(eq(orders.id, orderId))
    const args = { url: testDatabaseUrl, schema: database().schema, orderId, shopperId: row?.shopperId }
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'server/test-support/pay-then-hang.ts'), JSON.stringify(args)],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    )
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => output.includes('charged\n') && resolve())
      child.once('exit', () => reject(new Error(`the paying process ended before charging:\n${output}`)))
    })
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')

    // The crash window: charged at the provider, the order never updated.
    expect(await intentStatusOf(intentId)).toBe('succeeded')
    expect(await statusOf(orderId)).toBe('pending_payment')

    // The restarted instance's first reconciliation pass finishes it.
    await reconcilePayments(jobDeps(graceMs + minute), graceMs)
    expect(await statusOf(orderId)).toBe('paid')
    expect(await stockOf(db(), productId)).toBe(3)
    expect(await releaseExpiredReservations(jobDeps(11 * minute))).not.toContain(orderId)
    expect(await statusOf(orderId)).toBe('paid')
  })
})
