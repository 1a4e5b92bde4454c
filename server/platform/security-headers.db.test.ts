import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import { writeFakeDist } from '../test-support/fake-dist.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

function expectSecurityHeaders(response: Response, what: string): void {
  const h = response.headers
  expect(h.get('content-security-policy'), what).toMatch(/^default-src 'self'; script-src 'self'; /)
  expect(h.get('content-security-policy'), what).toContain("frame-ancestors 'none'")
  expect(h.get('content-security-policy'), what).toContain('report-uri /api/csp-reports')
  expect(h.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin')
  expect(h.get('permissions-policy'), what).toContain('camera=()')
  expect(h.get('x-content-type-options'), what).toBe('nosniff')
  expect(h.get('x-frame-options'), what).toBe('DENY')
  expect(h.get('cross-origin-opener-policy'), what).toBe('same-origin')
}

describe.each(await databaseTargets())('security headers on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return

  it('are on the app shell, API JSON, problem+json errors, media and health checks', async () => {
    const app = createTestApp(database().db, testConfig({ DIST_DIR: writeFakeDist() }))
    const product = (await (await app.request('/api/products?limit=1')).json()) as {
      items: { images: { src: string }[] }[]
    }
    const cases = [
      ['/', 200, 'text/html'],
      ['/cart', 200, 'text/html'],
      ['/api/categories', 200, 'application/json'],
      ['/api/products/no-such-product', 404, 'application/problem+json'],
      ['/api/no-such-route', 404, 'application/problem+json'],
      ['/missing.js', 404, 'application/problem+json'],
      [`${product.items[0]!.images[0]!.src}?w=160`, 200, 'image/webp'],
      ['/healthz', 200, 'application/json'],
    ] as const
    for (const [path, status, type] of cases) {
      const response = await app.request(path)
      expect(response.status, path).toBe(status)
      expect(response.headers.get('content-type'), path).toContain(type)
      expectSecurityHeaders(response, path)
      expect(response.headers.get('strict-transport-security'), path).toBeNull()
      expect(response.headers.get('reporting-endpoints'), path).toBeNull()
    }
  })

  it('are on an error thrown inside a handler (a write refused by the CSRF check)', async () => {
    const response = await createTestApp(database().db).request('/api/sync/push', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      body: '{"mutations":[]}',
    })
    expect(response.status).toBe(403)
    expectSecurityHeaders(response, 'csrf error')
  })

  it('include HSTS in production only', async () => {
    const app = createTestApp(database().db, testConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }))
    const response = await app.request('/api/categories')
    expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains')
    expect(response.headers.get('reporting-endpoints')).toBe('csp="/api/csp-reports"')
    expectSecurityHeaders(response, 'production')
  })

  it("allow Stripe's origins only when a publishable key is configured", async () => {
    const plain = await createTestApp(database().db).request('/healthz')
    expect(plain.headers.get('content-security-policy')).not.toContain('stripe.com')
    const app = createTestApp(database().db, testConfig({ STRIPE_PUBLISHABLE_KEY: 'pk_test_abc123' }))
    const csp = (await app.request('/healthz')).headers.get('content-security-policy')
    expect(csp).toContain("script-src 'self' https://js.stripe.com;")
  })

  it('refuse an API body over 64 kB with 413 PAYLOAD_TOO_LARGE before it is parsed', async () => {
    const app = createTestApp(database().db)
    const mutations = Array.from({ length: 2000 }, (_, i) => ({ id: `m-${i}`, kind: 'search.query', padding: 'x' }))
    const body = JSON.stringify({ mutations })
    expect(body.length).toBeGreaterThan(64 * 1024)
    const response = await app.request('/api/sync/push', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(((await response.json()) as ProblemDetails).code).toBe('PAYLOAD_TOO_LARGE')
    expectSecurityHeaders(response, '413')
  })

  it('measures a body sent without Content-Length too', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024))
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(chunk)
        controller.close()
      },
    })
    const request = new Request('http://localhost/api/sync/push', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit)
    const response = await createTestApp(database().db).request(request)
    expect(response.status).toBe(413)
    expect(((await response.json()) as ProblemDetails).code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('let a small API body through to validation', async () => {
    const response = await createTestApp(database().db).request('/api/sync/push', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"mutations": "not a list"}',
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as ProblemDetails).code).toBe('INVALID_INPUT')
  })
})
