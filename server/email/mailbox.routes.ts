/** `/api/admin/mailbox`: the local mailbox for the admin (the role is checked by admin.routes.ts). */
import { Hono } from 'hono'
import { mailboxIdParam, mailboxQuery } from '../../shared/email/mailbox-schema.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { validate } from '../platform/validation.ts'
import { listMailboxForAdmin, readMailboxEmailForAdmin } from './mailbox.service.ts'

export const adminMailboxRoutes = new Hono<SessionEnv>()
  .get('/', validate('query', mailboxQuery), async (c) =>
    c.json(await listMailboxForAdmin(c.var.deps, c.req.valid('query'))),
  )
  .get('/:id', validate('param', mailboxIdParam), async (c) =>
    c.json(await readMailboxEmailForAdmin(c.var.deps, c.req.valid('param').id)),
  )
