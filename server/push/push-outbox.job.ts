/**
 * The push worker: takes queued order status changes (several instances share the queue through
 * SKIP LOCKED) and pushes each to the devices of the order's shopper, outside any transaction.
 * A subscription the push service no longer knows (404/410) is deleted; other failures are logged
 * and not retried — a status push is a hint, the order page stays the truth.
 */

import { formatOrderNumber } from '../../shared/orders/order-number.ts'
import type { OrderPushPayload } from '../../shared/push/push-schema.ts'
import { emailLocaleOf } from '../email/templates/email-data.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { type PollingJob, startPollingJob } from '../platform/polling-job.ts'
import { deleteSubscription, type PushOutboxRow, pushTargetOf, takeQueuedPushes } from './push.repository.ts'
import { vapidKeysOf } from './push.service.ts'
import { statusNotification } from './push-copy.ts'
import type { PushSender } from './push-sender.ts'

export type PushWorkerDeps = Pick<AppDeps, 'config' | 'db' | 'logger'> & { readonly pushSender: PushSender }

const batchSize = 20

/** One pass: pushes up to `limit` queued changes; returns how many it took. */
export async function sendQueuedPushes(deps: PushWorkerDeps, limit = batchSize): Promise<number> {
  const rows = await takeQueuedPushes(deps.db, limit)
  for (const row of rows) await pushStatusChange(deps, row)
  return rows.length
}

async function pushStatusChange(deps: PushWorkerDeps, row: PushOutboxRow): Promise<void> {
  const target = await pushTargetOf(deps.db, row.orderId)
  if (!target || target.subscriptions.length === 0) return
  const vapid = { ...(await vapidKeysOf(deps)), subject: deps.config.push.subject }
  const payload: OrderPushPayload = {
    orderId: row.orderId,
    status: row.status,
    number: formatOrderNumber(target.orderNumber),
    ...statusNotification(emailLocaleOf(target.locale), formatOrderNumber(target.orderNumber), row.status),
  }
  for (const subscription of target.subscriptions) {
    try {
      const outcome = await deps.pushSender({ subscription, payload: JSON.stringify(payload), vapid })
      if (outcome === 'gone') {
        await deleteSubscription(deps.db, subscription.id)
        deps.logger.info({ subscriptionId: subscription.id }, 'push subscription gone, deleted')
      }
    } catch (error) {
      deps.logger.warn({ err: error, subscriptionId: subscription.id, orderId: row.orderId }, 'push not sent')
    }
  }
}

/** Runs the job every `intervalMs` until stopped (server/platform/polling-job.ts). */
export function startPushOutbox(deps: PushWorkerDeps, intervalMs = 2_000): PollingJob {
  return startPollingJob({
    name: 'push outbox',
    intervalMs,
    logger: deps.logger,
    pass: async () => (await sendQueuedPushes(deps)) === batchSize,
  })
}
