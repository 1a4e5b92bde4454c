// Prints the client's initial JS size (gzip) and the time a fresh browser needs to sync the full
// catalog into IndexedDB. Needs a production build (`npm run build`); starts its own server on a
// throwaway PGlite data directory.  Usage: npm run bench:client [-- --runs 5]
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'

const distDir = join(import.meta.dirname, '..', 'dist')
const port = Number(process.env.BENCH_PORT ?? 3200)
const runsFlag = process.argv.indexOf('--runs')
const runs = runsFlag >= 0 ? Number(process.argv[runsFlag + 1]) : 3

async function initialJsGzipBytes(): Promise<{ files: string[]; bytes: number }> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8')
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] as string)
  let bytes = 0
  for (const file of files) bytes += gzipSync(await readFile(join(distDir, file)), { level: 9 }).length
  return { files, bytes }
}

async function startServer(dataDir: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  for (let i = 0; i < 600; i++) {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ready) return server
    await new Promise((r) => setTimeout(r, 200))
  }
  server.kill()
  throw new Error('server did not become ready')
}

async function catalogSize(): Promise<number> {
  let total = 0
  let since = 'x0'
  for (;;) {
    const page = await fetch(`http://127.0.0.1:${port}/api/sync/catalog?since=${since}&limit=1000`).then(
      (r) => r.json() as Promise<{ products: { deletedAt: string | null }[]; cursor: string; hasMore: boolean }>,
    )
    total += page.products.filter((p) => p.deletedAt === null).length
    since = page.cursor
    if (!page.hasMore) return total
  }
}

async function timeFreshSync(expected: number): Promise<number> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const page = await (await browser.newContext()).newPage()
    const started = performance.now()
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForFunction(
      (want) =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('storefront')
          open.onsuccess = () => {
            const db = open.result
            if (!db.objectStoreNames.contains('products')) return resolve(false)
            const count = db.transaction('products').objectStore('products').count()
            count.onsuccess = () => resolve(count.result >= want)
            count.onerror = () => resolve(false)
          }
          open.onerror = () => resolve(false)
        }),
      expected,
      { polling: 20, timeout: 60_000 },
    )
    return performance.now() - started
  } finally {
    await browser.close()
  }
}

const js = await initialJsGzipBytes()
console.log(`initial JS (gzip -9): ${(js.bytes / 1024).toFixed(1)} kB in ${js.files.length} file(s)`)

const dataDir = await mkdtemp(join(tmpdir(), 'storefront-bench-'))
const server = await startServer(dataDir)
try {
  const products = await catalogSize()
  const timings: number[] = []
  for (let i = 0; i < runs; i++) timings.push(await timeFreshSync(products))
  timings.sort((a, b) => a - b)
  const median = timings[Math.floor(timings.length / 2)] ?? Number.NaN
  console.log(
    `fresh full catalog sync (${products} products, navigation → all in IndexedDB): median ${median.toFixed(0)} ms, runs ${timings.map((t) => t.toFixed(0)).join(' / ')} ms`,
  )
} finally {
  server.kill('SIGTERM')
  await rm(dataDir, { recursive: true, force: true })
}
