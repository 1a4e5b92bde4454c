import type { Config } from '../env.ts'
import type { Db } from './db.ts'
import type { Logger } from './logger.ts'

/** What services may touch; tests build it with a real database and stub only what leaves the machine. */
export type AppDeps = {
  readonly config: Config
  readonly db: Db
  readonly logger: Logger
  readonly clock: () => Date
}

/** Hono environment of every route: the deps plus per-request values set by middleware. */
export type AppEnv = {
  Variables: {
    deps: AppDeps
    logger: Logger
    requestId: string
  }
}
