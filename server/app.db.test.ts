import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../shared/errors.ts'
import type { Db } from './platform/db.ts'
import { createTestApp, testConfig } from './test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from './test-support/test-database.ts'

function fakeDist(): string {
  const dist = join(testConfig().dataDir, 'dist')
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Storefront</title>')
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})')
  writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"Storefront"}')
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)')
  return dist
}

describe.each(await databaseTargets())('app shell on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return

  it('answers liveness and readiness', async () => {
    const app = createTestApp(database().db)
    const health = await app.request('/healthz')
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }])
    const ready = await app.request('/readyz')
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok' }])
  })

  it('answers 503 not ready when the database fails', async () => {
    const broken = new Proxy(database().db, {
      get: (db, key) =>
        key === 'execute' ? () => Promise.reject(new Error('connection refused')) : Reflect.get(db, key),
    }) satisfies Db
    const response = await createTestApp(broken).request('/readyz')
    expect(response.status).toBe(503)
    expect(((await response.json()) as ProblemDetails).code).toBe('UNAVAILABLE')
  })

  it('serves the built app with cache headers per kind of file', async () => {
    const app = createTestApp(database().db, testConfig({ DIST_DIR: fakeDist() }))
    const expectations = [
      ['/', 'no-cache', 'text/html'],
      ['/index.html', 'no-cache', 'text/html'],
      ['/sw.js', 'no-cache', 'javascript'],
      ['/manifest.webmanifest', 'no-cache', 'manifest'],
      ['/assets/index-abc123.js', 'public, max-age=31536000, immutable', 'javascript'],
      ['/products/some-slug', 'no-cache', 'text/html'],
    ] as const
    for (const [path, cacheControl, type] of expectations) {
      const response = await app.request(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('cache-control'), path).toBe(cacheControl)
      expect(response.headers.get('content-type'), path).toContain(type)
    }
    expect(await (await app.request('/cart')).text()).toContain('<title>Storefront</title>')
  })

  it('answers a missing asset with 404, not the app shell', async () => {
    const app = createTestApp(database().db, testConfig({ DIST_DIR: fakeDist() }))
    const response = await app.request('/assets/missing-123.js')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })

  it('answers 503 telling to build when dist/ is missing, but still serves the API', async () => {
    const app = createTestApp(database().db)
    const response = await app.request('/')
    expect(response.status).toBe(503)
    expect(((await response.json()) as ProblemDetails).detail).toContain('npm run build')
    expect((await app.request('/api/categories')).status).toBe(200)
  })

  it('answers an unknown method on a known path with a problem, never an HTML page', async () => {
    const response = await createTestApp(database().db).request('/api/products', { method: 'DELETE' })
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })
})
