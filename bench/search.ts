// Prints what search costs: index build time, memory and query latency (p50/p95/p99 per kind of
// query: exact, typo, prefix, faceted, and autocomplete) for the server's index at 10k and 100k
// generated products and for the browser's index at 10k in Chromium. The catalog is generated
// deterministically (bench/search-catalog.ts); the engine is the one both sides run.
// Usage: npm run bench:search [-- --rounds 20]   (needs --expose-gc, which the npm script passes)
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { type Rollup, build as viteBuild } from 'vite'
import { createSearchEngine } from '../shared/search/search-engine.ts'
import { generateSearchCatalog } from './search-catalog.ts'
import { benchQueries, type Latency, type QueryKind, summarise } from './search-queries.ts'

const roundsFlag = process.argv.indexOf('--rounds')
const rounds = roundsFlag >= 0 ? Number(process.argv[roundsFlag + 1]) : 20
const warmup = 3
const pageSize = 1_000
const targets = { serverP95At100k: 15, browserP95At10k: 10 } as const

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc (npm run bench:search does)')

function heapMb(): number {
  gc?.()
  gc?.()
  return process.memoryUsage().heapUsed / 1_048_576
}

type Report = { title: string; buildMs: number; memoryMb: number; products: number; words: number; latency: Latency[] }

function benchServer(productCount: number): Report {
  const catalog = generateSearchCatalog(productCount)
  const before = heapMb()
  const started = performance.now()
  const engine = createSearchEngine()
  // In pages, as the server applies the change feed.
  for (let i = 0; i < catalog.products.length; i += pageSize) {
    engine.applyChanges({
      categories: i === 0 ? catalog.categories : [],
      products: catalog.products.slice(i, i + pageSize),
    })
  }
  const buildMs = performance.now() - started
  const memoryMb = heapMb() - before
  const samples: [QueryKind, number][] = []
  for (let round = 0; round < warmup + rounds; round++) {
    for (const { kind, request } of benchQueries) {
      const queryStarted = performance.now()
      if (kind === 'suggest') engine.suggest(request.q)
      else engine.search(request)
      if (round >= warmup) samples.push([kind, performance.now() - queryStarted])
    }
  }
  return {
    title: `server index (Node ${process.version}), ${productCount.toLocaleString('en')} products`,
    buildMs,
    memoryMb,
    products: engine.size(),
    words: engine.vocabularySize(),
    latency: summarise(samples),
  }
}

/** The browser entry as one script, built with Vite like the app (same Orama build, same shared code). */
async function browserBundle(): Promise<string> {
  const result = await viteBuild({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: fileURLToPath(new URL('./search-browser-entry.ts', import.meta.url)),
        formats: ['iife'],
        name: 'searchBenchBundle',
        fileName: 'search-bench',
      },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[]
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk')
  if (chunk?.type !== 'chunk') throw new Error('vite produced no script for the browser benchmark')
  return chunk.code
}

async function benchBrowser(productCount: number): Promise<Report> {
  const script = await browserBundle()
  const catalog = generateSearchCatalog(productCount)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
  try {
    const page = await browser.newPage()
    await page.goto('about:blank')
    await page.addScriptTag({ content: script })
    await page.evaluate((data) => Object.assign(globalThis, { benchCatalog: data }), catalog)
    const cdp = await page.context().newCDPSession(page)
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1_048_576
    }
    const before = await heap()
    type BuildAnswer = { ms: number; products: number; words: number }
    const built = await page.evaluate(() => {
      const scope = globalThis as unknown as {
        searchBench: { build(catalog: unknown): BuildAnswer }
        benchCatalog: unknown
      }
      const answer = scope.searchBench.build(scope.benchCatalog)
      scope.benchCatalog = undefined
      return answer
    })
    const memoryMb = (await heap()) - before
    const latency = await page.evaluate(
      ([queries, rounds, warmup]) =>
        (
          globalThis as unknown as { searchBench: { run(q: unknown, r: number, w: number): Latency[] } }
        ).searchBench.run(queries, rounds, warmup),
      [benchQueries, rounds, warmup] as const,
    )
    return {
      title: `client index (Chromium ${browser.version()}, page main thread), ${productCount.toLocaleString('en')} products`,
      buildMs: built.ms,
      memoryMb,
      products: built.products,
      words: built.words,
      latency,
    }
  } finally {
    await browser.close()
  }
}

function print(report: Report): void {
  console.log(`\n${report.title}`)
  console.log(
    `  build ${(report.buildMs / 1000).toFixed(2)} s, memory +${report.memoryMb.toFixed(0)} MB heap, ` +
      `${report.products.toLocaleString('en')} documents, ${report.words.toLocaleString('en')} words`,
  )
  for (const row of report.latency) {
    const ms = (value: number) => `${value.toFixed(2).padStart(6)} ms`
    console.log(`  ${row.kind.padEnd(8)} p50 ${ms(row.p50)}  p95 ${ms(row.p95)}  p99 ${ms(row.p99)}  (n=${row.n})`)
  }
}

const worstP95 = (report: Report) => Math.max(...report.latency.map((row) => row.p95))

console.log(`search benchmark: ${rounds} rounds of ${benchQueries.length} queries, ${availableParallelism()} CPUs`)
const server10k = benchServer(10_000)
print(server10k)
const server100k = benchServer(100_000)
print(server100k)
const browser10k = await benchBrowser(10_000)
print(browser10k)

const verdict = (worst: number, target: number) =>
  `${worst.toFixed(2)} ms ${worst < target ? '<' : '>='} ${target} ms: ${worst < target ? 'met' : 'MISSED'}`
console.log(`\ntargets (worst p95 over all kinds of query)`)
console.log(`  server at 100k: ${verdict(worstP95(server100k), targets.serverP95At100k)}`)
console.log(`  browser at 10k: ${verdict(worstP95(browser10k), targets.browserP95At10k)}`)
