/** Wire schema of `POST /api/admin/orders/:id/actions`: one step of fulfilment, or a cancel. */
import { z } from 'zod'

const carrier = z.string().trim().min(1, 'is required').max(100)
const trackingNumber = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(100)
  .regex(/^[A-Za-z0-9 -]+$/, 'may hold only letters, digits, spaces and dashes')

/**
 * `ship` on a shipped order replaces its tracking (a wrong number, a new parcel); `update_tracking`
 * does only that and is refused before the order ships.
 */
export const orderActionInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('fulfil') }).strict(),
  z.object({ action: z.literal('ship'), carrier, trackingNumber }).strict(),
  z.object({ action: z.literal('update_tracking'), carrier, trackingNumber }).strict(),
  z.object({ action: z.literal('deliver') }).strict(),
  z.object({ action: z.literal('cancel') }).strict(),
])
export type OrderActionInput = z.infer<typeof orderActionInput>
export type OrderAction = OrderActionInput['action']
