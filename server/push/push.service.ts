/** Web Push subscriptions of the shopper's devices and the VAPID keys that sign every push. */
import webPush from 'web-push'
import { ErrorCode } from '../../shared/errors.ts'
import type { PushPublicKey, PushSubscriptionInput } from '../../shared/push/push-schema.ts'
import type { ActiveSession } from '../account/session.service.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import {
  deleteSubscriptionOf,
  readVapidKeys,
  storeVapidKeys,
  upsertSubscription,
  type VapidKeyPair,
} from './push.repository.ts'

type Deps = Pick<AppDeps, 'config' | 'db'>

/** The env's pair when set; else the stored one, generated on first use (every instance agrees). */
export async function vapidKeysOf(deps: Deps): Promise<VapidKeyPair> {
  if (deps.config.push.vapidKeys) return deps.config.push.vapidKeys
  return (await readVapidKeys(deps.db)) ?? storeVapidKeys(deps.db, webPush.generateVAPIDKeys())
}

export async function readPublicKey(deps: Deps): Promise<PushPublicKey> {
  return { publicKey: (await vapidKeysOf(deps)).publicKey }
}

export async function subscribe(deps: Deps, session: ActiveSession, input: PushSubscriptionInput): Promise<void> {
  assertEndpointAllowed(deps, input.endpoint)
  await upsertSubscription(deps.db, {
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    shopperId: session.shopperId,
    userId: session.user?.id ?? null,
  })
}

export async function unsubscribe(deps: Deps, session: ActiveSession, endpoint: string): Promise<void> {
  const owner = { shopperId: session.shopperId, userId: session.user?.id ?? null }
  if (!(await deleteSubscriptionOf(deps.db, endpoint, owner)))
    throw new AppError(ErrorCode.NotFound, 'No such push subscription.')
}

/** Push services are https; a plain-http loopback endpoint is a test's stub, allowed only in tests. */
function assertEndpointAllowed(deps: Deps, endpoint: string): void {
  const url = new URL(endpoint)
  if (url.protocol === 'https:') return
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost'
  if (deps.config.nodeEnv === 'test' && loopback) return
  throw new AppError(ErrorCode.InvalidInput, 'The request is invalid.', [
    { path: 'json.endpoint', message: 'must be an https URL' },
  ])
}
