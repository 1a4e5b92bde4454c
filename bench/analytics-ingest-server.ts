// The server bench/analytics-ingest.ts measures, in a process of its own: the shop's app on a fresh
// PGlite directory (or DATABASE_URL's PostgreSQL), migrated, trusting X-Forwarded-For so the bench's
// batches come from many addresses as a real audience's would (each under the per-address limit).
import { serve } from '@hono/node-server'
import { createApp } from '../server/app.ts'
import { loadConfig } from '../server/env.ts'
import { openDatabase } from '../server/platform/db.ts'
import { createLogger } from '../server/platform/logger.ts'
import { migrateDatabase } from '../server/platform/migrate.ts'

const config = loadConfig({ ...process.env, TRUST_PROXY: 'true', LOG_LEVEL: 'warn' })
const database = await openDatabase(config.database)
await migrateDatabase(database.db, { schema: config.database.schema })
const app = createApp({ config, db: database.db, logger: createLogger('warn') })
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () => {
  process.stdout.write('ready\n')
})
process.on('SIGTERM', () => {
  server.close(() => void database.close().then(() => process.exit(0)))
})
