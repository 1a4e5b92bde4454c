import { randomUUID } from 'node:crypto'
import { eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { emailOutbox, localMailbox } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { leaseMs, retryDelayMs, sendDueEmails } from './email-outbox.job.ts'
import { claimDueEmail, enqueueEmail } from './email-outbox.repository.ts'
import { createLocalMailboxSender, type EmailSender, type OutgoingEmail } from './email-sender.ts'

const minute = 60_000

describe('retryDelayMs', () => {
  it('doubles from 30 s, capped at an hour, with at most half of it random', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n, () => 0))).toEqual([15_000, 30_000, 60_000])
    expect([1, 2, 3].map((n) => retryDelayMs(n, () => 0.999_999))).toEqual([30_000, 60_000, 120_000])
    expect(retryDelayMs(20, () => 0)).toBe(30 * minute)
  })
})

describe.each(await databaseTargets())('email outbox worker on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const db = () => database().db

  const enqueue = async (count = 1): Promise<number[]> => {
    const keys = Array.from({ length: count }, () => `order:${randomUUID()}:order_delivered`)
    for (const dedupeKey of keys)
      await enqueueEmail(db(), {
        dedupeKey,
        template: 'order_delivered',
        to: 'shopper@example.com',
        locale: 'en',
        data: { orderId: randomUUID() },
      })
    const rows = await db().select({ id: emailOutbox.id }).from(emailOutbox).where(inArray(emailOutbox.dedupeKey, keys))
    return rows.map((r) => r.id)
  }
  const outboxRow = async (id: number) => {
    const [row] = await db().select().from(emailOutbox).where(eq(emailOutbox.id, id))
    if (!row) throw new Error(`no outbox row ${id}`)
    return row
  }
  /** A clock far enough ahead that every row enqueued so far is due, moving on per test. */
  let offset = 0
  const later = (ms = 0) => {
    offset += 10 * 24 * 60 * minute
    const at = Date.now() + offset + ms
    return () => new Date(at)
  }
  const recording = (inner?: EmailSender) => {
    const sent: OutgoingEmail[] = []
    const sender: EmailSender = {
      name: 'local-mailbox',
      send: async (email) => {
        sent.push(email)
        return inner ? inner.send(email) : `test:${email.outboxId}`
      },
    }
    return { sent, sender }
  }
  const worker = (sender: EmailSender, clock: () => Date, on: Db = db()) => ({
    db: on,
    logger: createLogger('silent'),
    clock,
    sender,
    maxAttempts: 3,
    shopUrl: 'https://shop.example.com',
    random: () => 0,
  })

  it('sends a due email into the local mailbox, rendered, and marks it sent', async () => {
    const [id] = await enqueue()
    const clock = later()
    await sendDueEmails(worker(createLocalMailboxSender(db()), clock))
    const row = await outboxRow(id!)
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null })
    const mail = await db().select().from(localMailbox).where(eq(localMailbox.outboxId, id!))
    expect(mail).toHaveLength(1)
    expect(row.providerMessageId).toBe(`local:${mail[0]!.id}`)
    expect(mail[0]).toMatchObject({ toAddress: 'shopper@example.com' })
    expect(mail[0]!.subject).toMatch(/^Order [0-9A-F]{8} was delivered$/)
    expect(mail[0]!.html).toContain('<h1')
    // Links point at the shop's public origin the worker was given.
    expect(mail[0]!.text).toMatch(/View your order: https:\/\/shop\.example\.com\/en\/orders\/[0-9a-f-]{36}\n/)
  })

  it('never sends one email twice with two workers on two connections', async () => {
    const ids = await enqueue(12)
    const clock = later()
    const { sent, sender } = recording()
    const other = await database().openAnother()
    try {
      await Promise.all([sendDueEmails(worker(sender, clock)), sendDueEmails(worker(sender, clock, other.db))])
    } finally {
      await other.close()
    }
    const ours = sent.map((e) => e.outboxId).filter((id) => ids.includes(id))
    expect(ours.sort()).toEqual([...ids].sort())
    const rows = await db().select().from(emailOutbox).where(inArray(emailOutbox.id, ids))
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true)
  })

  it('sends an email claimed by a worker that crashed before sending once its lease ends, and only once', async () => {
    const [id] = await enqueue()
    const clock = later()
    // The crash: the claim committed, then the worker died without sending or marking the row.
    const claimed = await claimDueEmail(db(), clock(), new Date(clock().getTime() + leaseMs))
    expect(claimed?.id).toBe(id)

    const { sent, sender } = recording(createLocalMailboxSender(db()))
    await sendDueEmails(worker(sender, () => new Date(clock().getTime() + leaseMs - 1)))
    expect(sent.filter((e) => e.outboxId === id)).toHaveLength(0) // still leased

    const afterLease = () => new Date(clock().getTime() + leaseMs)
    await sendDueEmails(worker(sender, afterLease))
    await sendDueEmails(worker(sender, afterLease))
    expect(sent.filter((e) => e.outboxId === id)).toHaveLength(1)
    expect(await outboxRow(id!)).toMatchObject({ status: 'sent', attempts: 2 })
    expect(await db().select().from(localMailbox).where(eq(localMailbox.outboxId, id!))).toHaveLength(1)
  })

  it('gives the provider the same idempotency key on every attempt, and delivers locally once', async () => {
    const [id] = await enqueue()
    const local = createLocalMailboxSender(db())
    const email = { outboxId: id!, idempotencyKey: 'k', to: 'a@example.com', subject: 's', html: 'h', text: 't' }
    expect(await local.send(email)).toBe(await local.send(email))
    expect(await db().select().from(localMailbox).where(eq(localMailbox.outboxId, id!))).toHaveLength(1)
  })

  it('retries a failing provider with growing backoff, then dead-letters it after the last attempt', async () => {
    const [id] = await enqueue()
    const errors: unknown[] = []
    const failing: EmailSender = {
      name: 'resend',
      send: async () => {
        throw new Error('provider down')
      },
    }
    const start = later()().getTime()
    const deps = (at: number) => ({
      ...worker(failing, () => new Date(at)),
      logger: Object.assign(createLogger('silent'), { error: (...args: unknown[]) => errors.push(args) }),
    })
    await sendDueEmails(deps(start))
    const first = await outboxRow(id!)
    expect(first).toMatchObject({ status: 'pending', attempts: 1, lastError: 'provider down' })
    expect(first.nextAttemptAt.getTime() - start).toBe(15_000)

    await sendDueEmails(deps(start + 14_000)) // not due yet
    expect((await outboxRow(id!)).attempts).toBe(1)

    await sendDueEmails(deps(start + 15_000))
    const second = await outboxRow(id!)
    expect(second).toMatchObject({ status: 'pending', attempts: 2 })
    expect(second.nextAttemptAt.getTime() - (start + 15_000)).toBe(30_000)

    await sendDueEmails(deps(start + 45_000))
    expect(await outboxRow(id!)).toMatchObject({ status: 'dead', attempts: 3, lastError: 'provider down' })
    // Rows left pending by earlier tests fail here too: count this row's.
    expect(errors.filter((args) => (args as [{ outboxId: number }])[0].outboxId === id)).toHaveLength(1)

    await sendDueEmails(deps(start + 100 * minute)) // dead stays dead
    expect((await outboxRow(id!)).attempts).toBe(3)
  })
})
