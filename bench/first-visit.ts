// Prints what Lighthouse (default config: mobile emulation, simulated throttling) says about a first
// visit of the home page, a category page and a product page: the four category scores, LCP, TBT,
// CLS, FCP, Speed Index and the bytes of the best of N runs per page (a fresh Chrome each run: no
// service worker, no cache), next to the targets, then per page the failing audits and the top
// performance opportunities. A benchmark that prints numbers, not a test: it fails only when it
// cannot measure. Starts the compiled shop itself (fresh PGlite with the demo catalog) unless --url.
// Needs a build (npm run build, or --build). Usage:
//   npm run bench:first-visit [-- --runs 3 --pages home,category,product --url http://host:port
//                                 --json out.json --build --catalog-sizes 600,10000,100000|none]
// Then it prints the catalog-size table of bench/catalog-sync.ts (first sync at each size, 4× CPU).
import { spawnSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { categoryIds, chromePath, type RunSummary, runLighthouse, summarize } from './first-visit-lighthouse.ts'
import { type Page, type PageName, pageNames, pickPages } from './first-visit-pages.ts'
import { bestRun, formatPageDetails, formatTable, type PageResult, targets } from './first-visit-report.ts'
import { missingBuildOutputs, startShop } from './first-visit-server.ts'
import { repoRoot, staleBuildWarning } from './http-shop.ts'
import { createTeardown, runBench } from './http-teardown.ts'

const usage = [
  'usage: npm run bench:first-visit -- [--runs 3] [--pages home,category,product] [--url BASE]',
  '                                    [--json out.json] [--build] [--catalog-sizes 600,10000,100000|none]',
  '  --catalog-sizes  catalog sizes for the first-sync table (bench/catalog-sync.ts); none skips it',
  '  --url BASE  measure a server that already runs there instead of starting one',
  '  --build     run npm run build first (otherwise dist/ and build/server/main.js must exist)',
  '  CHROME_PATH picks the browser (default: the Chrome or Chromium chrome-launcher finds)',
].join('\n')

type Options = {
  readonly runs: number
  readonly pages: readonly PageName[]
  readonly url: string | undefined
  readonly json: string | undefined
  readonly build: boolean
  readonly catalogSizes: string | undefined
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      pages: { type: 'string', default: pageNames.join(',') },
      url: { type: 'string' },
      json: { type: 'string' },
      build: { type: 'boolean', default: false },
      'catalog-sizes': { type: 'string', default: '600,10000,100000' },
    },
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new TypeError(`--runs must be a positive integer, not ${values.runs}`)
  const pages = values.pages.split(',').filter(Boolean)
  const unknown = pages.filter((name) => !(pageNames as readonly string[]).includes(name))
  if (pages.length === 0 || unknown.length > 0)
    throw new TypeError(`--pages takes ${pageNames.join(', ')}; unknown: ${unknown.join(', ') || '(none given)'}`)
  if (values.url !== undefined && !URL.canParse(values.url)) throw new TypeError(`--url is not a URL: ${values.url}`)
  const url = values.url === undefined ? undefined : new URL(values.url).origin
  const sizes = values['catalog-sizes']
  if (sizes !== 'none' && !/^[0-9]+(,[0-9]+)*$/.test(sizes))
    throw new TypeError(`--catalog-sizes takes sizes like 600,10000 or none, not ${sizes}`)
  const catalogSizes = sizes === 'none' ? undefined : sizes
  return { runs, pages: pages as PageName[], url, json: values.json, build: values.build, catalogSizes }
}

let options: Options
try {
  options = parseOptions()
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
  process.exit(2)
}

const progress = (line: string) => console.error(line)
const teardown = createTeardown()

/** Runs `npm run build` when asked; then, unless measuring another server, the build must be there. */
function ensureBuild(): void {
  if (options.build) {
    progress('npm run build')
    const built = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] })
    if (built.status !== 0) throw new Error(`npm run build failed (${built.status ?? built.signal})`)
  }
  if (options.url) return
  const missing = missingBuildOutputs()
  if (missing.length > 0) {
    console.error(`Missing ${missing.join(' and ')}: build first (npm run build), or pass --build.`)
    process.exit(1)
  }
}

/** The base URL to measure: --url, or a shop started here (stopped by the teardown). */
async function serverBase(): Promise<string> {
  if (options.url) return options.url
  const stale = await staleBuildWarning()
  if (stale) progress(stale)
  progress('starting the shop (node build/server/main.js, fresh PGlite, demo catalog)')
  const started = performance.now()
  const shop = await startShop(teardown)
  progress(`ready in ${((performance.now() - started) / 1000).toFixed(1)} s at ${shop.base} (pid ${shop.pid})`)
  return shop.base
}

/** One Lighthouse run; a run Lighthouse itself failed (e.g. NO_NAVSTART on a busy machine) is repeated once. */
async function measureRun(url: string, chrome: string, label: string): Promise<RunSummary> {
  const first = summarize(await runLighthouse(url, teardown, chrome))
  if (!first.runtimeError) return first
  progress(`  ${label}: ${first.runtimeError}; once more`)
  return summarize(await runLighthouse(url, teardown, chrome))
}

async function measurePage(base: string, page: Page, chrome: string): Promise<PageResult> {
  const url = `${base}${page.path}`
  const runs: RunSummary[] = []
  for (let run = 1; run <= options.runs; run++) {
    const label = `${page.name} run ${run}/${options.runs}`
    const summary = await measureRun(url, chrome, label)
    const { scores, metrics, runtimeError } = summary
    progress(
      `  ${label}: perf ${scores.performance ?? '–'}, LCP ${Math.round(metrics.lcpMs ?? 0)} ms, TBT ${Math.round(metrics.tbtMs ?? 0)} ms${runtimeError ? `, ERROR ${runtimeError}` : ''}`,
    )
    runs.push(summary)
  }
  return { page, url, runs }
}

function header(results: readonly PageResult[], chrome: string): string {
  const cpu = cpus()
  const first = results[0]?.runs[0]
  const indexes = results.flatMap((r) => r.runs.map((run) => run.benchmarkIndex ?? Number.NaN)).filter(Number.isFinite)
  return [
    `first visit: Lighthouse ${first?.lighthouseVersion ?? '?'}, default config (mobile emulation, simulated throttling), categories ${categoryIds.join(', ')}`,
    `best of ${options.runs} run(s) per page by performance score, a fresh Chrome per run (${chrome})`,
    `machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(
        ' ',
      )}, Lighthouse benchmarkIndex ${indexes.length > 0 ? `${Math.min(...indexes)}–${Math.max(...indexes)}` : '?'}`,
  ].join('\n')
}

async function writeJson(path: string, base: string, results: readonly PageResult[]): Promise<void> {
  const pages = results.map(({ page, url, runs }) => ({
    name: page.name,
    path: page.path,
    url,
    best: bestRun(runs),
    runs,
  }))
  const document = { measuredAt: new Date().toISOString(), base, runsPerPage: options.runs, targets, pages }
  await writeFile(path, `${JSON.stringify(document, null, 2)}\n`)
  progress(`wrote ${path}`)
}

async function main(): Promise<number> {
  ensureBuild()
  const chrome = chromePath()
  const base = await serverBase()
  const pages = await pickPages(base, options.pages)
  progress(`pages: ${pages.map((page) => `${page.name} ${page.path}`).join(', ')}`)
  const results: PageResult[] = []
  for (const page of pages) results.push(await measurePage(base, page, chrome))
  console.log(`${header(results, chrome)}\n\n${formatTable(results)}\n`)
  for (const result of results) console.log(`${formatPageDetails(result)}\n`)
  if (options.json) await writeJson(options.json, base, results)
  return printCatalogSizeTable()
}

/** Point 2 of issue 12: the first catalog sync at each size, measured by bench/catalog-sync.ts. */
function printCatalogSizeTable(): number {
  if (!options.catalogSizes) return 0
  progress(`catalog sizes ${options.catalogSizes}: bench/catalog-sync.ts --cpu 4`)
  const args = ['tsx', 'bench/catalog-sync.ts', '--sizes', options.catalogSizes, '--cpu', '4']
  const run = spawnSync('npx', args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] })
  return run.status ?? 1
}

// Bounded: a server start, then per run a Chrome launch and a Lighthouse pass (≈20–60 s on 2 noisy
// cores), then the catalog-size table (a 100k-product seed and sync take minutes).
const budgetMs = (180 + options.pages.length * options.runs * 150 + (options.catalogSizes ? 1200 : 0)) * 1000
runBench(main, teardown, budgetMs)
