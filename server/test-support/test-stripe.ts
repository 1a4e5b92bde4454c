/** Stripe in tests: config pointing the SDK at the local stub, and webhook events signed as Stripe signs them. */
import { randomBytes } from 'node:crypto'
import Stripe from 'stripe'
import type { Config } from '../env.ts'
import type { StripeStub } from './stripe-stub.ts'
import { testConfig } from './test-app.ts'

export const testWebhookSecret = 'whsec_testsecret0for0signing'

export function stripeTestConfig(stub: StripeStub, overrides: Record<string, string> = {}): Config {
  return testConfig({
    STRIPE_SECRET_KEY: 'sk_test_stub0key',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_stub0key',
    STRIPE_WEBHOOK_SECRET: testWebhookSecret,
    STRIPE_API_URL: stub.url,
    ...overrides,
  })
}

/** An event as Stripe delivers it; `id` defaults to a fresh one (a redelivery reuses the id). */
export function stripeEvent(type: string, object: object, id = `evt_${randomBytes(8).toString('hex')}`) {
  return {
    id,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  }
}

type AppLike = { request: (path: string, init: RequestInit) => Response | Promise<Response> }

/** Posts the event to the webhook, signed with `secret` (the configured one unless a test forges one). */
export async function postWebhook(app: AppLike, event: object, secret = testWebhookSecret): Promise<Response> {
  const payload = JSON.stringify(event)
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret })
  return app.request('/api/payments/stripe/webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body: payload,
  })
}
