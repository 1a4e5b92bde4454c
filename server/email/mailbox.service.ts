/** The admin's view of the local mailbox: a keyset list, newest first, and one email in full. */
import { z } from 'zod'
import { storableDateTime } from '../../shared/date-time-schema.ts'
import type { MailboxEmail, MailboxPage } from '../../shared/email/mailbox.ts'
import type { MailboxQuery } from '../../shared/email/mailbox-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../platform/opaque-cursor.ts'
import { listMailbox, type MailboxCursor, readMailboxEmail } from './email-outbox.repository.ts'

type MailboxDeps = Pick<AppDeps, 'db'>

// `m` tags the cursor as this list's, so another list's cursor is refused, not misread.
const wireCursor = z.object({ m: z.tuple([storableDateTime, z.number().int().positive()]) }).strict()

export async function listMailboxForAdmin(deps: MailboxDeps, query: MailboxQuery): Promise<MailboxPage> {
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor)
  // One extra row tells whether another page exists without a count query.
  const rows = await listMailbox(deps.db, after, query.limit + 1)
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  const nextCursor =
    rows.length > query.limit && last ? encodeOpaqueCursor({ m: [last.sentAt.toISOString(), last.id] }) : null
  return {
    emails: page.map((r) => ({ id: r.id, to: r.toAddress, subject: r.subject, sentAt: r.sentAt.toISOString() })),
    nextCursor,
  }
}

export async function readMailboxEmailForAdmin(deps: MailboxDeps, id: number): Promise<MailboxEmail> {
  const row = await readMailboxEmail(deps.db, id)
  if (!row) throw new AppError(ErrorCode.NotFound, `No email ${id} in the mailbox.`)
  return {
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    sentAt: row.sentAt.toISOString(),
    html: row.html,
    text: row.text,
  }
}

function decodeCursor(raw: string): MailboxCursor {
  const wire = decodeOpaqueCursor(raw, wireCursor)
  if (!wire) {
    throw new AppError(ErrorCode.InvalidCursor, 'The cursor is malformed or belongs to another list.', [
      { path: 'query.cursor', message: 'is not a cursor of this list' },
    ])
  }
  return { sentAt: wire.m[0], id: wire.m[1] }
}
