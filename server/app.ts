import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { ErrorCode } from '../shared/errors.ts'
import { categoryRoutes, productRoutes } from './catalog/catalog.routes.ts'
import type { Config } from './env.ts'
import { healthRoutes } from './health/health.routes.ts'
import { mediaRoutes } from './media/media.routes.ts'
import type { AppDeps, AppEnv } from './platform/app-env.ts'
import type { Db } from './platform/db.ts'
import { onError, onNotFound, problem } from './platform/http-errors.ts'
import type { Logger } from './platform/logger.ts'
import { requestLog } from './platform/request-log.ts'
import { spaRoutes } from './platform/static-files.ts'
import { catalogSyncRoutes } from './sync/catalog-sync.routes.ts'

export type CreateAppInput = { config: Config; db: Db; logger: Logger; clock?: () => Date }

export function createApp(input: CreateAppInput) {
  const deps: AppDeps = { ...input, clock: input.clock ?? (() => new Date()) }
  const api = new Hono<AppEnv>()
    .route('/categories', categoryRoutes)
    .route('/products', productRoutes)
    .route('/sync', catalogSyncRoutes)
    // Unknown API paths are a problem+json 404, never the SPA shell.
    .all('*', (c) => problem(c, ErrorCode.NotFound, `No route for ${c.req.method} ${c.req.path}`))

  return new Hono<AppEnv>()
    .use(requestId({ headerName: 'X-Request-Id' }))
    .use(requestLog(deps.logger))
    .use(async (c, next) => {
      c.set('deps', deps)
      await next()
    })
    .route('/', healthRoutes)
    .route('/api', api)
    .route('/media', mediaRoutes(deps.config.dataDir))
    .route('/', spaRoutes(deps.config.distDir, deps.logger))
    .onError(onError)
    .notFound(onNotFound)
}

export type AppType = ReturnType<typeof createApp>
