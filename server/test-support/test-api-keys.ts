/** API keys for tests: an admin browser that issues them through the admin API, and Bearer requests. */
import type { ApiKeyScope, IssuedApiKey } from '../../shared/api-keys/api-key.ts'
import { ensureAdmin } from '../account/account.service.ts'
import type { Config } from '../env.ts'
import type { Db } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { createTestBrowser, type TestBrowser } from './test-browser.ts'

type Requester = { request: (path: string, init: RequestInit) => Response | Promise<Response> }

/** Signs in as the config's admin (created if need be); the config must set ADMIN_EMAIL and ADMIN_PASSWORD. */
export async function signedInAdmin(app: Requester, db: Db, config: Config): Promise<TestBrowser> {
  const password = config.admin.password
  if (!password) throw new Error('the test config needs ADMIN_PASSWORD')
  await ensureAdmin({ db, config, logger: createLogger('silent') })
  const admin = createTestBrowser(app)
  const response = await admin.signIn({ email: config.admin.email, password })
  if (response.status !== 200) throw new Error(`admin sign-in answered ${response.status}`)
  return admin
}

export async function issueApiKey(
  admin: TestBrowser,
  input: { scopes: readonly ApiKeyScope[]; name?: string; expiresInDays?: number },
): Promise<IssuedApiKey> {
  const response = await admin.request('/api/admin/api-keys', {
    method: 'POST',
    json: { name: input.name ?? 'Test integration', scopes: input.scopes, expiresInDays: input.expiresInDays ?? 30 },
  })
  if (response.status !== 201) throw new Error(`creating a key answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as IssuedApiKey
}

/** A request to the integration API with `token` as the Bearer key. */
export function withKey(
  app: Requester,
  token: string | null,
  path: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<Response> {
  const headers = new Headers(init.headers)
  if (token !== null) headers.set('authorization', `Bearer ${token}`)
  let body = init.body
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(init.json)
  }
  return Promise.resolve(app.request(path, { ...init, headers, body }))
}
