// The server half of bench/sse.ts, run as its child process so its memory is its own: one app
// instance (in-process bus, default 25 s heartbeat) on an in-memory PGlite or, with DATABASE_URL,
// on PostgreSQL in a schema of its own (dropped on stop). Driven over the IPC channel; the admin's
// login comes in ADMIN_EMAIL and ADMIN_PASSWORD.
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import postgres from 'postgres'
import { ensureAdmin } from '../server/account/account.service.ts'
import { startGuestSession } from '../server/account/session.service.ts'
import { createApp } from '../server/app.ts'
import { loadConfig } from '../server/env.ts'
import { createLiveStreams } from '../server/events/live-streams.ts'
import { openDatabase } from '../server/platform/db.ts'
import { createLogger } from '../server/platform/logger.ts'
import { migrateDatabase } from '../server/platform/migrate.ts'
import { createTestProduct } from '../server/test-support/test-checkout.ts'

export type BenchSession = { readonly token: string; readonly csrfToken: string }
export type ServerStats = { readonly rssMb: number; readonly heapMb: number; readonly streams: number }
export type ToServer = { type: 'sessions'; count: number } | { type: 'stats' } | { type: 'stop' }
export type FromServer =
  | { type: 'ready'; pid: number; port: number; productId: string; database: string }
  | { type: 'sessions'; sessions: BenchSession[] }
  | { type: 'stats'; stats: ServerStats }

const databaseUrl = process.env.DATABASE_URL || undefined
const schema = databaseUrl ? `bench_sse_${randomBytes(4).toString('hex')}` : undefined
const logger = createLogger('silent')
const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-sse-')),
  TRUST_PROXY: 'true',
  ADMIN_EMAIL: process.env.ADMIN_EMAIL,
  ADMIN_PASSWORD: process.env.ADMIN_PASSWORD,
})

const send = (message: FromServer) => process.send?.(message)

if (schema) await withAdmin((sql) => sql.unsafe(`create schema "${schema}"`))
const database = await openDatabase({ url: databaseUrl, schema, pgliteDir: undefined })
await migrateDatabase(database.db, { schema })
await ensureAdmin({ db: database.db, config, logger })
const productId = await createTestProduct(database.db, { stock: 1_000_000, price: 1000 })
const liveStreams = createLiveStreams()
const app = createApp({ config, db: database.db, logger, liveStreams })
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  send({
    type: 'ready',
    pid: process.pid,
    port: info.port,
    productId,
    database: schema ? `PostgreSQL (${schema})` : 'PGlite in memory',
  })
})

/**
 * Guest sessions straight through the session service (a shopper and a session row each), not
 * through HTTP: the bench measures holding streams, and 10,000 sign-ups would only measure sign-up.
 */
async function createSessions(count: number): Promise<BenchSession[]> {
  const deps = { db: database.db, config, clock: () => new Date() }
  const sessions: BenchSession[] = []
  for (let i = 0; i < count; i += 20) {
    const batch = Array.from({ length: Math.min(20, count - i) }, () => startGuestSession(deps))
    for (const issued of await Promise.all(batch)) sessions.push({ token: issued.token, csrfToken: issued.csrfToken })
  }
  return sessions
}

function stats(): ServerStats {
  ;(globalThis as { gc?: () => void }).gc?.()
  const memory = process.memoryUsage()
  return { rssMb: memory.rss / 1_048_576, heapMb: memory.heapUsed / 1_048_576, streams: liveStreams.size }
}

async function stop(): Promise<void> {
  liveStreams.closeAll()
  if ('closeAllConnections' in server) server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await database.close()
  if (schema) await withAdmin((sql) => sql.unsafe(`drop schema if exists "${schema}" cascade`))
  process.exit(0)
}

async function withAdmin<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(databaseUrl ?? '', { max: 1, onnotice: () => {} })
  try {
    return await work(sql)
  } finally {
    await sql.end({ timeout: 5 })
  }
}

process.on('message', async (message: ToServer) => {
  if (message.type === 'sessions') send({ type: 'sessions', sessions: await createSessions(message.count) })
  if (message.type === 'stats') send({ type: 'stats', stats: stats() })
  if (message.type === 'stop') await stop()
})
process.on('disconnect', () => void stop())
