import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ApiKey, ApiKeyAuditEntry, IssuedApiKey } from '../../shared/api-keys/api-key.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import { createApp } from '../app.ts'
import { apiKeys } from '../db/schema.ts'
import { createLogger } from '../platform/logger.ts'
import { issueApiKey, signedInAdmin, withKey } from '../test-support/test-api-keys.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { hashSecret, parseToken } from './api-key-token.ts'

const minute = 60_000
const day = 24 * 60 * minute

describe.each(await databaseTargets())('API keys on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const config = testConfig({
    TRUST_PROXY: 'true',
    ADMIN_EMAIL: uniqueEmail(),
    ADMIN_PASSWORD: 'the admin password',
    API_KEY_ROTATION_OVERLAP_MINUTES: '60',
  })
  // The test moves time: key expiry and rotation overlaps are checked against this clock.
  let now = Date.now()
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({ config, db: database().db, logger: createLogger('silent'), clock: () => new Date(now) })
    return testApp
  }
  const admin = () => signedInAdmin(app(), database().db, config)
  const orders = (token: string | null, init: RequestInit = {}) => withKey(app(), token, '/api/v1/orders', init)
  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    return (await response.json()) as ProblemDetails
  }
  const auditOf = async (keyId: string) => {
    const response = await (await admin()).request(`/api/admin/api-keys/${keyId}/audit`)
    expect(response.status).toBe(200)
    return ((await response.json()) as { entries: ApiKeyAuditEntry[] }).entries
  }
  const rotate = async (keyId: string, json: object = {}) =>
    (await admin()).request(`/api/admin/api-keys/${keyId}/rotate`, { method: 'POST', json })

  it('shows the token once and stores only the hash of its secret', async () => {
    const issued = await issueApiKey(await admin(), { scopes: ['orders:read'], name: 'ERP export' })
    expect(issued.token).toMatch(/^sfk_[0-9a-f]{32}\.[A-Za-z0-9_-]{43}$/)
    expect(issued.key).toMatchObject({
      name: 'ERP export',
      scopes: ['orders:read'],
      status: 'active',
      lastUsedAt: null,
    })
    const secret = parseToken(issued.token)?.secret ?? ''
    const [row] = await database().db.select().from(apiKeys).where(eq(apiKeys.id, issued.key.id))
    expect(row?.secretHash).toBe(hashSecret(secret))
    expect(JSON.stringify(row)).not.toContain(secret)
    const list = await (await admin()).request('/api/admin/api-keys')
    const body = await list.text()
    expect(body).toContain(issued.key.id)
    expect(body).not.toContain(secret)
    expect(body).not.toContain(row?.secretHash)
  })

  it('accepts a valid key with the scope and records the use and the last-used time', async () => {
    const issued = await issueApiKey(await admin(), { scopes: ['orders:read'] })
    for (let i = 0; i < 3; i++) expect((await orders(issued.token)).status).toBe(200)
    const entries = await auditOf(issued.key.id)
    expect(entries.map((e) => e.action)).toEqual(['used', 'created'])
    expect(entries[0]).toMatchObject({ count: 3, route: 'GET /api/v1/orders', actorEmail: null })
    expect(entries[1]).toMatchObject({ actorEmail: config.admin.email, count: 1 })
    const [row] = await database().db.select().from(apiKeys).where(eq(apiKeys.id, issued.key.id))
    expect(row?.lastUsedAt?.getTime()).toBe(now)
  })

  it('answers a missing, malformed, unknown or wrong key with 401 and WWW-Authenticate: Bearer', async () => {
    const issued = await issueApiKey(await admin(), { scopes: ['orders:read'] })
    const parsed = parseToken(issued.token)
    const wrongSecret = `${issued.token.slice(0, issued.token.indexOf('.') + 1)}${'A'.repeat(43)}`
    const unknownId = issued.token.replace(/^sfk_[0-9a-f]{8}/, 'sfk_00000000')
    for (const token of [null, 'nonsense', unknownId, wrongSecret]) {
      const response = await orders(token)
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/)
      expect((await problemOf(response)).code).toBe('UNAUTHENTICATED')
    }
    expect(parsed?.keyId).toBe(issued.key.id)
    const basic = await orders(null, { headers: { authorization: `Basic ${btoa('user:pass')}` } })
    expect(basic.status).toBe(401)
    const denied = (await auditOf(issued.key.id)).find((e) => e.action === 'denied')
    expect(denied).toMatchObject({ count: 1, detail: { reason: 'wrong_secret' } })
  })

  it('limits requests without a valid key per address, and a flood of wrong secrets writes a bounded count', async () => {
    const issued = await issueApiKey(await admin(), { scopes: ['orders:read'] })
    const wrongSecret = `${issued.token.slice(0, issued.token.indexOf('.') + 1)}${'B'.repeat(43)}`
    const fromFlooder = { headers: { 'X-Forwarded-For': '198.51.100.99' } }
    const statuses: number[] = []
    for (let i = 0; i < 100; i++) statuses.push((await orders(wrongSecret, fromFlooder)).status)
    expect(statuses.filter((s) => s === 401)).toHaveLength(30)
    expect(statuses.filter((s) => s === 429)).toHaveLength(70)
    const limited = await orders('nonsense', fromFlooder)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    const denials = (await auditOf(issued.key.id)).filter((e) => e.action === 'denied')
    // One audit row per minute, counting only the requests within the budget.
    expect(denials.length).toBeLessThanOrEqual(2)
    expect(denials.reduce((sum, e) => sum + e.count, 0)).toBe(30)
    // Another address, and the key's holder, are not locked out.
    expect((await orders('nonsense', { headers: { 'X-Forwarded-For': '198.51.100.100' } })).status).toBe(401)
    expect((await orders(issued.token, fromFlooder)).status).toBe(200)
  })

  it('does not accept an admin session cookie on /api/v1', async () => {
    const signedIn = await admin()
    const response = await signedIn.request('/api/v1/orders')
    expect(response.status).toBe(401)
  })

  it('answers a key without the route’s scope with 403 and records the denial', async () => {
    const issued = await issueApiKey(await admin(), { scopes: ['catalog:read'] })
    const response = await orders(issued.token)
    expect(response.status).toBe(403)
    expect((await problemOf(response)).code).toBe('FORBIDDEN')
    expect((await withKey(app(), issued.token, '/api/v1/products?limit=1')).status).toBe(200)
    const entries = await auditOf(issued.key.id)
    expect(entries.find((e) => e.action === 'denied')).toMatchObject({
      route: 'GET /api/v1/orders',
      detail: { reason: 'missing scope orders:read' },
    })
  })

  it('answers an expired key with 401', async () => {
    const issued = await issueApiKey(await admin(), { scopes: ['orders:read'], expiresInDays: 1 })
    expect((await orders(issued.token)).status).toBe(200)
    now += day
    try {
      const response = await orders(issued.token)
      expect(response.status).toBe(401)
      expect((await problemOf(response)).detail).toMatch(/expired/)
    } finally {
      now -= day
    }
  })

  it('answers a revoked key with 401 at once, and lists it as revoked', async () => {
    const issued = await issueApiKey(await admin(), { scopes: ['orders:read'] })
    const revoked = await (await admin()).request(`/api/admin/api-keys/${issued.key.id}/revoke`, { method: 'POST' })
    expect(revoked.status).toBe(200)
    expect(((await revoked.json()) as ApiKey).status).toBe('revoked')
    expect((await orders(issued.token)).status).toBe(401)
    expect((await auditOf(issued.key.id)).map((e) => e.action)).toEqual(['denied', 'revoked', 'created'])
  })

  it('rotates: the old key works during the overlap and fails after it; the successor works throughout', async () => {
    const old = await issueApiKey(await admin(), { scopes: ['orders:read'], expiresInDays: 90 })
    const response = await rotate(old.key.id, { overlapMinutes: 30 })
    expect(response.status).toBe(201)
    const successor = (await response.json()) as IssuedApiKey
    expect(successor.token).not.toBe(old.token)
    expect(successor.key).toMatchObject({ scopes: ['orders:read'], rotatedFromId: old.key.id, status: 'active' })
    expect(successor.key.expiresAt).toBe(new Date(now + 90 * day).toISOString())
    expect((await orders(old.token)).status).toBe(200)
    expect((await orders(successor.token)).status).toBe(200)
    now += 29 * minute
    expect((await orders(old.token)).status).toBe(200)
    now += 2 * minute
    try {
      expect((await orders(old.token)).status).toBe(401)
      expect((await orders(successor.token)).status).toBe(200)
      const list = (await (await (await admin()).request('/api/admin/api-keys')).json()) as { keys: ApiKey[] }
      expect(list.keys.find((k) => k.id === old.key.id)).toMatchObject({
        status: 'expired',
        replacedById: successor.key.id,
      })
    } finally {
      now -= 31 * minute
    }
  })

  it('takes the overlap from API_KEY_ROTATION_OVERLAP_MINUTES when the rotation names none', async () => {
    const old = await issueApiKey(await admin(), { scopes: ['orders:read'] })
    expect((await rotate(old.key.id)).status).toBe(201)
    const list = (await (await (await admin()).request('/api/admin/api-keys')).json()) as { keys: ApiKey[] }
    const rotated = list.keys.find((k) => k.id === old.key.id)
    expect(rotated?.status).toBe('rotating')
    expect(rotated?.overlapEndsAt).toBe(new Date(now + 60 * minute).toISOString())
    const entries = await auditOf(old.key.id)
    expect(entries[0]).toMatchObject({ action: 'rotated', detail: { overlapEndsAt: rotated?.overlapEndsAt } })
  })

  it('refuses to rotate a key that is rotating or revoked with 409', async () => {
    const old = await issueApiKey(await admin(), { scopes: ['orders:read'] })
    expect((await rotate(old.key.id)).status).toBe(201)
    const again = await rotate(old.key.id)
    expect(again.status).toBe(409)
    expect((await problemOf(again)).code).toBe('API_KEY_NOT_ACTIVE')
  })

  it('validates a new key: a known scope, a name and exactly one expiry', async () => {
    const signedIn = await admin()
    const response = await signedIn.request('/api/admin/api-keys', {
      method: 'POST',
      json: { name: ' ', scopes: ['orders:write'], expiresInDays: 10, expiresAt: new Date(now + day).toISOString() },
    })
    expect(response.status).toBe(400)
    const paths = ((await problemOf(response)).errors ?? []).map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['json.name', 'json.scopes.0']))
    const past = await signedIn.request('/api/admin/api-keys', {
      method: 'POST',
      json: { name: 'Late', scopes: ['orders:read'], expiresAt: new Date(now - minute).toISOString() },
    })
    expect((await problemOf(past)).errors).toEqual([{ path: 'json.expiresAt', message: 'must be in the future' }])
  })

  it('keeps the key routes for admins: guests get 401, customers 403, and writes need the CSRF token', async () => {
    const guest = createTestBrowser(app())
    expect((await guest.request('/api/admin/api-keys')).status).toBe(401)
    const customer = createTestBrowser(app())
    await customer.signUp({ email: uniqueEmail(), password: testPassword, name: 'C' })
    expect((await customer.request('/api/admin/api-keys')).status).toBe(403)
    const signedIn = await admin()
    const forged = await signedIn.request('/api/admin/api-keys', {
      method: 'POST',
      headers: { 'x-csrf-token': 'wrong' },
      json: { name: 'Forged', scopes: ['orders:read'], expiresInDays: 1 },
    })
    expect(forged.status).toBe(403)
    expect((await problemOf(forged)).code).toBe('CSRF_FAILED')
  })
})
