/**
 * The email worker (decision 0010): claims one due outbox row at a time with SKIP LOCKED (several
 * instances share the queue), renders it in its locale, sends it outside any transaction, then marks
 * it sent. A failure is retried with capped exponential backoff and jitter; after
 * EMAIL_MAX_ATTEMPTS the row is dead-lettered and the error logged. A crash between claim and send
 * loses nothing: the claim is a lease, and the row is due again when it ends.
 */

import type { AppDeps } from '../platform/app-env.ts'
import { type PollingJob, startPollingJob } from '../platform/polling-job.ts'
import {
  claimDueEmail,
  markEmailFailed,
  markEmailSent,
  markEmailSkipped,
  type OutboxRow,
} from './email-outbox.repository.ts'
import type { EmailSender } from './email-sender.ts'
import { emailLocaleOf, emailTopicOf, isEmailTemplate } from './templates/email-data.ts'
import { renderEmail } from './templates/render-email.ts'
import { isUnsubscribed } from './unsubscribe.ts'

export type EmailWorkerDeps = Pick<AppDeps, 'db' | 'logger' | 'clock'> & {
  readonly sender: EmailSender
  readonly maxAttempts: number
  /** The shop's public origin (PUBLIC_URL), which the emails link to. */
  readonly shopUrl: string
  /** 0 ≤ random() < 1, for the jitter; tests pass a constant. */
  readonly random?: () => number
}

/** Longer than any send may take: a worker still sending when it ends could send twice (the idempotency key then saves us). */
export const leaseMs = 5 * 60_000
const baseDelayMs = 30_000
const maxDelayMs = 60 * 60_000
const batchSize = 20

/**
 * The wait before attempt `attempts + 1`: 30 s doubling per attempt, capped at an hour, with
 * "equal jitter" (half fixed, half random) so rows that failed together do not retry together.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1))
  return Math.round(exponential / 2 + (exponential / 2) * random())
}

/** One pass: sends up to `limit` due emails; returns how many rows it claimed. */
export async function sendDueEmails(deps: EmailWorkerDeps, limit = batchSize): Promise<number> {
  let claimed = 0
  while (claimed < limit) {
    const now = deps.clock()
    const row = await claimDueEmail(deps.db, now, new Date(now.getTime() + leaseMs))
    if (!row) break
    claimed++
    await sendClaimed(deps, row)
  }
  return claimed
}

async function sendClaimed(deps: EmailWorkerDeps, row: OutboxRow): Promise<void> {
  try {
    if (!isEmailTemplate(row.template)) throw new Error(`unknown email template ${row.template}`)
    // Checked at sending, not enqueueing: an address may unsubscribe while its email waits.
    const topic = emailTopicOf[row.template]
    if (topic && (await isUnsubscribed(deps.db, { email: row.toAddress, topic }))) {
      await markEmailSkipped(deps.db, row)
      return
    }
    const { unsubscribeUrl, ...rendered } = renderEmail(row.template, emailLocaleOf(row.locale), row.data, {
      url: deps.shopUrl,
    })
    const messageId = await deps.sender.send({
      idempotencyKey: row.dedupeKey,
      outboxId: row.id,
      to: row.toAddress,
      ...rendered,
      // RFC 8058 one-click unsubscribe: mail clients show their own button and POST to the link.
      ...(unsubscribeUrl
        ? {
            headers: {
              'List-Unsubscribe': `<${unsubscribeUrl}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            },
          }
        : {}),
    })
    await markEmailSent(deps.db, row, messageId, deps.clock())
  } catch (error) {
    await recordFailure(deps, row, error)
  }
}

async function recordFailure(deps: EmailWorkerDeps, row: OutboxRow, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  const context = { err: error, outboxId: row.id, template: row.template, attempts: row.attempts }
  if (row.attempts >= deps.maxAttempts) {
    await markEmailFailed(deps.db, row, message, null)
    deps.logger.error(context, 'email dead-lettered after its last attempt')
    return
  }
  const retryAt = new Date(deps.clock().getTime() + retryDelayMs(row.attempts, deps.random))
  await markEmailFailed(deps.db, row, message, retryAt)
  deps.logger.warn({ ...context, retryAt }, 'email not sent, retrying later')
}

/** Runs the job every `intervalMs` until stopped (server/platform/polling-job.ts). */
export function startEmailOutbox(deps: EmailWorkerDeps, intervalMs = 5_000): PollingJob {
  return startPollingJob({
    name: 'email outbox',
    intervalMs,
    logger: deps.logger,
    pass: async () => (await sendDueEmails(deps)) === batchSize,
  })
}
