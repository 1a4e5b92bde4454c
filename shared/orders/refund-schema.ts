/** Wire schema of `POST /api/admin/orders/:id/refunds` (Idempotency-Key header required). */
import { z } from 'zod'

export const refundInput = z
  .object({
    /** Minor units, at most what is left to refund (checked by the server against the order). */
    amount: z.number().int('must be an integer (minor units)').positive('must be positive').max(100_000_000),
    reason: z.string().trim().max(200).optional(),
  })
  .strict()
export type RefundInput = z.infer<typeof refundInput>
