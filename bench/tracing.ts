// Prints requests/s of the whole app (all middleware) on a trivial route, in-process (app.fetch, no
// sockets), with tracing: not started (no-op API), started without an exporter (ids only, the
// default), and recording every span into an exporter that drops them (the cost of OTLP minus the
// network). Also /readyz, which runs one SQL statement (a span too). The µs/request column is
// the difference of the inverse rates: the time tracing adds per request, whatever the machine.
// Usage: npx tsx bench/tracing.ts [-- --seconds 3]
import { ExportResultCode } from '@opentelemetry/core'
import { BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace'
import { createApp } from '../server/app.ts'
import { loadConfig } from '../server/env.ts'
import { createMetrics } from '../server/observability/metrics.ts'
import { startTracing, type Tracing } from '../server/observability/tracing.ts'
import { openDatabase } from '../server/platform/db.ts'
import { createLogger } from '../server/platform/logger.ts'

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1] || 3)
const concurrency = 16

const droppingExporter: SpanExporter = {
  export: (_spans, done) => done({ code: ExportResultCode.SUCCESS }),
  shutdown: async () => {},
}

const metrics = createMetrics()
const database = await openDatabase({ url: undefined, schema: undefined, pgliteDir: undefined }, metrics.db)
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DIST_DIR: '/nonexistent' })
const app = createApp({ config, db: database.db, logger: createLogger('silent'), metrics })

async function requestsPerSecond(path: string): Promise<number> {
  const deadline = performance.now() + seconds * 1000
  let done = 0
  const worker = async () => {
    while (performance.now() < deadline) {
      const response = await app.fetch(new Request(`http://bench.local${path}`))
      await response.arrayBuffer()
      done++
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  return done / ((performance.now() - started) / 1000)
}

type Mode = { name: string; start: () => Tracing | undefined }
const modes: Mode[] = [
  { name: 'not started (no-op API)', start: () => undefined },
  { name: 'ids only (default, no endpoint)', start: () => startTracing({ otlpEndpoint: undefined, serviceName: 'b' }) },
  {
    name: 'recording every span (exporter drops)',
    start: () =>
      startTracing(
        { otlpEndpoint: undefined, serviceName: 'b' },
        { spanProcessors: [new BatchSpanProcessor({ exporter: droppingExporter })] },
      ),
  },
]

await requestsPerSecond('/healthz') // warm-up: JIT, first-request setup
// Rounds interleave the modes, so a noisy neighbour (other processes on the machine) hits all alike.
const rounds = 3
for (const path of ['/healthz', '/readyz']) {
  const best = new Map<string, number>()
  for (let round = 0; round < rounds; round++) {
    for (const mode of modes) {
      const tracing = mode.start()
      best.set(mode.name, Math.max(best.get(mode.name) ?? 0, await requestsPerSecond(path)))
      await tracing?.shutdown()
    }
  }
  console.log(`\n${path} (${concurrency} concurrent, ${seconds} s per run, best of ${rounds} interleaved rounds)`)
  const baseline = best.get(modes[0]?.name ?? '') ?? 1
  for (const [name, rps] of best) {
    const overheadUs = (1 / rps - 1 / baseline) * 1e6
    const cost = name === modes[0]?.name ? '' : `  (${overheadUs >= 0 ? '+' : ''}${overheadUs.toFixed(1)} µs/request)`
    console.log(`  ${name.padEnd(40)} ${Math.round(rps).toLocaleString('en').padStart(7)} req/s${cost}`)
  }
}
await database.close()
