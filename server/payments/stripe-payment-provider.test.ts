import { Writable } from 'node:stream'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../platform/http-errors.ts'
import { type StripeStub, startStripeStub } from '../test-support/stripe-stub.ts'
import { createStripeClient, createStripePaymentProvider } from './stripe-payment-provider.ts'

const secretKey = 'sk_test_provider0secret0never0logged'

describe('the Stripe provider, through the real SDK against a local stub', () => {
  let stub: StripeStub
  const logLines: string[] = []
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk))
        done()
      },
    }),
  )
  const provider = () => createStripePaymentProvider(createStripeClient({ secretKey, api: stub.api }), logger)

  beforeAll(async () => {
    stub = await startStripeStub()
  })
  afterAll(async () => {
    await stub.close()
  })

  it('creates an intent with amount, currency, automatic payment methods, order id and number, customer and idempotency key', async () => {
    const intent = await provider().createIntent(
      { id: 'order-1', number: 'SF-10001', total: 4992, currency: 'EUR', customerId: 'cus_123' },
      'order:order-1',
    )
    const [request] = stub.requestsTo('POST /v1/payment_intents').filter((r) => r.idempotencyKey === 'order:order-1')
    expect(request?.body).toMatchObject({
      amount: '4992',
      currency: 'eur',
      'automatic_payment_methods[enabled]': 'true',
      'metadata[orderId]': 'order-1',
      'metadata[orderNumber]': 'SF-10001',
      description: 'Order SF-10001',
      customer: 'cus_123',
      setup_future_usage: 'on_session',
    })
    expect(intent).toEqual({
      intentId: expect.stringMatching(/^pi_/),
      status: 'requires_payment_method',
      clientSecret: stub.intent(intent.intentId).client_secret,
    })
  })

  it('leaves out customer and card saving for a guest', async () => {
    await provider().createIntent({ id: 'order-2', number: 'SF-10002', total: 100, currency: 'USD' }, 'order:order-2')
    const [request] = stub.requestsTo('POST /v1/payment_intents').filter((r) => r.idempotencyKey === 'order:order-2')
    expect(request?.body.customer).toBeUndefined()
    expect(request?.body.setup_future_usage).toBeUndefined()
  })

  it('answers the same intent for a repeated idempotency key', async () => {
    const order = { id: 'order-3', number: 'SF-10003', total: 700, currency: 'EUR' } as const
    const first = await provider().createIntent(order, 'order:order-3')
    const again = await provider().createIntent(order, 'order:order-3')
    expect(again.intentId).toBe(first.intentId)
  })

  it('creates an account customer with the key customer:<userId> and reuses a stored one', async () => {
    const account = { userId: 'user-1', email: 'ada@example.com', providerCustomerId: null }
    const created = await provider().ensureCustomer?.(account)
    expect(created).toMatch(/^cus_/)
    const [request] = stub.requestsTo('POST /v1/customers')
    expect(request).toMatchObject({
      idempotencyKey: 'customer:user-1',
      body: { email: 'ada@example.com', 'metadata[userId]': 'user-1' },
    })
    const calls = stub.requests.length
    expect(await provider().ensureCustomer?.({ ...account, providerCustomerId: 'cus_stored' })).toBe('cus_stored')
    expect(stub.requests.length).toBe(calls)
  })

  it('reads an intent back: a decline is failed with its decline code, success is succeeded', async () => {
    const { intentId } = await provider().createIntent(
      { id: 'order-4', number: 'SF-10004', total: 100, currency: 'EUR' },
      'order:order-4',
    )
    expect(await provider().retrieve(intentId)).toEqual({ status: 'requires_payment_method' })
    stub.setIntent(intentId, { last_payment_error: { code: 'card_declined', decline_code: 'insufficient_funds' } })
    expect(await provider().retrieve(intentId)).toEqual({ status: 'failed', reason: 'insufficient_funds' })
    stub.setIntent(intentId, { status: 'succeeded', last_payment_error: null })
    expect(await provider().retrieve(intentId)).toEqual({ status: 'succeeded' })
  })

  it('reads back processing, requires_capture, requires_action and canceled intents for reconciliation', async () => {
    const { intentId } = await provider().createIntent(
      { id: 'order-6', number: 'SF-10006', total: 100, currency: 'EUR' },
      'order:order-6',
    )
    const answers = []
    for (const status of ['processing', 'requires_capture', 'requires_action', 'canceled']) {
      stub.setIntent(intentId, { status })
      answers.push(await provider().retrieve(intentId))
    }
    expect(answers).toEqual([
      { status: 'processing' },
      { status: 'processing' },
      { status: 'requires_action' },
      { status: 'canceled' },
    ])
    expect(stub.requestsTo(`GET /v1/payment_intents/${intentId}`)).toHaveLength(4)
  })

  it('cannot cancel an intent that succeeded: the call fails as a provider error, the intent stays succeeded', async () => {
    const { intentId } = await provider().createIntent(
      { id: 'order-7', number: 'SF-10007', total: 100, currency: 'EUR' },
      'order:order-7',
    )
    stub.setIntent(intentId, { status: 'succeeded' })
    await expect(provider().cancel(intentId)).rejects.toBeInstanceOf(AppError)
    expect(await provider().retrieve(intentId)).toEqual({ status: 'succeeded' })
  })

  it('refunds with the idempotency key and our reference, and lists the refunds', async () => {
    const { intentId } = await provider().createIntent(
      { id: 'order-5', number: 'SF-10005', total: 1000, currency: 'EUR' },
      'order:order-5',
    )
    stub.setIntent(intentId, { status: 'succeeded' })
    const refund = await provider().refund(intentId, 300, 'refund:row-1', 'row-1')
    expect(refund).toEqual({ refundId: expect.stringMatching(/^re_/), status: 'succeeded' })
    const [request] = stub.requestsTo('POST /v1/refunds')
    expect(request).toMatchObject({
      idempotencyKey: 'refund:row-1',
      body: { payment_intent: intentId, amount: '300', 'metadata[refundId]': 'row-1' },
    })
    expect(await provider().listRefunds(intentId)).toEqual([
      { refundId: refund.refundId, status: 'succeeded', amount: 300, reference: 'row-1' },
    ])
  })

  it('pays and refunds a JPY order in whole yen (Stripe zero-decimal amounts), refunds in the charge currency', async () => {
    // ¥2,980 is 2980 minor units (the yen has none smaller): Stripe must get 2980, not 298000 or 29.8.
    const { intentId } = await provider().createIntent(
      { id: 'order-jpy', number: 'SF-10100', total: 2980, currency: 'JPY' },
      'order:order-jpy',
    )
    const [payment] = stub.requestsTo('POST /v1/payment_intents').filter((r) => r.idempotencyKey === 'order:order-jpy')
    expect(payment?.body).toMatchObject({ amount: '2980', currency: 'jpy' })
    expect(stub.intent(intentId)).toMatchObject({ amount: 2980, currency: 'jpy' })
    stub.setIntent(intentId, { status: 'succeeded' })

    const partial = await provider().refund(intentId, 980, 'refund:jpy-1', 'jpy-1')
    const rest = await provider().refund(intentId, 2000, 'refund:jpy-2', 'jpy-2')
    const bodies = stub
      .requestsTo('POST /v1/refunds')
      .filter((r) => r.idempotencyKey?.startsWith('refund:jpy-'))
      .map((r) => r.body)
    // A refund names no currency: Stripe refunds in the charge's, so the amount is whole yen too.
    expect(bodies).toEqual([
      { payment_intent: intentId, amount: '980', 'metadata[refundId]': 'jpy-1' },
      { payment_intent: intentId, amount: '2000', 'metadata[refundId]': 'jpy-2' },
    ])
    expect(await provider().listRefunds(intentId)).toEqual([
      { refundId: partial.refundId, status: 'succeeded', amount: 980, reference: 'jpy-1' },
      { refundId: rest.refundId, status: 'succeeded', amount: 2000, reference: 'jpy-2' },
    ])
    // Nothing is left: one more yen is refused by Stripe.
    await expect(provider().refund(intentId, 1, 'refund:jpy-3')).rejects.toBeInstanceOf(AppError)
  })

  it('refuses to send Stripe an amount that is not whole minor units instead of rounding it', async () => {
    const calls = stub.requests.length
    await expect(
      provider().createIntent({ id: 'order-frac', number: 'SF-10101', total: 29.8, currency: 'JPY' }, 'order:frac'),
    ).rejects.toThrow(/integer of JPY minor units \(0 decimals\)/)
    await expect(provider().refund('pi_x', 12.5, 'refund:frac')).rejects.toThrow(/integer of minor units/)
    expect(stub.requests.length).toBe(calls)
  })

  it('turns a Stripe error into 502 PAYMENT_PROVIDER_FAILED, logging the request id but never the key', async () => {
    const { intentId } = await provider().createIntent(
      { id: 'order-6', number: 'SF-10006', total: 1000, currency: 'EUR' },
      'order:order-6',
    )
    stub.setIntent(intentId, { status: 'succeeded' })
    const failure = await provider()
      .refund(intentId, 5000, 'refund:row-2')
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(AppError)
    expect((failure as AppError).code).toBe('PAYMENT_PROVIDER_FAILED')
    const line = logLines.find((l) => l.includes('stripe request failed'))
    expect(line).toMatch(/"stripeRequestId":"req_/)
    expect(logLines.join('\n')).not.toContain(secretKey)
    expect((failure as AppError).message).not.toContain(secretKey)
  })
})
