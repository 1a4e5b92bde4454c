/**
 * `POST /api/payments/stripe/webhook`: Stripe's events, verified on the raw body with the webhook
 * signing secret. Mounted in app.ts ahead of the /api app on purpose: Stripe sends no session
 * cookie or CSRF token, and its bodies may exceed the /api default limit (1 MiB here). Without
 * Stripe configured the route is a 404.
 */
import { Hono } from 'hono'
import Stripe from 'stripe'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { processStripeEvent } from './stripe-webhook.service.ts'

export const stripeWebhookMaxBytes = 1024 * 1024

export const stripeWebhookRoutes = new Hono<AppEnv>().post('/stripe/webhook', async (c) => {
  const { deps } = c.var
  if (!deps.config.stripe) throw new AppError(ErrorCode.NotFound, 'Stripe is not configured.')
  const event = await verifiedEvent(
    await c.req.text(),
    c.req.header('stripe-signature'),
    deps.config.stripe.webhookSecret,
  )
  const result = await processStripeEvent(deps, event)
  return c.json({ received: true, result })
})

async function verifiedEvent(payload: string, signature: string | undefined, secret: string): Promise<Stripe.Event> {
  if (!signature) throw new AppError(ErrorCode.InvalidSignature, 'The Stripe-Signature header is missing.')
  try {
    return await Stripe.webhooks.constructEventAsync(payload, signature, secret)
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError)
      throw new AppError(ErrorCode.InvalidSignature, 'The Stripe-Signature header does not verify.')
    throw error
  }
}
