/** `/api/admin/mailbox`: the local mailbox for the admin (the role is checked by admin.routes.ts). */
import { Hono } from 'hono'
import { mailboxIdParam, mailboxQuery } from '../../shared/email/mailbox-schema.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { validate } from '../platform/validation.ts'
import { listMailboxForAdmin, readMailboxEmailForAdmin } from './mailbox.service.ts'

/**
 * An email's HTML, shown to the admin as it would look in a mail client: its inline styles apply
 * (the shop's own `style-src 'self'` would block them in a srcdoc frame, which inherits it), and
 * nothing else does. No script, no request anywhere (images only as data:), no form, no base URL;
 * `sandbox` makes it an opaque origin even when opened outside the frame; only the shop's own pages
 * may frame it. These headers replace the shop's for this response (response-headers.ts).
 */
export const emailDocumentHeaders = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox",
  'X-Frame-Options': 'SAMEORIGIN',
  'Cache-Control': 'private, no-store',
  'Referrer-Policy': 'no-referrer',
} as const

export const adminMailboxRoutes = new Hono<SessionEnv>()
  .get('/', validate('query', mailboxQuery), async (c) =>
    c.json(await listMailboxForAdmin(c.var.deps, c.req.valid('query'))),
  )
  .get('/:id', validate('param', mailboxIdParam), async (c) =>
    c.json(await readMailboxEmailForAdmin(c.var.deps, c.req.valid('param').id)),
  )
  // The HTML body as a document of its own, for the mailbox's iframe (decision 0020).
  .get('/:id/html', validate('param', mailboxIdParam), async (c) => {
    const email = await readMailboxEmailForAdmin(c.var.deps, c.req.valid('param').id)
    return c.body(email.html, 200, { 'Content-Type': 'text/html; charset=utf-8', ...emailDocumentHeaders })
  })
