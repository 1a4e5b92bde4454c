/**
 * `npm start` run the way a process manager or container runs it: in a process group of its own,
 * stopped by SIGTERM to the whole group (DESIGN §9, decision 0011). The compiled server is built
 * here (esbuild, under a second); `--ignore-scripts` skips only the `prestart` hook, so the slow
 * client build does not run, and the server answers without dist/ (the shop UI is not needed).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { Agent, type ClientRequest, type IncomingMessage, request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from './platform/repo-root.ts'

const admin = { email: 'admin@graceful-stop.test', password: 'graceful-stop-password' }

type Started = { readonly npm: ChildProcess; readonly port: number; log(): string; exited: Promise<number | null> }

let dataDir: string
let started: Started | undefined

beforeAll(async () => {
  await promisify(execFile)('npm', ['run', 'build:server'], { cwd: repoRoot })
  dataDir = await mkdtemp(join(tmpdir(), 'graceful-stop-'))
}, 60_000)

afterAll(async () => {
  // Only if an assertion failed midway: do not leave a server behind.
  if (started?.npm.exitCode === null && started.npm.pid) killGroup(started.npm.pid)
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

describe('npm start', () => {
  it('answers the request in flight, then stops and exits 0 when its process group gets SIGTERM', async () => {
    started = await startLikeAUser()
    const { npm, port } = started
    expect(await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status)).toBe(200)

    // A sign-in whose body is still arriving: the server has taken the request (100 Continue is
    // sent once its headers are parsed) and cannot answer before the rest of the body comes.
    const agent = new Agent({ keepAlive: true })
    const body = JSON.stringify(admin)
    const signIn = request(`http://127.0.0.1:${port}/api/auth/sign-in`, {
      method: 'POST',
      agent,
      headers: { 'Content-Type': 'application/json', Expect: '100-continue' },
    })
    const response = responseOf(signIn)
    await new Promise<void>((resolve) => signIn.once('continue', resolve))
    signIn.write(body.slice(0, 10))

    if (!npm.pid) throw new Error('npm start has no pid')
    process.kill(-npm.pid, 'SIGTERM')
    await waitFor(() => started?.log().includes('"msg":"shutting down"') ?? false, 10_000)
    // npm forwards the signal to the server, which so gets it twice, and an impatient operator may
    // send it again: a repeat while draining must not kill the server (Node's default action would).
    process.kill(-npm.pid, 'SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 300))
    signIn.end(body.slice(10))

    const answered = await response
    expect(answered.status).toBe(200)
    expect(JSON.parse(answered.body)).toMatchObject({ user: { email: admin.email } })
    expect(await started.exited).toBe(0)
    agent.destroy()
    expect(started.log()).toContain('"msg":"stopped"')
    expect(await isListening(port)).toBe(false)
  }, 60_000)
})

/** Spawns `npm start` detached (its own process group) and resolves when the server listens. */
async function startLikeAUser(): Promise<Started> {
  const npm = spawn('npm', ['start', '--ignore-scripts'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A user's shell, not this test runner's: no NODE_ENV=test, no DATABASE_URL or REDIS_URL from CI.
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      HOST: '127.0.0.1',
      PORT: '0',
      METRICS_PORT: '0',
      DATA_DIR: dataDir,
      SEED_DEMO_CATALOG: 'false',
      LOG_LEVEL: 'info',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    },
  })
  let output = ''
  npm.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  npm.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)))
  const listening = () => /"url":"http:\/\/127\.0\.0\.1:(\d+)","msg":"storefront listening"/.exec(output)
  await waitFor(() => listening() !== null || npm.exitCode !== null, 45_000)
  const match = listening()
  if (!match?.[1]) throw new Error(`npm start did not come up:\n${output}`)
  return { npm, port: Number(match[1]), log: () => output, exited }
}

function responseOf(req: ClientRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    req.once('error', reject)
    req.once('response', (res: IncomingMessage) => {
      let body = ''
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
      res.once('error', reject)
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
  })
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch (error) {
    const alreadyGone = error instanceof Error && 'code' in error && error.code === 'ESRCH'
    if (!alreadyGone) throw error
  }
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}
