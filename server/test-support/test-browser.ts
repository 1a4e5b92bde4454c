/**
 * A browser, as far as the session API cares: a cookie jar for `sf_session`, the CSRF token from
 * the last SessionInfo, and a client address. Works against an app in-process (`app.request`) or a
 * real server (`fetch` on a base URL), so the same steps serve route tests and two-instance tests.
 */
import { randomUUID } from 'node:crypto'
import type { SessionInfo } from '../../shared/account/user.ts'
import type { ShopperState } from '../../shared/cart/cart.ts'
import type { PushedMutationBody, PushResult } from '../../shared/sync/mutation.ts'

type Fetcher = (path: string, init: RequestInit) => Promise<Response>

export type TestBrowser = ReturnType<typeof createTestBrowser>

let nextIp = 1

export function createTestBrowser(
  fetcher: Fetcher | { request: (path: string, init: RequestInit) => Response | Promise<Response> },
) {
  const send: Fetcher = typeof fetcher === 'function' ? fetcher : async (path, init) => fetcher.request(path, init)
  // Each browser its own address, so per-IP rate limits only bite the tests that aim at them.
  const ip = `198.51.100.${nextIp++ % 250}`
  let cookie: string | undefined
  let csrfToken: string | undefined

  const request = async (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const headers = new Headers(init.headers)
    headers.set('x-forwarded-for', ip)
    if (cookie) headers.set('cookie', `sf_session=${cookie}`)
    if (csrfToken && !headers.has('x-csrf-token')) headers.set('x-csrf-token', csrfToken)
    let body = init.body
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json')
      body = JSON.stringify(init.json)
    }
    const response = await send(path, { ...init, headers, body })
    const setCookie = response.headers.get('set-cookie')
    // A browser applies Set-Cookie headers in order, so the last one for the session wins.
    const match = [...(setCookie ?? '').matchAll(/sf_session=([^;]*)/g)].at(-1)
    if (match) cookie = match[1]
    return response
  }

  const sessionAnswer = async (response: Response) => {
    const info = (await response.clone().json()) as SessionInfo
    if (response.ok) csrfToken = info.csrfToken
    return response
  }

  return {
    ip,
    get cookie() {
      return cookie
    },
    get csrfToken() {
      return csrfToken
    },
    request,
    async session(): Promise<SessionInfo> {
      const response = await sessionAnswer(await request('/api/auth/session'))
      return (await response.json()) as SessionInfo
    },
    async signUp(input: { email: string; password: string; name: string }) {
      if (!csrfToken) await this.session()
      return sessionAnswer(await request('/api/auth/sign-up', { method: 'POST', json: input }))
    },
    async signIn(input: { email: string; password: string }) {
      if (!csrfToken) await this.session()
      return sessionAnswer(await request('/api/auth/sign-in', { method: 'POST', json: input }))
    },
    async signOut() {
      return sessionAnswer(await request('/api/auth/sign-out', { method: 'POST' }))
    },
    async push(mutations: readonly (PushedMutationBody & { id?: string })[]): Promise<PushResult> {
      const response = await this.pushRaw(mutations.map(withMeta))
      if (response.status !== 200) throw new Error(`push answered ${response.status}: ${await response.text()}`)
      return (await response.json()) as PushResult
    },
    async pushRaw(mutations: readonly unknown[]) {
      if (!csrfToken) await this.session()
      return request('/api/sync/push', { method: 'POST', json: { mutations } })
    },
    async pull(since = 0): Promise<ShopperState | null> {
      const response = await request(`/api/sync/pull?since=${since}`)
      if (response.status === 204) return null
      if (response.status !== 200) throw new Error(`pull answered ${response.status}: ${await response.text()}`)
      return (await response.json()) as ShopperState
    },
  }
}

/** A mutation with a fresh id (unless given) and a creation time. */
export function withMeta(body: PushedMutationBody & { id?: string }) {
  return { ...body, id: body.id ?? randomUUID(), createdAt: new Date().toISOString() }
}

let nextEmail = 1

export function uniqueEmail(): string {
  return `shopper-${process.pid}-${Date.now()}-${nextEmail++}@example.com`
}

export const testPassword = 'a long enough password'
