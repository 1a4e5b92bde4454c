/**
 * Query plans of the hot paths on a shop-sized data set (decision 0012), PostgreSQL only: PGlite
 * has no other planner to check, and its tables are as small as the demo. The SQL is not copied
 * here: the hot routes run through the app (and the jobs' and the event stream's repository
 * functions are called) on a database handle that records each statement with its parameters;
 * every recorded statement is then planned with EXPLAIN (FORMAT JSON), and no plan may read one of
 * the large tables with a sequential scan.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { eq } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import { describe, expect, it } from 'vitest'
import type { Order } from '../../shared/orders/order.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { hashSessionToken } from '../account/session.service.ts'
import { countActiveCartsSince } from '../admin/admin-dashboard.repository.ts'
import { createApp } from '../app.ts'
import * as coreSchema from '../db/schema.ts'
import * as searchSchema from '../db/search-schema.ts'
import { readEventsAfter, readLatestEventId } from '../events/event-log.repository.ts'
import { claimExpiredReservations } from '../orders/orders.repository.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import type { Db } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { pruneAppliedMutations, pruneEvents } from '../retention/retention.repository.ts'
import { fillLargeDataset, generatedCategorySlug, generatedProductSlug } from '../test-support/large-dataset.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, uniqueEmail, withMeta } from '../test-support/test-browser.ts'
import { createTestProduct, orderOf, postCheckout, postPay } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { sqlOperation } from './db-instrumentation.ts'

// The test run's Postgres, as server/test-support/test-database.ts reads it.
const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** Tables big enough in production that a sequential scan of one on a hot path is a bug. */
const largeTables = new Set([
  'products',
  'product_variants',
  'orders',
  'order_lines',
  'order_history',
  'events',
  'applied_mutations',
  'shoppers',
])

type Recorded = { readonly query: string; readonly params: readonly unknown[]; readonly path: string }

type Planned = { readonly path: string; readonly query: string; readonly scans: readonly string[] }

type PlanNode = {
  readonly 'Node Type': string
  readonly 'Relation Name'?: string
  readonly 'Index Name'?: string
  readonly Plans?: readonly PlanNode[]
}

/** Every node of a plan tree, depth first. */
function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)]
}

/** `Seq Scan on orders`, `Index Scan on orders using orders_created_idx`, … for a plan's scans. */
function scansOf(root: PlanNode): string[] {
  return nodesOf(root)
    .filter((node) => node['Relation Name'] || node['Index Name'])
    .map((node) => {
      const on = node['Relation Name'] ? ` on ${node['Relation Name']}` : ''
      const using = node['Index Name'] ? ` using ${node['Index Name']}` : ''
      return `${node['Node Type']}${on}${using}`
    })
}

function relationOf(scan: string): string | undefined {
  return / on (\S+)/.exec(scan)?.[1]
}

const [postgresTarget] = (await databaseTargets()).filter((target) => target.name === 'postgres')

describe('query plans on a shop-sized PostgreSQL database', () => {
  if (!postgresTarget) throw new Error('test-database.ts lists no postgres target')
  const database = useTestDatabase(postgresTarget)
  if (!database) return

  it('reads the large tables through indexes on every hot path', { timeout: 120_000 }, async () => {
    const started = performance.now()
    await fillLargeDataset(database().db)
    const filled = performance.now()
    const recorder = createRecordingDb(database().schema)
    let planned: Planned[]
    try {
      await runHotPaths(recorder)
      planned = await planAll(recorder)
    } finally {
      await recorder.close()
    }
    if (process.env.PRINT_QUERY_PLANS === '1')
      console.log(planned.map((p) => `${p.path}\n  ${p.query.slice(0, 160)}\n  ${p.scans.join('; ')}`).join('\n'))
    const failures = planned.filter((p) => p.scans.some(isLargeSeqScan))
    expect(failures.map((p) => `${p.path}: ${p.query}\n  ${p.scans.join('; ')}`)).toEqual([])
    // Plans that read a large table at all: there must be many, or the recording broke.
    const onLargeTables = planned.filter((p) => p.scans.some((scan) => largeTables.has(relationOf(scan) ?? '')))
    expect(onLargeTables.length).toBeGreaterThan(20)
    const done = performance.now()
    // Visible in the test output, so a slow fill is noticed before CI times out.
    console.info(`plans: fill ${Math.round(filled - started)} ms, requests and EXPLAIN ${Math.round(done - filled)} ms`)
  })

  function isLargeSeqScan(scan: string): boolean {
    return scan.startsWith('Seq Scan ') && largeTables.has(relationOf(scan) ?? '')
  }

  /** A second handle on the test's schema whose statements, inside `record`, are kept with their parameters. */
  function createRecordingDb(schemaName: string | undefined) {
    const scope = new AsyncLocalStorage<string>()
    const recorded: Recorded[] = []
    const client = postgres(testDatabaseUrl, {
      max: 4,
      onnotice: () => {},
      connection: schemaName ? { search_path: schemaName } : {},
    })
    const db: Db = drizzle(client, {
      schema: { ...coreSchema, ...searchSchema },
      logger: {
        logQuery: (query, params) => {
          const path = scope.getStore()
          if (path) recorded.push({ query, params, path })
        },
      },
    })
    return {
      db,
      client,
      recorded,
      record: <T>(path: string, work: () => Promise<T>) => scope.run(path, work),
      close: () => client.end({ timeout: 5 }),
    }
  }

  type Recorder = ReturnType<typeof createRecordingDb>

  async function runHotPaths({ db, record }: Recorder): Promise<void> {
    const admin = { email: uniqueEmail(), password: 'the admin password' }
    const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
    const app = createApp({ config, db, logger: createLogger('silent') })
    const get = (browser: ReturnType<typeof createTestBrowser>, path: string) =>
      record(`GET ${path}`, async () => expectOk(await browser.request(path)))

    const guest = createTestBrowser(app)
    await guest.session()
    await get(guest, `/api/products/${generatedProductSlug(4242)}`)
    await get(guest, '/api/products?limit=24')
    await get(guest, '/api/products?limit=24&sort=price_asc')
    await get(guest, `/api/products?limit=24&category=${generatedCategorySlug(7)}`)
    await get(guest, '/api/products?limit=24&featured=true')

    // A cart of products with stock of their own, so checkout and payment go through.
    const productIds = await Promise.all([1, 2, 3].map(() => createTestProduct(db, { stock: 10 })))
    const mutations = productIds.map((productId) => withMeta({ kind: 'cart.set_quantity', productId, quantity: 1 }))
    await record('POST /api/sync/push', async () =>
      expectOk(await guest.request('/api/sync/push', { method: 'POST', json: { mutations } })),
    )
    await get(guest, '/api/sync/pull?since=0')
    const order: Order = await record('POST /api/checkout', async () => orderOf(await postCheckout(guest)))
    await record('POST /api/orders/:id/pay', async () => expectOk(await postPay(guest, order.id, testCards.succeeds)))
    await get(guest, `/api/orders/${order.id}`)
    await get(guest, '/api/orders')

    await ensureAdmin({ db, config, logger: createLogger('silent') })
    const adminBrowser = createTestBrowser(app)
    expect((await adminBrowser.signIn(admin)).status).toBe(200)
    await get(adminBrowser, '/api/admin/orders?limit=25')
    await get(adminBrowser, '/api/admin/orders?limit=25&status=shipped')
    await get(adminBrowser, '/api/admin/orders?limit=25&q=buyer4242')
    await get(adminBrowser, `/api/admin/orders/${order.id}`)
    await get(adminBrowser, '/api/admin/dashboard')

    // What the event stream, the jobs and the dashboard's pieces run outside these requests.
    const shopperId = await shopperOf(db, guest)
    await record('event stream: resume', () => readEventsAfter(db, shopperId, 0, 100))
    await record('event stream: start', () => readLatestEventId(db, shopperId))
    await record('dashboard: active carts', () => countActiveCartsSince(db, new Date(Date.now() - 30 * 60_000)))
    const rollback = new Error('rollback')
    await record('reservation expiry: claim', () =>
      db
        .transaction(async (tx) => {
          await claimExpiredReservations(tx, new Date(), 50)
          throw rollback
        })
        .catch((error: unknown) => {
          if (error !== rollback) throw error
        }),
    )
    const cutoff = new Date(Date.now() - 30 * 24 * 60 * 60_000)
    await record('retention: events', () => pruneEvents(db, cutoff, 1000))
    await record('retention: applied mutations', () => pruneAppliedMutations(db, cutoff, 1000))
  }

  /** EXPLAIN of each distinct statement that reads or writes rows, with the parameters it ran with. */
  async function planAll({ client, recorded }: Recorder) {
    const explainable = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'WITH'])
    const seen = new Set<string>()
    const planned: Planned[] = []
    for (const { query, params, path } of recorded) {
      if (!explainable.has(sqlOperation(query)) || seen.has(query)) continue
      seen.add(query)
      const [row] = await client.unsafe(`explain (format json) ${query}`, params as postgres.ParameterOrJSON<never>[])
      const plan = (row?.['QUERY PLAN'] as { Plan: PlanNode }[] | undefined)?.[0]?.Plan
      if (!plan) throw new Error(`no plan for ${query}`)
      planned.push({ path, query, scans: scansOf(plan) })
    }
    return planned
  }
})

async function expectOk(response: Response): Promise<Response> {
  expect(response.status, await response.clone().text()).toBeLessThan(300)
  return response
}

async function shopperOf(db: Db, browser: ReturnType<typeof createTestBrowser>): Promise<string> {
  if (!browser.cookie) throw new Error('the browser has no session cookie')
  const [row] = await db
    .select({ shopperId: coreSchema.sessions.shopperId })
    .from(coreSchema.sessions)
    .where(eq(coreSchema.sessions.idHash, hashSessionToken(browser.cookie)))
  if (!row) throw new Error('the session is not in the database')
  return row.shopperId
}
