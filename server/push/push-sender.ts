/**
 * Sends one encrypted push message. web-push builds the request (aes128gcm body, VAPID
 * Authorization header); fetch sends it, so a test's endpoint may be a local http stub.
 */
import webPush from 'web-push'
import type { StoredSubscription, VapidKeyPair } from './push.repository.ts'

/** Without TTL push services keep an undelivered message for weeks; a day old status is stale enough. */
export const pushTtlSeconds = 24 * 60 * 60
const sendTimeoutMs = 10_000

export type PushMessage = {
  readonly subscription: Pick<StoredSubscription, 'endpoint' | 'p256dh' | 'auth'>
  readonly payload: string
  readonly vapid: VapidKeyPair & { readonly subject: string }
}

/** `gone`: the push service forgot the subscription (404/410) and it should be deleted. */
export type PushOutcome = 'delivered' | 'gone'

export type PushSender = (message: PushMessage) => Promise<PushOutcome>

export class PushServiceError extends Error {
  constructor(readonly status: number) {
    super(`push service answered ${status}`)
    this.name = 'PushServiceError'
  }
}

export const webPushSender: PushSender = async ({ subscription, payload, vapid }) => {
  const request = webPush.generateRequestDetails(
    { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
    payload,
    { TTL: pushTtlSeconds, urgency: 'normal', vapidDetails: vapid, contentEncoding: 'aes128gcm' },
  )
  const response = await fetch(request.endpoint, {
    method: request.method,
    headers: request.headers,
    body: request.body && new Uint8Array(request.body),
    signal: AbortSignal.timeout(sendTimeoutMs),
  })
  await response.body?.cancel()
  if (response.status === 404 || response.status === 410) return 'gone'
  if (!response.ok) throw new PushServiceError(response.status)
  return 'delivered'
}
