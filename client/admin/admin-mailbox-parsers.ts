/** Shape checks of `GET /api/admin/mailbox` and `GET /api/admin/mailbox/:id` (the client ships no zod). */
import type { MailboxEmail, MailboxPage, MailboxSummary } from '../../shared/email/mailbox.ts'
import { isRecord } from '../orders/parse-order.ts'

export function parseMailboxPage(body: unknown): MailboxPage {
  if (!isRecord(body) || !Array.isArray(body.emails)) throw new TypeError('mailbox: emails is not an array')
  if (!(body.nextCursor === null || typeof body.nextCursor === 'string')) throw new TypeError('mailbox: bad nextCursor')
  const bad = body.emails.findIndex((email) => !isSummary(email))
  if (bad >= 0) throw new TypeError(`mailbox: bad email at ${bad}`)
  return body as MailboxPage
}

export function parseMailboxEmail(body: unknown): MailboxEmail {
  if (!isSummary(body) || typeof (body as { html?: unknown }).html !== 'string')
    throw new TypeError('mailbox email: bad shape')
  if (typeof (body as { text?: unknown }).text !== 'string') throw new TypeError('mailbox email: bad text')
  return body as MailboxEmail
}

function isSummary(value: unknown): value is MailboxSummary {
  return (
    isRecord(value) &&
    typeof value.id === 'number' &&
    typeof value.to === 'string' &&
    typeof value.subject === 'string' &&
    typeof value.sentAt === 'string'
  )
}
