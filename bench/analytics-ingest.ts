// Analytics ingestion throughput (issue 17 §4): events/s stored through POST /api/events/batch
// (100 events a batch, the most one may carry), with /healthz latency probed alongside — before the
// load (baseline) and during it — to show what ingestion costs the shop's other requests. The server
// runs in a child process (bench/analytics-ingest-server.ts) on a fresh PGlite directory, or on
// DATABASE_URL's PostgreSQL when set (DATABASE_SCHEMA isolates it). Prints one line per number.
// Usage: npm run bench:analytics-ingest [-- --duration=10 --connections=16]
import { type ChildProcess, spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '16' } },
})
const durationMs = Number(values.duration) * 1000
const connections = Number(values.connections)
const port = 30_000 + Math.floor(Math.random() * 5000)
const base = `http://127.0.0.1:${port}`
const perBatch = 100

function batchBody(): string {
  const anonymousId = randomUUID()
  const occurredAt = new Date().toISOString()
  const events = Array.from({ length: perBatch }, (_, i) => ({
    eventId: randomUUID(),
    anonymousId,
    occurredAt,
    locale: 'en',
    market: 'eu',
    deviceType: 'mobile',
    event: 'Page Viewed',
    properties: { path: `/en/p/product-${i}`, utm_source: 'bench' },
  }))
  return JSON.stringify({ events })
}

async function startServer(dataDir: string): Promise<ChildProcess> {
  const child = spawn('npx', ['tsx', 'bench/analytics-ingest-server.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve()
    })
    child.on('exit', (code) => reject(new Error(`server exited (${code})`)))
  })
  return child
}

/** /healthz latencies (ms), one request at a time, until `until`. */
async function probeHealth(until: number): Promise<number[]> {
  const latencies: number[] = []
  while (Date.now() < until) {
    const start = performance.now()
    const response = await fetch(`${base}/healthz`)
    await response.arrayBuffer()
    latencies.push(performance.now() - start)
    await new Promise((r) => setTimeout(r, 20))
  }
  return latencies
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

async function ingest(until: number): Promise<{ events: number; failures: number }> {
  let events = 0
  let failures = 0
  let ip = 0
  const worker = async () => {
    while (Date.now() < until) {
      ip += 1
      const response = await fetch(`${base}/api/events/batch`, {
        method: 'POST',
        headers: {
          'content-type': 'text/plain;charset=UTF-8',
          'x-forwarded-for': `10.9.${(ip >> 8) & 255}.${ip & 255}`,
        },
        body: batchBody(),
      })
      const answer = (await response.json()) as { accepted?: number }
      if (response.status === 202) events += answer.accepted ?? 0
      else failures += 1
    }
  }
  await Promise.all(Array.from({ length: connections }, worker))
  return { events, failures }
}

const dataDir = await mkdtemp(join(tmpdir(), 'analytics-bench-'))
const server = await startServer(dataDir)
try {
  const line = (name: string, value: string) => process.stdout.write(`${name.padEnd(34)} ${value}\n`)
  const baseline = await probeHealth(Date.now() + 3000)
  // Warm-up: the first batches compile the route and fill the connection pool.
  await ingest(Date.now() + 1000)
  const until = Date.now() + durationMs
  const started = performance.now()
  const [result, loaded] = await Promise.all([ingest(until), probeHealth(until)])
  const seconds = (performance.now() - started) / 1000
  line('database', process.env.DATABASE_URL ? 'postgres' : 'pglite')
  line('connections × events per batch', `${connections} × ${perBatch}`)
  line('events stored / s', (result.events / seconds).toFixed(0))
  line('failed batches', String(result.failures))
  line(
    '/healthz p50 / p99 idle (ms)',
    `${percentile(baseline, 50).toFixed(1)} / ${percentile(baseline, 99).toFixed(1)}`,
  )
  line('/healthz p50 / p99 loaded (ms)', `${percentile(loaded, 50).toFixed(1)} / ${percentile(loaded, 99).toFixed(1)}`)
} finally {
  server.kill('SIGTERM')
  await new Promise((r) => server.once('exit', r))
  await rm(dataDir, { recursive: true, force: true })
}
