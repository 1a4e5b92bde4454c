/**
 * `/api/admin/flags` and `/api/admin/experiments` (the role is checked by admin.routes.ts). An
 * experiment is a rule of a flag: it is created and changed by writing its flag.
 */
import { Hono } from 'hono'
import {
  flagAuditQuery,
  flagCreateInput,
  flagDeleteQuery,
  flagKeyParam,
  flagUpdateInput,
} from '../../shared/experiments/flag-api.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { validate } from '../platform/validation.ts'
import {
  createFlag,
  deleteFlag,
  experimentResults,
  getAdminFlag,
  listAdminFlags,
  listAudit,
  listExperiments,
  setFlagKilled,
  updateFlag,
} from './flags.service.ts'

const actorOf = (c: { var: SessionEnv['Variables'] }) => c.var.session.user?.id ?? ''

export const adminFlagRoutes = new Hono<SessionEnv>()
  .get('/', async (c) => c.json(await listAdminFlags(c.var.deps)))
  .get('/audit', validate('query', flagAuditQuery), async (c) =>
    c.json(await listAudit(c.var.deps, c.req.valid('query'))),
  )
  .post('/', validate('json', flagCreateInput), async (c) =>
    c.json(await createFlag(c.var.deps, c.req.valid('json'), actorOf(c)), 201),
  )
  .get('/:key', validate('param', flagKeyParam), async (c) =>
    c.json(await getAdminFlag(c.var.deps, c.req.valid('param').key)),
  )
  .put('/:key', validate('param', flagKeyParam), validate('json', flagUpdateInput), async (c) =>
    c.json(await updateFlag(c.var.deps, c.req.valid('param').key, c.req.valid('json'), actorOf(c))),
  )
  .delete('/:key', validate('param', flagKeyParam), validate('query', flagDeleteQuery), async (c) => {
    await deleteFlag(c.var.deps, c.req.valid('param').key, c.req.valid('query').revision, actorOf(c))
    return c.body(null, 204)
  })
  .post('/:key/kill', validate('param', flagKeyParam), async (c) =>
    c.json(await setFlagKilled(c.var.deps, c.req.valid('param').key, true, actorOf(c))),
  )
  .post('/:key/revive', validate('param', flagKeyParam), async (c) =>
    c.json(await setFlagKilled(c.var.deps, c.req.valid('param').key, false, actorOf(c))),
  )

export const adminExperimentRoutes = new Hono<SessionEnv>()
  .get('/', async (c) => c.json(await listExperiments(c.var.deps)))
  .get('/:key/results', validate('param', flagKeyParam), async (c) =>
    c.json(await experimentResults(c.var.deps, c.req.valid('param').key)),
  )
