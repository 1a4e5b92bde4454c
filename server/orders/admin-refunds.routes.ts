/**
 * `POST /api/admin/orders/:id/refunds` (mounted in server/admin/admin.routes.ts, behind its admin guard): a full
 * or partial refund. The Idempotency-Key header is required: a repeat answers the order as it is
 * (200) without a second refund; a new refund answers 201. Both with the Order (refunds, history).
 */
import { Hono } from 'hono'
import { orderIdParam } from '../../shared/checkout/checkout-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { refundInput } from '../../shared/orders/refund-schema.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { AppError } from '../platform/http-errors.ts'
import { requiredIdempotencyKey } from '../platform/idempotency-key.ts'
import { validate } from '../platform/validation.ts'
import { refundOrder } from './refunds.service.ts'

export const adminRefundRoutes = new Hono<SessionEnv>().post(
  '/:id/refunds',
  validate('param', orderIdParam),
  validate('json', refundInput),
  async (c) => {
    const idempotencyKey = requiredIdempotencyKey(c.req.header('idempotency-key'))
    const { user } = c.var.session
    if (!user) throw new AppError(ErrorCode.Unauthenticated, 'Sign in first.')
    const { order, created } = await refundOrder(
      c.var.deps,
      { userId: user.id },
      c.req.valid('param').id,
      c.req.valid('json'),
      idempotencyKey,
    )
    return c.json(order, created ? 201 : 200)
  },
)
