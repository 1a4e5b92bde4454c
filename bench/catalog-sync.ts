// What a first visit's catalog sync costs (issue 12, decision 0015), for catalogs of 600, 10k and 100k
// products: a fresh Chromium opens the home page of the compiled server (PGlite, seeded here with the
// demo catalog through bulk inserts) and the bench prints, per size:
//   - snapshot: the server's build of the snapshot file (ms, brotli bytes), done before the visit
//   - wire: bytes the sync's requests took on the wire (pointer, file, change pages), as served
//   - usable: from first contentful paint until browsing works, meaning the home page shows its
//     featured grid and IndexedDB holds the first screen (24, or all) of every category's products, so
//     any category page opened then renders complete from IndexedDB
//   - sync start (after first paint), sync total (start → catalogSyncedAt written)
//   - IndexedDB writes: summed transaction time of the worker's chunk writes
//   - long tasks on the page's main thread while the sync runs (max, count, blocking time beyond 50 ms)
// It prints; it asserts nothing. Needs `npm run build`.
//   Usage: npm run bench:catalog-sync [-- --sizes 600,10000,100000 --cpu 4 --port 3330 --timeline]
// --timeline also prints the worker's pulls and writes on a time line from first paint.
// --cpu N applies Chromium's CPU throttling (DevTools "N× slowdown"; Lighthouse's mobile run uses 4).
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { sql } from 'drizzle-orm'
import { generateDemoCatalog } from '../server/catalog/demo-catalog.ts'
import { insertProducts, insertVariants } from '../server/catalog/seed-demo-catalog.ts'
import { openDatabase } from '../server/platform/db.ts'
import { migrateDatabase } from '../server/platform/migrate.ts'

const repoRoot = resolve(import.meta.dirname, '..')
const compiledServer = join(repoRoot, 'build', 'server', 'main.js')
const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}
const sizes = (option('sizes') ?? '600,10000,100000').split(',').map(Number)
const cpuSlowdown = Number(option('cpu') ?? 1)
const port = Number(option('port') ?? process.env.BENCH_PORT ?? 3330)
const base = `http://127.0.0.1:${port}`
const demoCategoryCount = generateDemoCatalog({ productsPerCategory: 1 }).categories.length
/** The category page's first screen (client/catalog/category-page.tsx) and the home page's featured grid. */
const categoryFirstScreen = 24
const featuredShown = 8
const insertBatch = 5000

type Seeded = { readonly categories: { id: string; products: number }[]; readonly products: number; seedMs: number }

/** The demo catalog at `size` products, written with one INSERT … SELECT FROM jsonb per 5,000 rows. */
async function seed(dataDir: string, size: number): Promise<Seeded> {
  const started = performance.now()
  const catalog = generateDemoCatalog({ productsPerCategory: Math.ceil(size / demoCategoryCount) })
  const products = catalog.products.slice(0, size)
  const database = await openDatabase({ url: undefined, schema: undefined, pgliteDir: join(dataDir, 'pglite') })
  try {
    await migrateDatabase(database.db, {})
    await database.db.execute(sql`
      insert into categories (id, slug, name, description, position)
      select id, slug, name, description, position
      from jsonb_to_recordset(${JSON.stringify(catalog.categories)}::jsonb)
        as c(id uuid, slug text, name text, description text, position int)`)
    const seededIds = new Set(products.map((product) => product.id))
    const variants = catalog.variants.filter((variant) => seededIds.has(variant.productId))
    for (let start = 0; start < products.length; start += insertBatch)
      await insertProducts(database.db, products.slice(start, start + insertBatch))
    for (let start = 0; start < variants.length; start += insertBatch)
      await insertVariants(database.db, variants.slice(start, start + insertBatch))
  } finally {
    await database.close()
  }
  const perCategory = new Map<string, number>()
  for (const product of products) perCategory.set(product.categoryId, (perCategory.get(product.categoryId) ?? 0) + 1)
  return {
    categories: catalog.categories.map((c) => ({ id: c.id, products: perCategory.get(c.id) ?? 0 })),
    products: products.length,
    seedMs: performance.now() - started,
  }
}

type Server = { readonly process: ChildProcess; readonly log: () => string }

/** The compiled server on the seeded directory, ready once its search index is built (it then idles). */
async function startServer(dataDir: string): Promise<Server> {
  if (!existsSync(compiledServer)) throw new Error('no build/server/main.js: run `npm run build` first')
  const child = spawn(process.execPath, ['--enable-source-maps', compiledServer], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      REDIS_URL: '',
      SEED_DEMO_CATALOG: 'false',
      METRICS_PORT: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString()
  })
  for (let waited = 0; waited < 600_000; waited += 200) {
    if (log.includes('"search index built"')) return { process: child, log: () => log }
    if (child.exitCode !== null) throw new Error(`server exited:\n${log.slice(-2000)}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill('SIGTERM')
  throw new Error('server not ready in 10 minutes')
}

async function stopServer(server: Server): Promise<void> {
  if (server.process.exitCode !== null) return
  const exited = new Promise((r) => server.process.once('exit', r))
  server.process.kill('SIGTERM')
  await exited
}

/** Builds the snapshot on the server (what the first visitor after a deploy would wait for) and reads its log line. */
async function warmSnapshot(server: Server): Promise<{ ms: number; br: number }> {
  const response = await fetch(`${base}/api/sync/catalog/snapshot`)
  if (!response.ok) throw new Error(`snapshot pointer answered ${response.status}`)
  await response.arrayBuffer()
  // The server logs asynchronously: the line may come a moment after the answer.
  for (let waited = 0; waited < 5000; waited += 50) {
    const line = server
      .log()
      .split('\n')
      .find((l) => l.includes('"catalog snapshot built"'))
    if (line) return JSON.parse(line) as { ms: number; br: number }
    await new Promise((r) => setTimeout(r, 50))
  }
  return { ms: Number.NaN, br: Number.NaN }
}

type Visit = {
  fcp: number
  syncStart: number
  usable: number
  synced: number
  wireBytes: number
  requests: number
  writeMs: number
  writes: number
  longTasks: { max: number; count: number; blocking: number }
  longTasksBefore: number
}

declare global {
  interface Window {
    __bench?: { longTasks: { start: number; duration: number }[]; featuredAt: number | null }
  }
}

/** Runs in the page before its scripts: records long tasks and when the featured grid first shows enough cards. */
function instrumentPage(featured: number): void {
  const bench: NonNullable<Window['__bench']> = { longTasks: [], featuredAt: null }
  window.__bench = bench
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask' })
  const watch = new MutationObserver(() => {
    const grid = document.querySelector('section[aria-labelledby="featured-heading"] .product-grid')
    if (grid && grid.children.length >= featured) {
      bench.featuredAt = performance.now()
      watch.disconnect()
    }
  })
  watch.observe(document, { childList: true, subtree: true })
}

/** Counts per category and whether the full pull finished, straight from IndexedDB (never creating it). */
function readLocalCatalog(categoryIds: readonly string[]) {
  return new Promise<{ counts: number[]; synced: boolean } | null>((done) => {
    const open = indexedDB.open('storefront')
    open.onupgradeneeded = () => open.transaction?.abort()
    open.onerror = () => done(null)
    open.onsuccess = () => {
      const db = open.result
      db.onversionchange = () => db.close()
      if (!db.objectStoreNames.contains('products') || !db.objectStoreNames.contains('meta')) {
        db.close()
        done(null)
        return
      }
      const tx = db.transaction(['products', 'meta'])
      const index = tx.objectStore('products').index('categoryId')
      const counts: number[] = []
      categoryIds.forEach((id, i) => {
        const request = index.count(id)
        request.onsuccess = () => {
          counts[i] = request.result
        }
      })
      const syncedAt = tx.objectStore('meta').get('catalogSyncedAt')
      tx.oncomplete = () => {
        db.close()
        done({ counts, synced: syncedAt.result !== undefined })
      }
      tx.onerror = () => {
        db.close()
        done(null)
      }
    }
  })
}

async function visit(seeded: Seeded): Promise<Visit> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const context = await browser.newContext()
    const page = await context.newPage()
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
    }
    const featured = Math.min(featuredShown, 16)
    await page.addInitScript(instrumentPage, featured)
    await page.goto(`${base}/`)
    const categoryIds = seeded.categories.map((c) => c.id)
    const wanted = seeded.categories.map((c) => Math.min(categoryFirstScreen, c.products))
    let categoriesAt: number | null = null
    let syncedAt: number | null = null
    for (const deadline = Date.now() + 15 * 60_000; Date.now() < deadline; ) {
      const now = await page.evaluate(() => performance.now())
      const local = await page.evaluate(readLocalCatalog, categoryIds)
      if (local && categoriesAt === null && local.counts.every((n, i) => n >= (wanted[i] ?? 0))) categoriesAt = now
      if (local?.synced) {
        syncedAt = now
        break
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    if (syncedAt === null || categoriesAt === null) throw new Error('the catalog did not sync in 15 minutes')
    const usableAt = Math.max(await featuredAt(page), categoriesAt)
    return summarize({ ...(await measurementsOf(page)), usableAt, syncedAt })
  } finally {
    await browser.close()
  }
}

async function featuredAt(page: Page): Promise<number> {
  await page.waitForFunction(() => window.__bench?.featuredAt !== null, null, { timeout: 60_000 })
  return page.evaluate(() => window.__bench?.featuredAt ?? Number.NaN)
}

async function measurementsOf(page: Page) {
  const worker = page.workers().find((w) => w.url().includes('catalog-sync-worker'))
  if (!worker) throw new Error('no catalog sync worker on the page')
  const inWorker = await worker.evaluate(() => ({
    writes: performance
      .getEntriesByType('measure')
      .filter((m) => m.name === 'catalog-sync:write')
      .map((m) => m.duration),
    // The worker's clock starts when it does: its timeOrigin against the page's places its entries.
    timeOrigin: performance.timeOrigin,
    timeline: performance
      .getEntriesByType('measure')
      .map((m) => m as PerformanceMeasure)
      .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration, detail: m.detail as unknown })),
    resources: performance
      .getEntriesByType('resource')
      .map((r) => r as PerformanceResourceTiming)
      .filter((r) => r.name.includes('/api/sync/catalog'))
      .map((r) => ({ url: r.name, transfer: r.transferSize, encoded: r.encodedBodySize })),
  }))
  const inPage = await page.evaluate(() => ({
    timeOrigin: performance.timeOrigin,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    syncStart: performance.getEntriesByName('catalog-sync:start')[0]?.startTime ?? Number.NaN,
    longTasks: window.__bench?.longTasks ?? [],
  }))
  return { inWorker, inPage }
}

function summarize(
  measured: Awaited<ReturnType<typeof measurementsOf>> & { usableAt: number; syncedAt: number },
): Visit {
  const { inWorker, inPage, usableAt, syncedAt } = measured
  if (process.argv.includes('--timeline')) {
    const shift = inWorker.timeOrigin - inPage.timeOrigin - inPage.fcp
    for (const m of inWorker.timeline) {
      console.error(`  ${ms(m.start + shift)} after FCP: ${m.name} ${ms(m.duration)} ${JSON.stringify(m.detail)}`)
    }
  }
  const during = inPage.longTasks.filter((t) => t.start >= inPage.syncStart && t.start <= syncedAt)
  const before = inPage.longTasks.filter((t) => t.start < inPage.syncStart)
  return {
    fcp: inPage.fcp,
    syncStart: inPage.syncStart,
    usable: usableAt,
    synced: syncedAt,
    // transferSize: body as sent (compressed) plus headers; 0 would mean the HTTP cache answered.
    wireBytes: inWorker.resources.reduce((sum, r) => sum + r.transfer, 0),
    requests: inWorker.resources.length,
    writeMs: inWorker.writes.reduce((sum, ms) => sum + ms, 0),
    writes: inWorker.writes.length,
    longTasks: {
      max: Math.max(0, ...during.map((t) => t.duration)),
      count: during.length,
      blocking: during.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    },
    longTasksBefore: Math.max(0, ...before.map((t) => t.duration)),
  }
}

const ms = (value: number) => `${Math.round(value)} ms`
const mb = (bytes: number) => (bytes >= 100_000 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`)

const rows: string[][] = []
for (const size of sizes) {
  const dataDir = await mkdtemp(join(tmpdir(), 'storefront-bench-sync-'))
  let server: Server | undefined
  try {
    const seeded = await seed(dataDir, size)
    console.error(`${size} products seeded in ${ms(seeded.seedMs)}; starting the server…`)
    server = await startServer(dataDir)
    const snapshot = await warmSnapshot(server)
    const run = await visit(seeded)
    rows.push([
      size.toLocaleString('en'),
      `${ms(snapshot.ms)}, ${mb(snapshot.br)}`,
      `${mb(run.wireBytes)} (${run.requests} req)`,
      ms(run.fcp),
      ms(run.syncStart - run.fcp),
      ms(run.usable - run.fcp),
      ms(run.synced - run.syncStart),
      `${ms(run.writeMs)} (${run.writes} tx)`,
      `${ms(run.longTasks.max)} (${run.longTasks.count}, TBT ${ms(run.longTasks.blocking)})`,
      ms(run.longTasksBefore),
    ])
  } finally {
    if (server) await stopServer(server)
    await rm(dataDir, { recursive: true, force: true })
  }
}

const header = [
  'products',
  'server snapshot build, br',
  'first sync on the wire',
  'FCP',
  'sync start after FCP',
  'usable after FCP',
  'sync total',
  'IndexedDB writes',
  'max long task during sync (n, TBT)',
  'max long task before sync',
]
console.log(`\nfirst visit, Chromium, CPU ${cpuSlowdown}× slowdown, localhost (no network throttling)\n`)
console.log(`| ${header.join(' | ')} |`)
console.log(`|${header.map(() => '---').join('|')}|`)
for (const row of rows) console.log(`| ${row.join(' | ')} |`)
