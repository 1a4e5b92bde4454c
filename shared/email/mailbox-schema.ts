/** Wire schemas of the admin's local mailbox (`/api/admin/mailbox`). */
import { z } from 'zod'

export const maxMailboxPage = 100

export const mailboxQuery = z
  .object({
    /** The opaque `nextCursor` of the previous page. */
    cursor: z.string().min(1).max(512).optional(),
    limit: z.coerce.number().int().min(1).max(maxMailboxPage).default(25),
  })
  .strict()
export type MailboxQuery = z.infer<typeof mailboxQuery>

export const mailboxIdParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }).strict()
