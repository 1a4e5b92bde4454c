/** Wire schemas of Web Push (`/api/push`): a browser's subscription and the payload pushed to it. */
import { z } from 'zod'
import { orderStatuses } from '../orders/order-status.ts'

/** base64url without padding, as PushSubscription.toJSON() gives the keys. */
const base64url = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be base64url')

const pushEndpoint = z
  .string()
  .max(2048)
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    message: 'must be an https URL',
  })

/** What `PushSubscription.toJSON()` holds (expirationTime, when the browser sends it, is ignored). */
export const pushSubscriptionInput = z
  .object({
    endpoint: pushEndpoint,
    expirationTime: z.number().nullable().optional(),
    // p256dh: an uncompressed P-256 point (65 bytes → 87 chars); auth: a 16-byte secret (22 chars).
    keys: z.object({ p256dh: base64url(128), auth: base64url(64) }).strict(),
  })
  .strict()
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>

export const pushUnsubscribeInput = z.object({ endpoint: pushEndpoint }).strict()

export type PushPublicKey = { readonly publicKey: string }

/** The JSON the service worker receives: small, already localized, with the page to open. */
export const orderPushPayload = z.object({
  orderId: z.uuid(),
  status: z.enum(orderStatuses),
  number: z.string(),
  title: z.string(),
  body: z.string(),
})
export type OrderPushPayload = z.infer<typeof orderPushPayload>
