/**
 * `POST /api/payments/stripe/webhook`: Stripe's events, verified on the raw body with the webhook
 * signing secret. Mounted in app.ts ahead of the /api app on purpose: Stripe sends no session
 * cookie or CSRF token, and its bodies may exceed the /api default limit (1 MiB here). Without
 * Stripe configured the route is a 404.
 */
import { Hono } from 'hono'
import Stripe from 'stripe'
import { z } from 'zod'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppDeps, AppEnv } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { fieldIssues } from '../platform/validation.ts'
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
  assertWellFormed(deps, event)
  const result = await processStripeEvent(deps, event)
  return c.json({ received: true, result })
})

/**
 * A signature proves who sent the event, not its shape: Stripe's SDK types are a promise the body
 * may break (another API version, a test tool, a bug at Stripe). An event without an id, with a
 * type that is not an event type, or without the object its type needs is answered 400 and logged,
 * instead of a 500 from deep in a handler (issue 18). A well-formed type we do not handle still
 * gets 200 (`ignored`), or Stripe would retry it for days.
 */
const objectId = z.string().min(1).max(255)
const intentRef = z.union([objectId, z.looseObject({ id: objectId })]).nullish()
const intentObject = z.looseObject({
  id: objectId,
  metadata: z.record(z.string(), z.string()).nullish(),
  last_payment_error: z.looseObject({ decline_code: z.string().nullish(), code: z.string().nullish() }).nullish(),
})
const chargeObject = z.looseObject({ payment_intent: intentRef })
const disputeObject = z.looseObject({ id: objectId, reason: z.string(), payment_intent: intentRef })
const objectOfType: Record<string, z.ZodType> = {
  'payment_intent.succeeded': intentObject,
  'payment_intent.payment_failed': intentObject,
  'payment_intent.canceled': intentObject,
  'payment_intent.processing': intentObject,
  'charge.refunded': chargeObject,
  'charge.refund.updated': chargeObject,
  'refund.updated': chargeObject,
  'charge.dispute.created': disputeObject,
}
const eventEnvelope = z.looseObject({
  id: z.string().regex(/^evt_[\w-]{1,251}$/, 'must be a Stripe event id (evt_…)'),
  type: z.string().regex(/^[a-z_]{1,64}(\.[a-z_]{1,64}){1,4}$/, 'must be a Stripe event type'),
  data: z.looseObject({ object: z.looseObject({}) }),
})

function assertWellFormed(deps: Pick<AppDeps, 'logger'>, event: unknown): void {
  const envelope = eventEnvelope.safeParse(event)
  const type = envelope.success ? envelope.data.type : undefined
  const objectSchema = type ? objectOfType[type] : undefined
  const object = envelope.success && objectSchema ? objectSchema.safeParse(envelope.data.data.object) : undefined
  const issues = !envelope.success
    ? fieldIssues('json', envelope.error.issues)
    : object && !object.success
      ? fieldIssues('json.data.object', object.error.issues)
      : []
  if (issues.length === 0) return
  const id = envelope.success ? envelope.data.id : undefined
  deps.logger.warn({ eventId: id, type, issues }, 'malformed Stripe webhook event refused')
  throw new AppError(ErrorCode.InvalidInput, 'The event is malformed.', issues)
}

async function verifiedEvent(payload: string, signature: string | undefined, secret: string): Promise<Stripe.Event> {
  if (!signature) throw new AppError(ErrorCode.InvalidSignature, 'The Stripe-Signature header is missing.')
  try {
    return await Stripe.webhooks.constructEventAsync(payload, signature, secret)
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError)
      throw new AppError(ErrorCode.InvalidSignature, 'The Stripe-Signature header does not verify.')
    // The SDK parses the body only after the signature verified: a signed body that is not JSON.
    if (error instanceof SyntaxError) throw new AppError(ErrorCode.InvalidInput, 'The event is not JSON.')
    throw error
  }
}
