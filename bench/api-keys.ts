// Prints requests/s of an authenticated /api/v1 read (GET /api/v1/products?limit=1, key checked on
// every request) with and without the audit of uses (one upsert per request into the key's row for
// the route and minute, decision 0009), and how many audit rows that wrote. In-process (app.fetch,
// no sockets), on PGlite and, when reachable, on PostgreSQL (TEST_DATABASE_URL, a schema of its own).
// Usage: npx tsx bench/api-keys.ts [-- --seconds 3]
import { randomBytes } from 'node:crypto'
import { count, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import postgres from 'postgres'
import type { ApiKeyEnv } from '../server/api-keys/api-key-guard.ts'
import { createApiKey } from '../server/api-keys/api-keys.service.ts'
import { seedDemoCatalog } from '../server/catalog/seed-demo-catalog.ts'
import { apiKeyAudit, users } from '../server/db/schema.ts'
import { loadConfig } from '../server/env.ts'
import { createIntegrationRoutes } from '../server/integration/integration.routes.ts'
import type { AppDeps, AppEnv } from '../server/platform/app-env.ts'
import { type Database, openDatabase } from '../server/platform/db.ts'
import { onError } from '../server/platform/http-errors.ts'
import { createLogger } from '../server/platform/logger.ts'
import { migrateDatabase } from '../server/platform/migrate.ts'
import { createInProcessRateLimiter } from '../server/platform/rate-limit.ts'

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1] || 3)
const concurrency = 16
const rounds = 3
const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', API_RATE_LIMIT_PER_MINUTE: '100000' })
const logger = createLogger('silent')

type Audit = 'none' | 'counted' | 'row per request'
let nextRow = 0

// Only what the key guard and the product list touch; the rest of AppDeps plays no part here.
function appFor(db: Database['db'], audit: Audit) {
  const deps = { config, db, logger, clock: () => new Date(), rateLimiter: createInProcessRateLimiter() }
  return (
    new Hono<AppEnv>()
      .use(async (c, next) => {
        c.set('deps', deps as unknown as AppDeps)
        c.set('logger', logger)
        await next()
      })
      // The alternative not taken: one plain insert per request (a route of its own per row, so the
      // per-minute unique index never merges them), after the key was checked.
      .use('/api/v1/*', async (c, next) => {
        await next()
        const keyId = audit === 'row per request' ? (c.var as Partial<ApiKeyEnv['Variables']>).apiKey?.id : undefined
        if (keyId)
          await db
            .insert(apiKeyAudit)
            .values({ keyId, action: 'used', route: `GET /api/v1/products #${nextRow++}`, ip: '127.0.0.1' })
      })
      .route('/api/v1', createIntegrationRoutes({ recordUses: audit === 'counted' }))
      .onError(onError)
  )
}

async function newToken(db: Database['db']): Promise<{ token: string; keyId: string }> {
  const [user] = await db
    .insert(users)
    .values({ email: `bench-${randomBytes(4).toString('hex')}@example.test`, name: 'Bench', passwordHash: 'x' })
    .returning({ id: users.id })
  const issued = await createApiKey(
    { db, config, clock: () => new Date() },
    { userId: user?.id ?? '', ip: '127.0.0.1' },
    { name: 'bench', scopes: ['catalog:read'], expiresInDays: 1 },
  )
  return { token: issued.token, keyId: issued.key.id }
}

async function requestsPerSecond(app: ReturnType<typeof appFor>, token: string): Promise<number> {
  const deadline = performance.now() + seconds * 1000
  let done = 0
  const worker = async () => {
    while (performance.now() < deadline) {
      const response = await app.fetch(
        new Request('http://bench.local/api/v1/products?limit=1', { headers: { authorization: `Bearer ${token}` } }),
      )
      if (response.status !== 200) throw new Error(`answered ${response.status}: ${await response.text()}`)
      await response.arrayBuffer()
      done++
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  return done / ((performance.now() - started) / 1000)
}

async function bench(label: string, database: Database): Promise<void> {
  await migrateDatabase(database.db, { schema: database.schema })
  await seedDemoCatalog({ db: database.db, logger })
  const modes = [
    { name: 'key checked, no audit of uses', app: appFor(database.db, 'none') },
    { name: 'one audit row per request', app: appFor(database.db, 'row per request') },
    { name: 'uses counted per minute (default)', app: appFor(database.db, 'counted') },
  ]
  const warmUp = await newToken(database.db)
  for (const mode of modes) await requestsPerSecond(mode.app, warmUp.token)
  const best = new Map<string, number>()
  let requests = 0
  const audited = await newToken(database.db)
  // Rounds interleave the modes, so a noisy neighbour (other processes on the machine) hits both alike.
  for (let round = 0; round < rounds; round++) {
    for (const mode of modes) {
      const rps = await requestsPerSecond(mode.app, mode.name.includes('default') ? audited.token : warmUp.token)
      if (mode.name.includes('default')) requests += rps * seconds
      best.set(mode.name, Math.max(best.get(mode.name) ?? 0, rps))
    }
  }
  const [rows] = await database.db.select({ n: count() }).from(apiKeyAudit).where(eq(apiKeyAudit.keyId, audited.keyId))
  const [all] = await database.db.select({ n: count() }).from(apiKeyAudit)
  console.log(`\n${label} (${concurrency} concurrent, ${seconds} s per run, best of ${rounds} interleaved rounds)`)
  const baseline = best.get(modes[0]?.name ?? '') ?? 1
  for (const [name, rps] of best) {
    const costUs = (1 / rps - 1 / baseline) * 1e6
    const cost = name === modes[0]?.name ? '' : `  (${costUs >= 0 ? '+' : ''}${costUs.toFixed(0)} µs/request)`
    console.log(`  ${name.padEnd(40)} ${Math.round(rps).toLocaleString('en').padStart(7)} req/s${cost}`)
  }
  console.log(`  audit rows for ~${Math.round(requests).toLocaleString('en')} counted requests: ${rows?.n ?? 0}`)
  console.log(`  audit rows in all (the row-per-request mode wrote nearly all): ${all?.n ?? 0}`)
}

const pglite = await openDatabase({ url: undefined, schema: undefined, pgliteDir: undefined })
await bench('PGlite (in-process)', pglite)
await pglite.close()

const schema = `bench_${randomBytes(4).toString('hex')}`
const admin = postgres(postgresUrl, { max: 1, onnotice: () => {}, connect_timeout: 3 })
try {
  await admin.unsafe(`create schema "${schema}"`)
  const pg = await openDatabase({ url: postgresUrl, schema, pgliteDir: undefined })
  await bench('PostgreSQL (pool of 10)', pg)
  await pg.close()
  await admin.unsafe(`drop schema "${schema}" cascade`)
} catch (error) {
  console.log(`\nPostgreSQL skipped: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  await admin.end()
}
