/**
 * The only SQL of email: the outbox (written in the transaction of the change it announces, claimed
 * by the worker with a lease) and the local mailbox (what was "sent" without Resend).
 */
import { and, asc, desc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm'
import { emailOutbox, localMailbox } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import type { EmailData, EmailLocale, EmailTemplate } from './templates/email-data.ts'

export type OutboxRow = typeof emailOutbox.$inferSelect
export type MailboxRow = typeof localMailbox.$inferSelect

export type NewEmail<T extends EmailTemplate> = {
  /** `order:<id>:<template>[:<refund id>]`: a replayed change enqueues nothing new. */
  readonly dedupeKey: string
  readonly template: T
  readonly to: string
  readonly locale: EmailLocale
  readonly data: EmailData<T>
}

/** True when the row was added, false when its dedupe key was already there. */
export async function enqueueEmail<T extends EmailTemplate>(db: Db, email: NewEmail<T>): Promise<boolean> {
  const rows = await db
    .insert(emailOutbox)
    .values({
      dedupeKey: email.dedupeKey,
      template: email.template,
      toAddress: email.to,
      locale: email.locale,
      data: email.data,
    })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id })
  return rows.length === 1
}

/**
 * Claims the most overdue pending email: one statement that skips rows another worker holds, counts
 * the attempt and pushes `next_attempt_at` to the end of a lease. The email is sent after this
 * commits; if the worker dies before marking it, the row is simply due again once the lease ends.
 */
export async function claimDueEmail(db: Db, now: Date, leaseUntil: Date): Promise<OutboxRow | undefined> {
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now)))
    .orderBy(asc(emailOutbox.nextAttemptAt), asc(emailOutbox.id))
    .limit(1)
    .for('update', { skipLocked: true })
  const [row] = await db
    .update(emailOutbox)
    .set({ attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: leaseUntil })
    .where(inArray(emailOutbox.id, due))
    .returning()
  return row
}

/** Only the claim that made `attempts` may settle the row: a worker whose lease ran out changes nothing. */
const claimed = (row: Pick<OutboxRow, 'id' | 'attempts'>) =>
  and(eq(emailOutbox.id, row.id), eq(emailOutbox.status, 'pending'), eq(emailOutbox.attempts, row.attempts))

export async function markEmailSent(db: Db, row: OutboxRow, providerMessageId: string, now: Date): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ status: 'sent', sentAt: now, providerMessageId, lastError: null })
    .where(claimed(row))
}

/** Not sent: the address unsubscribed from the email's topic. */
export async function markEmailSkipped(db: Db, row: OutboxRow): Promise<void> {
  await db.update(emailOutbox).set({ status: 'skipped', lastError: null }).where(claimed(row))
}

/** A failed attempt: due again at `retryAt`, or dead (null) once the attempts are used up. */
export async function markEmailFailed(db: Db, row: OutboxRow, error: string, retryAt: Date | null): Promise<void> {
  await db
    .update(emailOutbox)
    .set(retryAt ? { lastError: error, nextAttemptAt: retryAt } : { lastError: error, status: 'dead' })
    .where(claimed(row))
}

export type LocalMail = {
  readonly outboxId: number
  readonly to: string
  readonly subject: string
  readonly html: string
  readonly text: string
}

/**
 * Delivers into the local mailbox once per outbox row: a resend after a crash finds the first copy
 * (the local counterpart of Resend's idempotency key). Returns the mailbox row's id.
 */
export async function deliverLocally(db: Db, mail: LocalMail): Promise<number> {
  return db.transaction(async (tx) => {
    // Serialises two deliveries of one row (a lease that ran out while the first was still busy).
    await tx.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.id, mail.outboxId)).for('update')
    const [earlier] = await tx
      .select({ id: localMailbox.id })
      .from(localMailbox)
      .where(eq(localMailbox.outboxId, mail.outboxId))
    if (earlier) return earlier.id
    const [row] = await tx
      .insert(localMailbox)
      .values({ outboxId: mail.outboxId, toAddress: mail.to, subject: mail.subject, html: mail.html, text: mail.text })
      .returning({ id: localMailbox.id })
    if (!row) throw new Error('insert into local_mailbox returned no row')
    return row.id
  })
}

/** Where the previous page ended, in the list's (sent_at desc, id desc) order. */
export type MailboxCursor = { readonly sentAt: string; readonly id: number }

export async function listMailbox(db: Db, after: MailboxCursor | null, limit: number) {
  return db
    .select({
      id: localMailbox.id,
      toAddress: localMailbox.toAddress,
      subject: localMailbox.subject,
      sentAt: localMailbox.sentAt,
    })
    .from(localMailbox)
    .where(
      after
        ? or(
            lt(localMailbox.sentAt, new Date(after.sentAt)),
            and(eq(localMailbox.sentAt, new Date(after.sentAt)), lt(localMailbox.id, after.id)),
          )
        : undefined,
    )
    .orderBy(desc(localMailbox.sentAt), desc(localMailbox.id))
    .limit(limit)
}

export async function readMailboxEmail(db: Db, id: number): Promise<MailboxRow | undefined> {
  const [row] = await db.select().from(localMailbox).where(eq(localMailbox.id, id))
  return row
}
