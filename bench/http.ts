// Prints req/s, p50 and p99 at 50 connections (autocannon) for the shop's hot routes, each next to
// its ratio to /healthz of the same server and run, and /healthz next to a bare node:http server
// (DESIGN §9: measure the framework's overhead against bare node:http in the same run). The shop
// runs as users run it, in a child process started like `npm start`, on PGlite (embedded default)
// and on PostgreSQL + Redis, with the server cache off (cold: SERVER_CACHE_MB=0) and on (warm). On a
// noisy shared machine the ratios are the numbers to compare, not the absolute req/s — and usually steadier
// still is the CPU time the serving process spends per request (utime + stime from /proc/<pid>/stat
// around the measured pass), next to that of /healthz (DESIGN §9: a cache hit should cost about what
// /healthz costs).
// Needs a built client (npm run build). Usage:
//   npm run bench:http [-- --duration=10 --connections=50 --only=product,search --config=pglite|postgres
//                          --cache=cold|warm --json]
import { existsSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { browserHeaders, createAddressPool, type Load, load, type Probe, probe } from './http-load.ts'
import { type Block, type Cpu, legend, printBlock, type Row, ratioOf } from './http-report.ts'
import {
  type Backing,
  type BackingServices,
  clockTicksPerSecond,
  cpuTicks,
  postgresBacking,
  repoRoot,
  ServicesUnreachableError,
  type Serving,
  ShopStartError,
  serverReadsCacheSize,
  shopCommand,
  staleBuildWarning,
  startBareServer,
  startShop,
} from './http-shop.ts'
import { createTeardown, runBench } from './http-teardown.ts'

const rowNames = [
  'bare',
  'bare-asset',
  'healthz',
  'product',
  'product-304',
  'products',
  'categories',
  'search',
  'suggest',
  'shell',
  'asset',
] as const
type RowName = (typeof rowNames)[number]
type Cache = 'cold' | 'warm'
type Target = { readonly path: string; readonly headers: Record<string, string>; readonly expectedStatus: number }

const usage = [
  `usage: npm run bench:http -- [--duration=10] [--connections=50] [--only=${rowNames.slice(2).join(',')}]`,
  '                            [--config=pglite|postgres] [--cache=cold|warm] [--json]',
  '  (bare and healthz, the ratio bases, are always measured; bare-asset with asset)',
].join('\n')

function parseOptions() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      only: { type: 'string' },
      config: { type: 'string' },
      cache: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  })
  const only = new Set<string>(['bare', 'healthz', ...(values.only?.split(',') ?? rowNames)])
  const valid =
    Number(values.duration) > 0 &&
    Number(values.connections) > 0 &&
    [...only].every((name) => (rowNames as readonly string[]).includes(name)) &&
    [undefined, 'pglite', 'postgres', 'postgres+redis'].includes(values.config) &&
    [undefined, 'cold', 'warm'].includes(values.cache)
  if (!valid) throw new TypeError('invalid option value')
  return {
    durationS: Number(values.duration),
    connections: Number(values.connections),
    rowsToRun: rowNames.filter((name) => only.has(name) && name !== 'bare' && name !== 'bare-asset'),
    backings: (values.config
      ? [values.config.startsWith('postgres') ? 'postgres' : 'pglite']
      : ['pglite', 'postgres']) as Backing[],
    /** Asked for one configuration by name: then unreachable services are a failure, not a skip. */
    explicitConfig: values.config !== undefined,
    caches: (values.cache ? [values.cache] : ['cold', 'warm']) as Cache[],
    json: values.json,
  }
}

let options: ReturnType<typeof parseOptions>
try {
  options = parseOptions()
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
  process.exit(2)
}
const { durationS, connections, rowsToRun, backings, caches } = options
const warmupS = Math.min(2, durationS)
const ticksPerS = clockTicksPerSecond()

const distDir = resolve(repoRoot, process.env.DIST_DIR ?? 'dist')
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`No built client in ${distDir} (index.html missing). Build it first: npm run build`)
  process.exit(1)
}

const progress = (line: string) => console.error(line)
const teardown = createTeardown()
const nextAddress = createAddressPool()

/** The largest script of the build, as a URL path: the heaviest file a first visit downloads. */
async function largestScript(): Promise<string> {
  const files = (await readdir(join(distDir, 'assets'))).filter((file) => file.endsWith('.js'))
  const sized = await Promise.all(
    files.map(async (file) => ({ file, size: (await stat(join(distDir, 'assets', file))).size })),
  )
  const largest = sized.sort((a, b) => b.size - a.size)[0]
  if (!largest) throw new Error(`no .js file in ${join(distDir, 'assets')}`)
  return `/assets/${largest.file}`
}

const productPage = z.object({ items: z.array(z.object({ slug: z.string() })).min(1) })
const categoryList = z.object({ items: z.array(z.object({ name: z.string() })) })
const searchAnswer = z.object({ total: z.number() })

async function getJson<T>(base: string, path: string, schema: z.ZodType<T>): Promise<T> {
  const response = await fetch(`${base}${path}`, { headers: { 'x-forwarded-for': nextAddress() } })
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`)
  return schema.parse(await response.json())
}

/** The category-name word with the most search hits: a popular query, not a lucky one. */
async function popularQuery(base: string): Promise<{ word: string; total: number }> {
  const { items } = await getJson(base, '/api/categories', categoryList)
  const words = [...new Set(items.flatMap((c) => c.name.toLowerCase().match(/\p{L}{4,}/gu) ?? []))].slice(0, 10)
  let best = { word: words[0] ?? 'shirt', total: -1 }
  for (const word of words) {
    const { total } = await getJson(base, `/api/search?q=${encodeURIComponent(word)}`, searchAnswer)
    if (total > best.total) best = { word, total }
  }
  return best
}

/** Paths and headers of the shop's rows; a row the server cannot serve is a string saying why. */
async function shopTargets(base: string): Promise<Record<Exclude<RowName, 'bare' | 'bare-asset'>, Target | string>> {
  const get = (path: string, expectedStatus = 200): Target => ({ path, headers: browserHeaders, expectedStatus })
  const { items } = await getJson(base, '/api/products?limit=1', productPage)
  const product = get(`/api/products/${encodeURIComponent(items[0]?.slug ?? '')}`)
  const { etag } = await probe(base, product.path, product.headers)
  const query = await popularQuery(base)
  progress(`  search q=${query.word} (${query.total} hits), suggest q=${query.word.slice(0, 3)}`)
  return {
    healthz: get('/healthz'),
    product,
    'product-304': etag
      ? { path: product.path, headers: { ...browserHeaders, 'if-none-match': etag }, expectedStatus: 304 }
      : 'no ETag on the product detail',
    products: get('/api/products?limit=24'),
    categories: get('/api/categories'),
    search: get(`/api/search?q=${encodeURIComponent(query.word)}`),
    suggest: get(`/api/search/suggest?q=${encodeURIComponent(query.word.slice(0, 3))}`),
    shell: get('/'),
    asset: get(await largestScript()),
  }
}

/** CPU per response of the serving process over one pass, from its ticks before and after. */
function cpuOf(before: number | undefined, after: number | undefined, responses: number): Cpu | undefined {
  if (before === undefined || after === undefined || responses === 0) return undefined
  const ticks = after - before
  return { ticks, ticksPerS, usPerReq: (ticks / ticksPerS / responses) * 1e6, coarse: responses < 2000 || ticks < 50 }
}

/** One short pass (JIT, and the server cache when on), then the measured one, with `serving`'s CPU time. */
async function measure(name: string, base: string, target: Target, serving: Serving): Promise<Row> {
  const seen: Probe = await probe(base, target.path, target.headers)
  const common = { connections, expectedStatus: target.expectedStatus, nextAddress }
  await load(base, target.path, target.headers, { ...common, durationS: warmupS })
  const before = serving.pid === undefined ? undefined : cpuTicks(serving.pid)
  const measured: Load = await load(base, target.path, target.headers, { ...common, durationS })
  const after = serving.pid === undefined ? undefined : cpuTicks(serving.pid)
  const cpu = cpuOf(before, after, measured.responses)
  const cpuText = cpu ? `  cpu ${cpu.usPerReq.toFixed(0)} µs/req (${cpu.ticks} ticks)` : ''
  progress(`  ${name.padEnd(12)} ${measured.reqPerS.toFixed(0).padStart(6)} req/s  p99 ${measured.p99Ms} ms${cpuText}`)
  return { name, path: target.path, probe: seen, load: measured, ...(cpu ? { cpu } : {}) }
}

/** The rows of one shop server; the bare references first, while no shop runs. */
async function measureShop(base: string, serving: Serving, bare: readonly Row[]): Promise<Row[]> {
  const rows: Row[] = [...bare]
  const skipped: Row[] = []
  const targets = await shopTargets(base)
  for (const name of rowsToRun) {
    const target = targets[name as Exclude<RowName, 'bare' | 'bare-asset'>]
    if (typeof target === 'string') skipped.push({ name, path: '', skipped: target })
    else rows.push(await measure(name, base, target, serving))
  }
  // /healthz again at the end: the ratio base is the mean of both, and their spread shows how much
  // the machine's load moved while this server was measured.
  if (typeof targets.healthz !== 'string') rows.push(await measure('healthz-end', base, targets.healthz, serving))
  return [...rows, ...skipped]
}

type BareServer = Awaited<ReturnType<typeof startBareServer>>

async function runBlock(backing: Backing, cache: Cache, bareServer: BareServer): Promise<Block> {
  const label = `${backing === 'pglite' ? 'pglite' : 'postgres+redis'} / ${cache}`
  const { base: bareBase, serving: bareServing } = bareServer
  progress(`${label}: bare node:http`)
  const bare = [
    await measure('bare', bareBase, { path: '/healthz', headers: browserHeaders, expectedStatus: 200 }, bareServing),
  ]
  // Bytes in a file cost the client too (autocannon reads ~50 MB/s of them here): the asset row is
  // measured against bare node:http sending the same file.
  if (rowsToRun.includes('asset')) {
    const asset = { path: await largestScript(), headers: browserHeaders, expectedStatus: 200 }
    bare.push(await measure('bare-asset', bareBase, asset, bareServing))
  }
  let services: BackingServices | undefined
  try {
    if (backing === 'postgres') services = await postgresBacking(teardown)
    const env = {
      ...services?.env,
      ...(cache === 'cold' ? { SERVER_CACHE_MB: '0' } : {}),
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      TRUST_PROXY: 'true',
      DIST_DIR: distDir,
    }
    progress(`${label}: starting the shop (seeding the demo catalog, building the search index)`)
    const started = performance.now()
    const shop = await startShop(teardown, env, nextAddress)
    const cpuNote = shop.serving.pid === undefined ? shop.serving.why : undefined
    progress(
      `${label}: ready in ${((performance.now() - started) / 1000).toFixed(1)} s, ${cpuNote ? `cpu ${cpuNote}` : `serving pid ${shop.serving.pid}`}`,
    )
    try {
      const rows = await measureShop(shop.base, shop.serving, bare)
      return { backing, cache, label, rows, ...(cpuNote ? { cpuNote } : {}) }
    } finally {
      await shop.stop()
    }
  } finally {
    await services?.release()
  }
}

/** A failed server start is retried once, on fresh data (a start can also fail for a reason outside it). */
async function runBlockWithRetry(backing: Backing, cache: Cache, bareServer: BareServer): Promise<Block> {
  try {
    return await runBlock(backing, cache, bareServer)
  } catch (error) {
    if (!(error instanceof ShopStartError)) throw error
    console.error(`${backing} / ${cache}: ${error.message}\nretrying once`)
    return runBlock(backing, cache, bareServer)
  }
}

async function main(): Promise<number> {
  const readsCacheSize = await serverReadsCacheSize()
  const cpu = cpus()
  // With --json, stdout carries only the JSON document.
  const note = options.json ? console.error : console.log
  note(
    [
      `machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, node ${process.version}`,
      `shop: ${shopCommand().label}, NODE_ENV=production LOG_LEVEL=info (log to a file), fresh data per server`,
      `autocannon: ${connections} connections, ${durationS} s per row after a ${warmupS} s warm-up pass of the same row`,
      'every request: Accept-Encoding: br, gzip and an X-Forwarded-For of its own (65,536 addresses, TRUST_PROXY=true),',
      '  so the search rate limit (60 per 10 s per address) is not what gets measured; a 429 would show under "bad status"',
      `cpu: utime+stime of the serving process from /proc/<pid>/stat around each measured pass, ${ticksPerS} ticks/s`,
      `cold: SERVER_CACHE_MB=0 (no server cache), warm: default settings${readsCacheSize ? '' : ' — NOTE: this server does not read SERVER_CACHE_MB yet, so cold and warm are the same server'}`,
    ].join('\n'),
  )
  const stale = await staleBuildWarning()
  if (stale) note(stale)
  const bareServer = await startBareServer(teardown, join(distDir, await largestScript()))
  const blocks: Block[] = []
  let failed = false
  for (const backing of backings) {
    for (const cache of caches) {
      try {
        const block = await runBlockWithRetry(backing, cache, bareServer)
        blocks.push(block)
        if (!options.json) printBlock(block)
      } catch (error) {
        // Without PostgreSQL and Redis the default run still measures PGlite; asked for, it fails.
        const skip = error instanceof ServicesUnreachableError && !options.explicitConfig
        const message = error instanceof Error ? error.message : String(error)
        console.error(`${backing} / ${cache}: ${skip ? 'skipped' : 'failed'}: ${message}`)
        failed ||= !skip
        if (skip) break
      }
    }
  }
  if (options.json) {
    const withRatios = blocks.map((block) => ({
      ...block,
      rows: block.rows.map((row) => ({ ...row, ...ratioOf(row, block) })),
    }))
    console.log(JSON.stringify({ connections, durationS, warmupS, ticksPerS, blocks: withRatios }, null, 2))
  } else if (blocks.length > 0) console.log(`\n${legend}`)
  return failed ? 1 : 0
}

// Bounded: every server start may take its full ready timeout, every row its warm-up, run and probe.
const budgetMs = backings.length * caches.length * (240 + (rowsToRun.length + 1) * (warmupS + durationS + 15)) * 1000
runBench(main, teardown, budgetMs)
