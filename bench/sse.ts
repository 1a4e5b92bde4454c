// Prints how many concurrent SSE clients one server instance holds, its memory (RSS and heap after
// GC, whole and per client), and the delay from an admin action to its delivery (p50/p99/max) at
// 1,000 and 10,000 clients. The server runs in a child process (bench/sse-server.ts) on an in-memory
// PGlite, or on PostgreSQL when DATABASE_URL is set. Every client is a guest shopper of its own; a
// sample of them has a shipped order, and the admin changes its tracking (POST
// /api/admin/orders/:id/actions), which pokes that shopper's stream with order.tracking_updated.
// The delay runs from just before the admin's request to the event's arrival, on one clock.
// Usage: npm run bench:sse [-- --clients 1000,10000 --sample 50 --rounds 6]
import { fork } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import { testCards } from '../server/payments/test-payment-provider.ts'
import { testAddress } from '../server/test-support/test-checkout.ts'
import type { BenchSession, FromServer, ServerStats, ToServer } from './sse-server.ts'

const flag = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback
}
const clientCounts = flag('clients', '1000,10000').split(',').map(Number)
const sampleSize = Number(flag('sample', '50'))
const rounds = Number(flag('rounds', '6'))
const connectConcurrency = 100
const actionConcurrency = 4
const orderConcurrency = 4
const deliveryTimeoutMs = 10_000
const admin = { email: 'bench-admin@example.com', password: 'the bench admin password' }

type Stream = { close(): void }
type Row = {
  clients: number
  held: number
  stats: ServerStats
  /** Seconds to create the new sessions (and the sample's orders), then to open their streams. */
  prepareS: number
  connectS: number
  /** Admin action sent → event received, and the admin's own response time, both ms and sorted. */
  delays: number[]
  responses: number[]
  lost: number
}

/** The soft limit on open files; each client holds a socket in this process and one in the server. */
function openFileLimit(): number {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'))
  const soft = line?.split(/\s{2,}/)[1]
  return soft === 'unlimited' || soft === undefined ? Number.POSITIVE_INFINITY : Number(soft)
}

function startServer() {
  const child = fork(new URL('./sse-server.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const waiting = new Map<FromServer['type'], (message: FromServer) => void>()
  child.on('message', (message: FromServer) => waiting.get(message.type)?.(message))
  const ask = <T extends FromServer['type']>(type: T, request?: ToServer) =>
    new Promise<Extract<FromServer, { type: T }>>((resolve) => {
      waiting.set(type, (message) => resolve(message as Extract<FromServer, { type: T }>))
      if (request) child.send(request)
    })
  return {
    ready: ask('ready'),
    sessions: async (count: number) => (await ask('sessions', { type: 'sessions', count })).sessions,
    stats: async () => (await ask('stats', { type: 'stats' })).stats,
    stop: () => new Promise<void>((resolve) => child.once('exit', () => resolve()).send({ type: 'stop' })),
  }
}

/** A JSON request as one shopper (or the admin): its cookie, CSRF token and an address of its own. */
async function api(base: string, session: BenchSession, ip: string, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set('cookie', `sf_session=${session.token}`)
  headers.set('x-csrf-token', session.csrfToken)
  headers.set('x-forwarded-for', ip)
  if (init.body) headers.set('content-type', 'application/json')
  const response = await fetch(`${base}${path}`, { ...init, headers })
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${await response.text()}`)
  return response
}

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers,
})

async function signInAdmin(base: string): Promise<BenchSession> {
  const started = await fetch(`${base}/api/auth/session`)
  const guest = { token: cookieOf(started), csrfToken: ((await started.json()) as { csrfToken: string }).csrfToken }
  const signedIn = await api(base, guest, '203.0.113.1', '/api/auth/sign-in', post(admin))
  return { token: cookieOf(signedIn), csrfToken: ((await signedIn.json()) as { csrfToken: string }).csrfToken }
}

function cookieOf(response: Response): string {
  const token = response.headers.get('set-cookie')?.match(/sf_session=([^;]*)/)?.[1]
  if (!token) throw new Error('no session cookie')
  return token
}

/** A paid, fulfilled and shipped order of one shopper: the target of the tracking changes. */
async function shippedOrder(
  base: string,
  shopper: BenchSession,
  adminSession: BenchSession,
  productId: string,
  n: number,
) {
  const ip = `10.0.${Math.floor(n / 250)}.${(n % 250) + 1}`
  const mutation = {
    kind: 'cart.set_quantity',
    productId,
    quantity: 1,
    id: randomUUID(),
    createdAt: new Date().toISOString(),
  }
  await api(base, shopper, ip, '/api/sync/push', post({ mutations: [mutation] }))
  const checkoutBody = { email: 'bench@example.com', shippingAddress: testAddress, shippingMethod: 'standard' }
  const placed = await api(base, shopper, ip, '/api/checkout', post(checkoutBody, { 'idempotency-key': randomUUID() }))
  const { id } = (await placed.json()) as { id: string }
  await api(
    base,
    shopper,
    ip,
    `/api/orders/${id}/pay`,
    post({ cardNumber: testCards.succeeds, expiry: '12/34', cvc: '123' }),
  )
  await adminAction(base, adminSession, id, { action: 'fulfil' })
  await adminAction(base, adminSession, id, { action: 'ship', carrier: 'DHL', trackingNumber: 'BENCH0' })
  return id
}

function adminAction(base: string, adminSession: BenchSession, orderId: string, body: object) {
  return api(base, adminSession, '203.0.113.1', `/api/admin/orders/${orderId}/actions`, post(body))
}

/** One SSE client on its own socket; resolves once the stream's first frame (`retry:`) arrived. */
function openStream(port: number, token: string, onEvent: (type: string) => void): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: '127.0.0.1',
      port,
      path: '/api/events',
      agent: false,
      headers: { accept: 'text/event-stream', cookie: `sf_session=${token}` },
    })
    const stream = { close: () => request.destroy() }
    request.on('error', reject)
    request.on('response', (response) => {
      if (response.statusCode !== 200) return reject(new Error(`stream answered ${response.statusCode}`))
      response.setEncoding('utf8')
      let buffer = ''
      response.on('data', (chunk: string) => {
        buffer += chunk
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          if (block.startsWith('retry:')) resolve(stream)
          const type = block.match(/^event: (.*)$/m)?.[1]
          if (type) onEvent(type)
        }
      })
    })
    request.end()
  })
}

async function inPool<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      await work(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: limit }, worker))
}

/** Waits for the next order.tracking_updated on a sampled shopper's stream. */
function createDeliveries() {
  const waiting = new Map<number, () => void>()
  let unexpected = 0
  return {
    onEvent: (shopper: number) => (type: string) => {
      if (type !== 'order.tracking_updated') return
      const deliver = waiting.get(shopper)
      if (!deliver) return void unexpected++
      waiting.delete(shopper)
      deliver()
    },
    next: (shopper: number) =>
      new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(shopper)
          resolve(false)
        }, deliveryTimeoutMs)
        waiting.set(shopper, () => {
          clearTimeout(timer)
          resolve(true)
        })
      }),
    get unexpected() {
      return unexpected
    },
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

type Bench = {
  readonly server: ReturnType<typeof startServer>
  readonly ready: Extract<FromServer, { type: 'ready' }>
  readonly base: string
  readonly adminSession: BenchSession
  readonly deliveries: ReturnType<typeof createDeliveries>
  readonly streams: Stream[]
  readonly sessions: BenchSession[]
  readonly orders: string[]
}

/** Tops the sessions up to `clients` (the first `sampleSize` with a shipped order each). */
async function prepareShoppers(bench: Bench, clients: number): Promise<void> {
  bench.sessions.push(...(await bench.server.sessions(clients - bench.sessions.length)))
  const ordered = bench.orders.length
  const unsampled = bench.sessions.slice(ordered, Math.min(sampleSize, bench.sessions.length))
  await inPool(unsampled, orderConcurrency, async (shopper, offset) => {
    const n = ordered + offset
    bench.orders[n] = await shippedOrder(bench.base, shopper, bench.adminSession, bench.ready.productId, n)
  })
}

/** Opens a stream for every session without one; returns the seconds it took. */
async function connectAll(bench: Bench): Promise<number> {
  const started = performance.now()
  const alreadyOpen = bench.streams.length
  await inPool(bench.sessions.slice(alreadyOpen), connectConcurrency, async (session, offset) => {
    const index = alreadyOpen + offset
    bench.streams[index] = await openStream(bench.ready.port, session.token, bench.deliveries.onEvent(index))
  })
  return (performance.now() - started) / 1000
}

/** `rounds` tracking changes per sampled order, `actionConcurrency` at a time. */
async function measureDeliveries(bench: Bench): Promise<Pick<Row, 'delays' | 'responses' | 'lost'>> {
  const delays: number[] = []
  const responses: number[] = []
  let lost = 0
  const actions = Array.from({ length: rounds * bench.orders.length }, (_, i) => i % bench.orders.length)
  await inPool(actions, actionConcurrency, async (shopper, i) => {
    const delivered = bench.deliveries.next(shopper)
    const started = performance.now()
    await adminAction(bench.base, bench.adminSession, bench.orders[shopper] as string, {
      action: 'update_tracking',
      carrier: 'DHL',
      trackingNumber: `BENCH${i + 1}`,
    })
    responses.push(performance.now() - started)
    if (await delivered) delays.push(performance.now() - started)
    else lost++
  })
  const sorted = (values: number[]) => values.sort((a, b) => a - b)
  return { delays: sorted(delays), responses: sorted(responses), lost }
}

async function main() {
  const fdLimit = openFileLimit()
  console.log(`open file limit (ulimit -n): ${fdLimit}; each client needs one here and one in the server`)
  const server = startServer()
  const ready = await server.ready
  const base = `http://127.0.0.1:${ready.port}`
  console.log(`server: pid ${ready.pid}, ${ready.database}, heartbeat 25 s, in-process bus`)
  const adminSession = await signInAdmin(base)
  const bench: Bench = {
    server,
    ready,
    base,
    adminSession,
    deliveries: createDeliveries(),
    streams: [],
    sessions: [],
    orders: [],
  }
  const rows: Row[] = []
  let baseline: ServerStats | undefined
  for (const clients of clientCounts) {
    if (clients + 200 > fdLimit) {
      console.log(`skipping ${clients.toLocaleString('en')} clients: open file limit ${fdLimit} too low (ulimit -n)`)
      continue
    }
    const prepareStarted = performance.now()
    await prepareShoppers(bench, clients)
    const prepareS = (performance.now() - prepareStarted) / 1000
    baseline ??= await server.stats()
    const connectS = await connectAll(bench)
    const stats = await server.stats()
    rows.push({ clients, held: stats.streams, stats, prepareS, connectS, ...(await measureDeliveries(bench)) })
    console.log(`${clients} clients measured`)
  }
  for (const stream of bench.streams) stream.close()
  await server.stop()
  if (baseline) printTable(baseline, rows, bench.deliveries.unexpected)
}

function printTable(baseline: ServerStats, rows: readonly Row[], unexpected: number) {
  const ms = (values: readonly number[], p: number) => percentile(values, p).toFixed(0)
  const kbPerClient = (mb: number, row: Row) => ((mb * 1024) / row.clients).toFixed(1)
  const columns: [string, (row: Row) => string][] = [
    ['clients', (r) => String(r.clients)],
    ['held', (r) => String(r.held)],
    ['sessions s', (r) => r.prepareS.toFixed(1)],
    ['connect s', (r) => r.connectS.toFixed(1)],
    ['RSS MB', (r) => r.stats.rssMb.toFixed(0)],
    ['heap MB', (r) => r.stats.heapMb.toFixed(0)],
    ['RSS KB/client', (r) => kbPerClient(r.stats.rssMb - baseline.rssMb, r)],
    ['heap KB/client', (r) => kbPerClient(r.stats.heapMb - baseline.heapMb, r)],
    ['actions', (r) => String(r.delays.length + r.lost)],
    ['p50 ms', (r) => ms(r.delays, 50)],
    ['p99 ms', (r) => ms(r.delays, 99)],
    ['max ms', (r) => ms(r.delays, 100)],
    ['lost', (r) => String(r.lost)],
    ['admin p50 ms', (r) => ms(r.responses, 50)],
  ]
  const line = (cells: string[]) =>
    cells.map((cell, i) => cell.padStart(Math.max(6, columns[i]?.[0].length ?? 0))).join('  ')
  console.log(`\nserver before any client: RSS ${baseline.rssMb.toFixed(0)} MB, heap ${baseline.heapMb.toFixed(0)} MB`)
  console.log("p50/p99/max: admin request sent → event received; admin p50: the admin request's own response time")
  console.log(line(columns.map(([header]) => header)))
  for (const row of rows) console.log(line(columns.map(([, cell]) => cell(row))))
  console.log(`events without a pending action (late or repeated): ${unexpected}`)
}

await main()
