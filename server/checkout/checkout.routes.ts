/**
 * `POST /api/checkout`: the cart becomes an order (201), or a repeat of the idempotency key answers
 * the order it made (200). The key comes in the Idempotency-Key header or the body's idempotencyKey.
 */
import { Hono } from 'hono'
import { checkoutInput, idempotencyKeySchema } from '../../shared/checkout/checkout-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { withSession } from '../account/session.middleware.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { fieldIssues, validate } from '../platform/validation.ts'
import { checkout } from './checkout.service.ts'

export const checkoutRoutes = new Hono<AppEnv>().post('/', validate('json', checkoutInput), withSession, async (c) => {
  const input = c.req.valid('json')
  const { order, created } = await checkout(c.var.deps, c.var.session, {
    ...input,
    idempotencyKey: idempotencyKeyOf(c.req.header('idempotency-key'), input.idempotencyKey),
  })
  return c.json(order, created ? 201 : 200)
})

function idempotencyKeyOf(header: string | undefined, body: string | undefined): string {
  if (header === undefined) {
    if (body) return body
    throw new AppError(ErrorCode.InvalidInput, 'An idempotency key is required.', [
      { path: 'header.idempotency-key', message: 'is required (or json.idempotencyKey)' },
    ])
  }
  const parsed = idempotencyKeySchema.safeParse(header)
  if (!parsed.success)
    throw new AppError(
      ErrorCode.InvalidInput,
      'The request is invalid.',
      fieldIssues('header.idempotency-key', parsed.error.issues),
    )
  if (body && body !== parsed.data)
    throw new AppError(ErrorCode.InvalidInput, 'The request is invalid.', [
      { path: 'json.idempotencyKey', message: 'differs from the Idempotency-Key header' },
    ])
  return parsed.data
}
