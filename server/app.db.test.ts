import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../shared/errors.ts'
import type { Db } from './platform/db.ts'
import { writeFakeDist } from './test-support/fake-dist.ts'
import { createTestApp, testConfig } from './test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from './test-support/test-database.ts'

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
    const app = createTestApp(database().db, testConfig({ DIST_DIR: writeFakeDist() }))
    const expectations = [
      ['/', 'no-cache', 'text/html'],
      ['/index.html', 'no-cache', 'text/html'],
      ['/sw.js', 'no-cache', 'javascript'],
      ['/manifest.webmanifest', 'no-cache', 'manifest'],
      ['/assets/index-abc123.js', 'public, max-age=31536000, immutable', 'javascript'],
      ['/wishlist', 'no-cache', 'text/html'],
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
    const app = createTestApp(database().db, testConfig({ DIST_DIR: writeFakeDist() }))
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
