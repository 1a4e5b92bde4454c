import { sql } from 'drizzle-orm'
import { Hono } from 'hono'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { problem } from '../platform/http-errors.ts'

/** Liveness (the process answers) and readiness (it can reach the database). */
export const healthRoutes = new Hono<AppEnv>()
  .get('/healthz', (c) => c.json({ status: 'ok' as const }))
  .get('/readyz', async (c) => {
    try {
      await c.var.deps.db.execute(sql`select 1`)
    } catch (error) {
      c.var.logger.warn({ err: error }, 'readiness check failed')
      return problem(c, ErrorCode.Unavailable, 'The database is unreachable.')
    }
    return c.json({ status: 'ok' as const })
  })
