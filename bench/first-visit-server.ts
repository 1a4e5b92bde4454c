// The shop that bench/first-visit.ts measures: the compiled server (`node build/server/main.js`, with
// the node flags of `npm start`) in a child process of its own, on a free port, with a fresh temporary
// DATA_DIR (a new PGlite, seeded with the demo catalog) and its log in that dir. It is stopped by its
// PID alone — SIGTERM, then SIGKILL after a grace period — never by name: other servers run here.
import { type ChildProcess, spawn } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, repoRoot, shopCommand } from './http-shop.ts'
import type { Teardown } from './http-teardown.ts'

const readyTimeoutMs = 120_000
const stopGraceMs = 10_000

/** What a first visit needs from the build: the client (dist/) and the compiled server. */
export const buildOutputs = [join('dist', 'index.html'), join('build', 'server', 'main.js')] as const

export function missingBuildOutputs(): string[] {
  return buildOutputs.filter((path) => !existsSync(join(repoRoot, path)))
}

export type RunningShop = { readonly base: string; readonly pid: number; readonly stop: () => Promise<void> }

/** Variables of this shell that would point the child elsewhere than its own port and fresh data. */
const inheritedOverrides = [
  'DATABASE_URL',
  'DATABASE_SCHEMA',
  'REDIS_URL',
  'REDIS_KEY_PREFIX',
  'PORT',
  'HOST',
  'DATA_DIR',
  'DIST_DIR',
  'METRICS_PORT',
  'SEED_DEMO_CATALOG',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'SENTRY_DSN',
]

function childEnv(port: number, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of inheritedOverrides) delete env[name]
  return {
    ...env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    METRICS_PORT: '0',
    SEED_DEMO_CATALOG: 'true',
  }
}

/** Resolves once the child has exited, or false after `ms` if it has not. */
function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}

/** SIGTERM to this one PID (the server shuts down cleanly), SIGKILL if it is still there after the grace. */
async function stopByPid(child: ChildProcess, pid: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  process.kill(pid, 'SIGTERM')
  if (!(await exited(child, stopGraceMs))) {
    process.kill(pid, 'SIGKILL')
    await exited(child, stopGraceMs)
  }
}

export async function startShop(teardown: Teardown): Promise<RunningShop> {
  const dataDir = await mkdtemp(join(tmpdir(), 'storefront-bench-first-visit-'))
  const removeDataDir = teardown.add(`remove ${dataDir}`, () => rm(dataDir, { recursive: true, force: true }))
  const port = await freePort()
  const logPath = join(dataDir, 'server.log')
  const log = openSync(logPath, 'a')
  const { command, args } = shopCommand()
  // detached: a Ctrl-C in the terminal reaches only this bench, which then stops the child itself.
  const child = spawn(command, args, {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', log, log],
    env: childEnv(port, dataDir),
  })
  closeSync(log) // the child holds its own copy
  const pid = child.pid
  if (pid === undefined) throw new Error(`could not start ${command}`)
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGKILL')
  }
  process.on('exit', killOnExit) // last resort: nothing async runs then
  const stopChild = teardown.add(`stop the shop (pid ${pid})`, async () => {
    await stopByPid(child, pid)
    process.off('exit', killOnExit)
  })
  const stop = async () => {
    await stopChild()
    await removeDataDir()
  }
  const base = `http://127.0.0.1:${port}`
  try {
    await waitUntilReady(base, child)
  } catch (error) {
    const tail = readFileSync(logPath, 'utf8').split('\n').slice(-15).join('\n')
    await stop()
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n--- last lines of the server log ---\n${tail}`,
    )
  }
  return { base, pid, stop }
}

/** Ready = /readyz answers 200 (the database answers; the demo catalog is seeded before the server listens). */
async function waitUntilReady(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the shop exited (${child.exitCode ?? child.signalCode}) while starting`)
    const response = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined)
    await response?.body?.cancel()
    if (response?.status === 200) return
    if (Date.now() > deadline) throw new Error(`the shop did not answer /readyz within ${readyTimeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
