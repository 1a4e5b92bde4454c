/**
 * `/api/admin/api-keys` (mounted in admin.routes.ts, behind its admin guard and the cookie CSRF
 * check): list, create, rotate, revoke, and the audit log of one key. Create and rotate answer the
 * token once; nothing else ever shows it.
 */

import type { Context } from 'hono'
import { Hono } from 'hono'
import { apiKeyIdParam, createApiKeyInput, rotateApiKeyInput } from '../../shared/api-keys/api-key-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { clientIp } from '../platform/client-ip.ts'
import { AppError } from '../platform/http-errors.ts'
import { validate } from '../platform/validation.ts'
import {
  createApiKey,
  type KeyActor,
  listApiKeys,
  readApiKeyAudit,
  revokeApiKey,
  rotateApiKey,
} from './api-keys.service.ts'

function actorOf(c: Context<SessionEnv>): KeyActor {
  const { user } = c.var.session
  if (!user) throw new AppError(ErrorCode.Unauthenticated, 'Sign in first.')
  return { userId: user.id, ip: clientIp(c, c.var.deps.config.trustProxy) }
}

export const adminApiKeyRoutes = new Hono<SessionEnv>()
  .get('/', async (c) => c.json({ keys: await listApiKeys(c.var.deps) }))
  .post('/', validate('json', createApiKeyInput), async (c) =>
    c.json(await createApiKey(c.var.deps, actorOf(c), c.req.valid('json')), 201),
  )
  .post('/:id/rotate', validate('param', apiKeyIdParam), validate('json', rotateApiKeyInput), async (c) =>
    c.json(await rotateApiKey(c.var.deps, actorOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .post('/:id/revoke', validate('param', apiKeyIdParam), async (c) =>
    c.json(await revokeApiKey(c.var.deps, actorOf(c), c.req.valid('param').id)),
  )
  .get('/:id/audit', validate('param', apiKeyIdParam), async (c) =>
    c.json({ entries: await readApiKeyAudit(c.var.deps, c.req.valid('param').id) }),
  )
