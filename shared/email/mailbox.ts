/** The local mailbox as the admin API returns it (zod-free, so the admin page imports it without the schema library). */

/** One row of `GET /api/admin/mailbox`. */
export type MailboxSummary = {
  readonly id: number
  readonly to: string
  readonly subject: string
  readonly sentAt: string
}

/** A page of `GET /api/admin/mailbox`, newest first; `nextCursor` is null on the last page. */
export type MailboxPage = {
  readonly emails: readonly MailboxSummary[]
  readonly nextCursor: string | null
}

/** `GET /api/admin/mailbox/:id`: the email with both bodies. */
export type MailboxEmail = MailboxSummary & { readonly html: string; readonly text: string }
