/** Boot: read config, open and migrate the database, seed the demo catalog, listen, shut down cleanly. */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createApp } from './app.ts'
import { seedDemoCatalog } from './catalog/seed-demo-catalog.ts'
import { type Config, ConfigError, loadConfig } from './env.ts'
import { openDatabase } from './platform/db.ts'
import { createLogger, type Logger } from './platform/logger.ts'
import { migrateDatabase } from './platform/migrate.ts'

const shutdownTimeoutMs = 10_000

async function start(config: Config, logger: Logger): Promise<void> {
  const database = await openDatabase(config.database)
  logger.info({ kind: database.kind, schema: database.schema }, 'database opened')
  const applied = await migrateDatabase(database.db, { schema: database.schema })
  logger.info({ applied }, 'migrations applied')
  if (config.seedDemoCatalog) await seedDemoCatalog({ db: database.db, logger })

  const app = createApp({ config, db: database.db, logger })
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
    logger.info({ url: `http://${host}:${info.port}` }, 'storefront listening')
  })

  server.once('error', (error) => {
    logger.fatal({ err: error }, 'server error')
    console.error(`Storefront cannot listen on ${config.host}:${config.port}: ${error.message}`)
    process.exit(1)
  })

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down')
    // Keep-alive sockets would hold close() open until they time out; a timer bounds the wait.
    const timer = setTimeout(() => {
      logger.warn('open connections did not finish in time, closing them')
      if ('closeAllConnections' in server) server.closeAllConnections()
    }, shutdownTimeoutMs)
    if ('closeIdleConnections' in server) server.closeIdleConnections()
    server.close(async (error) => {
      clearTimeout(timer)
      if (error) logger.error({ err: error }, 'error while closing the server')
      await database.close()
      logger.info('stopped')
      process.exit(0)
    })
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

function bootConfig(): Config {
  try {
    return loadConfig()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

const config = bootConfig()
const logger = createLogger(config.logLevel)
try {
  await start(config, logger)
} catch (error) {
  logger.fatal({ err: error }, 'startup failed')
  console.error(`Storefront failed to start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
