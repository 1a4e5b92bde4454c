// The processes bench/http.ts measures: the shop started the way `npm start` starts it (compiled
// `node build/server/main.js` when it exists, else `npx tsx server/main.ts`), on a fresh PGlite data
// dir or a fresh Postgres schema + Redis key prefix, and the bare node:http reference. Everything
// started or created here is registered with the teardown.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import postgres from 'postgres'
import { z } from 'zod'
import type { Teardown } from './http-teardown.ts'

export const repoRoot = join(import.meta.dirname, '..')
export const postgresUrl = 'postgres://postgres@127.0.0.1:5432/test'
export const redisUrl = 'redis://127.0.0.1:6379'

const readyTimeoutMs = 180_000
const compiledEntry = join(repoRoot, 'build', 'server', 'main.js')

export type Backing = 'pglite' | 'postgres'
export type Shop = {
  readonly base: string
  readonly stop: () => Promise<void>
  readonly logTail: () => string
  /** The node process that serves (whose CPU time is measured), or why there is none. */
  readonly serving: Serving
}

/** A process whose CPU time is read around each measured pass, or why it cannot be. */
export type Serving = { readonly pid: number } | { readonly pid?: undefined; readonly why: string }

/** Clock ticks per second of /proc/<pid>/stat's times (getconf CLK_TCK), 100 when it cannot be read. */
export function clockTicksPerSecond(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim())
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100
  } catch {
    return 100
  }
}

/** utime + stime of a process (all its threads), in clock ticks; undefined when it cannot be read. */
export function cpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Field 2, the command name, is in parentheses and may hold spaces: count from the last ')'.
    // After it come field 3 (state) onwards, so utime (14) and stime (15) are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return Number.isFinite(ticks) ? ticks : undefined
  } catch {
    return undefined
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    )
  } catch {
    return []
  }
}

/**
 * The process that serves under `npx tsx server/main.ts`: npx runs tsx (through a shell), and tsx runs
 * the server in a node child of its own, so it is the deepest node process below the spawned one.
 */
function deepestNodeDescendant(root: number): Serving {
  const found: { pid: number; depth: number }[] = []
  const walk = (pid: number, depth: number) => {
    for (const child of childrenOf(pid)) {
      if (readFileSafe(`/proc/${child}/comm`).trim() === 'node') found.push({ pid: child, depth })
      walk(child, depth + 1)
    }
  }
  walk(root, 1)
  const depth = Math.max(0, ...found.map((f) => f.depth))
  const deepest = found.filter((f) => f.depth === depth)
  const only = deepest.length === 1 ? deepest[0] : undefined
  return only
    ? { pid: only.pid }
    : { why: `not measured: ${deepest.length} node processes at the deepest level below npx (pid ${root})` }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}

/**
 * How `npm start` runs the server right now, minus its build step: `node <flags> build/server/main.js`
 * (flags as in package.json's start script) when the compiled server exists, else tsx on the source.
 */
export function shopCommand(): { command: string; args: string[]; label: string } {
  if (!existsSync(compiledEntry))
    return {
      command: 'npx',
      args: ['tsx', 'server/main.ts'],
      label: 'npx tsx server/main.ts (no build/server/main.js)',
    }
  const scripts = z
    .object({ scripts: z.record(z.string(), z.string()) })
    .parse(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))).scripts
  const flags = scripts.start
    ?.match(/\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+build\/server\/main\.js/)?.[1]
    ?.trim()
    .split(/\s+/)
  const args = [...(flags?.filter(Boolean) ?? []), compiledEntry]
  return { command: process.execPath, args, label: `node ${[...args.slice(0, -1), 'build/server/main.js'].join(' ')}` }
}

/** When the compiled server is older than a source file under server/ or shared/, a warning. */
export async function staleBuildWarning(): Promise<string | undefined> {
  if (!existsSync(compiledEntry)) return undefined
  const built = (await stat(compiledEntry)).mtimeMs
  for (const dir of ['server', 'shared']) {
    for (const file of await readdir(join(repoRoot, dir), { recursive: true })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue
      if ((await stat(join(repoRoot, dir, file))).mtimeMs > built)
        return `NOTE: build/server/main.js is older than ${dir}/${file}: npm run build:server to measure the current code`
    }
  }
  return undefined
}

/** Whether the server this bench starts reads SERVER_CACHE_MB at all (else cold and warm are one server). */
export async function serverReadsCacheSize(): Promise<boolean> {
  const sources = existsSync(compiledEntry)
    ? (await readdir(join(repoRoot, 'build', 'server'), { recursive: true }))
        .filter((file) => file.endsWith('.js'))
        .map((file) => join(repoRoot, 'build', 'server', file))
    : [join(repoRoot, 'server', 'env.ts')]
  for (const source of sources) if ((await readFile(source, 'utf8')).includes('SERVER_CACHE_MB')) return true
  return false
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** Variables of this shell that would point the child at another database, cache or port. */
const inheritedOverrides = [
  'DATABASE_URL',
  'DATABASE_SCHEMA',
  'REDIS_URL',
  'REDIS_KEY_PREFIX',
  'SERVER_CACHE_MB',
  'PORT',
  'HOST',
  'DATA_DIR',
  'METRICS_PORT',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'SENTRY_DSN',
]

function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of inheritedOverrides) delete env[name]
  return env
}

/** PostgreSQL or Redis is not there: the postgres+redis configuration cannot run on this machine. */
export class ServicesUnreachableError extends Error {}

/** The shop did not get ready (the message ends with the tail of its log); it has been stopped. */
export class ShopStartError extends Error {}

export type BackingServices = { readonly env: Record<string, string>; readonly release: () => Promise<void> }

/**
 * A fresh `bench_<hex>` schema (created by the server's migrations) and Redis key prefix for one
 * server start; release() (or the teardown) drops the schema and deletes the keys.
 */
export async function postgresBacking(teardown: Teardown): Promise<BackingServices> {
  const suffix = randomBytes(4).toString('hex')
  const schema = `bench_${suffix}`
  const keyPrefix = `bench-http-${suffix}:`
  const sql = postgres(postgresUrl, { max: 1, connect_timeout: 5, onnotice: () => {} })
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5_000 })
  redis.on('error', () => {}) // a refused connection rejects connect() below; the event would crash us
  const closeClients = teardown.add('close the Postgres and Redis clients', async () => {
    await Promise.allSettled([sql.end({ timeout: 5 }), redis.quit()])
  })
  try {
    await sql`select 1`
    await redis.connect()
  } catch (error) {
    await closeClients()
    throw new ServicesUnreachableError(
      `PostgreSQL (${postgresUrl}) or Redis (${redisUrl}) unreachable: ${String(error)}`,
    )
  }
  const dropSchema = teardown.add(`drop schema ${schema}`, async () => {
    await sql.unsafe(`drop schema if exists "${schema}" cascade`)
  })
  const deleteOurKeys = teardown.add(`delete Redis keys ${keyPrefix}*`, () => deleteKeys(redis, keyPrefix))
  return {
    env: { DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix },
    release: async () => {
      await deleteOurKeys()
      await dropSchema()
      await closeClients()
    },
  }
}

async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0'
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000)
    if (keys.length > 0) await redis.unlink(...keys)
    cursor = next
  } while (cursor !== '0')
}

/**
 * Starts the shop in a process group of its own (so npx, tsx and node are stopped together) with its
 * log in the temp dir, and waits until it is ready and its search index answers.
 */
export async function startShop(teardown: Teardown, env: Record<string, string>, xff: () => string): Promise<Shop> {
  const dataDir = await mkdtemp(join(tmpdir(), 'storefront-bench-http-'))
  const removeDataDir = teardown.add(`remove ${dataDir}`, () => rm(dataDir, { recursive: true, force: true }))
  const port = await freePort()
  const logPath = join(dataDir, 'server.log')
  const log = openSync(logPath, 'a')
  const { command, args } = shopCommand()
  const child = spawn(command, args, {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...baseEnv(), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, METRICS_PORT: '0', ...env },
  })
  closeSync(log) // the child holds its own copy
  const stopChild = teardown.addProcessGroup(`stop the shop (pid ${child.pid})`, child)
  const logTail = () => readFileSync(logPath, 'utf8').split('\n').slice(-15).join('\n')
  const shop = {
    base: `http://127.0.0.1:${port}`,
    logTail,
    stop: async () => {
      await stopChild()
      await removeDataDir()
    },
  }
  try {
    await waitUntilReady(shop.base, child, xff)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const tail = logTail()
    await shop.stop()
    throw new ShopStartError(`${message}\n--- last lines of the server log ---\n${tail}`)
  }
  // Resolved once it is ready: under npx the serving node process exists only by then.
  const serving: Serving =
    child.pid === undefined
      ? { why: 'not measured: the shop has no pid' }
      : command === process.execPath
        ? { pid: child.pid }
        : deepestNodeDescendant(child.pid)
  return { ...shop, serving }
}

async function waitUntilReady(base: string, child: ChildProcess, xff: () => string): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs
  const answers = async (path: string) => {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the shop exited (${child.exitCode ?? child.signalCode}) while starting`)
    const timeout = AbortSignal.timeout(Math.max(1, deadline - Date.now()))
    const response = await fetch(`${base}${path}`, { headers: { 'x-forwarded-for': xff() }, signal: timeout }).catch(
      () => undefined,
    )
    await response?.body?.cancel()
    return response?.status === 200
  }
  // Ready = the database answers; the demo catalog is seeded before it listens, and the search index
  // is built in the background after it (a search waits for it), so one search must answer too.
  for (const path of ['/readyz', '/api/search?q=a']) {
    while (!(await answers(path))) {
      if (Date.now() > deadline) throw new Error(`the shop did not answer ${path} within ${readyTimeoutMs / 1000} s`)
      await new Promise((r) => setTimeout(r, 250))
    }
  }
}

/**
 * The bare node:http reference in a child process (node itself, so its pid is the serving process);
 * resolves with its base URL once it listens. `assetFile`: what it sends on any path but /healthz
 * (the asset row's reference).
 */
export async function startBareServer(
  teardown: Teardown,
  assetFile: string,
): Promise<{ readonly base: string; readonly serving: Serving }> {
  const script = join(import.meta.dirname, 'http-bare-server.ts')
  const child = spawn(process.execPath, ['--import', 'tsx', script, assetFile], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  teardown.addProcessGroup(`stop the bare server (pid ${child.pid})`, child)
  const port = await new Promise<string>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the bare server exited with code ${code}`)))
    child.stdout?.setEncoding('utf8').once('data', (line: string) => resolve(line.trim()))
  })
  child.stdout?.resume()
  const serving: Serving =
    child.pid === undefined ? { why: 'not measured: the bare server has no pid' } : { pid: child.pid }
  return { base: `http://127.0.0.1:${port}`, serving }
}
