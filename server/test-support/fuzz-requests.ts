/**
 * The route fuzz test's requests and checks (server/security/route-fuzz.db.test.ts): which routes
 * of the app to fuzz, one hostile request for a route, and the faults of its answer.
 */
import fc from 'fast-check'
import { type HostileBody, hostileBody, hostileHeaderValue, hostileQuery, pathParam } from './fuzz-inputs.ts'
import { mutatedSample } from './fuzz-samples.ts'

export type Route = { readonly method: string; readonly path: string }

/**
 * The endpoints to fuzz: every method + path the app registered, less middleware and catch-alls
 * (`ALL`, paths with `*`: the SPA shell and static files, and the 404 fallbacks) and the SSE stream
 * `GET /api/events`, which never ends on its own and would hang the run.
 */
export function fuzzableRoutes(app: { readonly routes: readonly Route[] }): Route[] {
  const seen = new Map<string, Route>()
  for (const { method, path } of app.routes) {
    if (method === 'ALL' || path.includes('*') || (method === 'GET' && path === '/api/events')) continue
    seen.set(`${method} ${path}`, { method, path })
  }
  return [...seen.values()]
}

export type FuzzCase = {
  readonly params: readonly string[]
  readonly query: string | null
  readonly body: HostileBody
  readonly idempotencyKey: string | null
  readonly anonymousId: string | null
  readonly stripeSignature: string | null
}

// A path parameter is `/:name` (optionally `{regex}`); `/products:import` is a literal colon.
const paramPattern = /\/:([A-Za-z_][A-Za-z0-9_]*)(\{[^}]*\})?/g

export function paramNames(path: string): string[] {
  return [...path.matchAll(paramPattern)].map((match) => match[1] ?? '')
}

function fillPath(path: string, values: readonly string[]): string {
  let index = 0
  return path.replace(paramPattern, () => `/${values[index++] ?? ''}`)
}

/** Random bodies, and for a route with a sample (fuzz-samples.ts) mostly that sample with one field made hostile. */
function bodyOf(sample: unknown): fc.Arbitrary<HostileBody> {
  if (sample === undefined) return hostileBody
  const mutated = mutatedSample(sample).map((value) => ({
    contentType: 'application/json',
    text: JSON.stringify(value) ?? '',
  }))
  return fc.oneof({ weight: 2, arbitrary: mutated }, { weight: 1, arbitrary: hostileBody })
}

export type FuzzData = {
  /** Real values per path parameter name (`id`, `slug`), so requests also get past "not found". */
  readonly realParams: Readonly<Record<string, readonly string[]>>
  /** Valid bodies by `METHOD /path`. */
  readonly samples: Readonly<Record<string, unknown>>
}

export function fuzzCase(data: FuzzData, route: Route): fc.Arbitrary<FuzzCase> {
  return fc.record({
    params: fc.tuple(...paramNames(route.path).map((name) => pathParam(data.realParams[name] ?? []))),
    query: fc.option(hostileQuery),
    body: bodyOf(data.samples[`${route.method} ${route.path}`]),
    idempotencyKey: fc.option(hostileHeaderValue),
    anonymousId: fc.option(hostileHeaderValue),
    stripeSignature: fc.option(hostileHeaderValue),
  })
}

let nextAddress = 0

/** The request for one case, with the sender's own headers (cookie and CSRF token, or API key). */
export function requestOf(route: Route, senderHeaders: Record<string, string>, input: FuzzCase): [string, RequestInit] {
  const headers = new Headers(senderHeaders)
  // A fresh client address per request, so per-IP rate limits do not stop the run at the first routes.
  nextAddress = (nextAddress + 1) % 65_000
  headers.set('x-forwarded-for', `10.${(nextAddress >> 8) & 255}.${nextAddress & 255}.7`)
  if (input.idempotencyKey !== null) headers.set('idempotency-key', input.idempotencyKey)
  if (input.anonymousId !== null) headers.set('x-anonymous-id', input.anonymousId)
  if (input.stripeSignature !== null) headers.set('stripe-signature', input.stripeSignature)
  const hasBody = route.method !== 'GET' && route.method !== 'HEAD'
  if (hasBody && input.body.contentType) headers.set('content-type', input.body.contentType)
  const path = fillPath(route.path, input.params) + (input.query === null ? '' : `?${input.query}`)
  return [path, { method: route.method, headers, body: hasBody ? input.body.text : undefined }]
}

const stackTraceSigns = [/\n\s+at /, /node_modules/, /\/(server|shared)\/[\w/.-]+\.ts/, /file:\/\//]

/**
 * The answer's faults, empty when it is fine: a 5xx, a stack trace, an error that is not problem+json
 * — except a page's 404, which is the shop's not-found page in HTML (`isPage`: a navigation route).
 */
export async function faultsOf(response: Response, isPage = false): Promise<string[]> {
  // An event stream (one added after GET /api/events) never ends: its status is all there is to check.
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
    await response.body?.cancel()
    return response.status >= 500 ? [`status ${response.status}`] : []
  }
  const body = await response.text()
  const faults: string[] = []
  if (response.status >= 500) faults.push(`status ${response.status}`)
  for (const sign of stackTraceSigns) if (sign.test(body)) faults.push(`stack trace in the body (${sign})`)
  const type = response.headers.get('content-type') ?? ''
  const isNotFoundPage = isPage && response.status === 404 && type.startsWith('text/html')
  if (response.status >= 400 && !isNotFoundPage) {
    if (!type.startsWith('application/problem+json')) faults.push(`error answered as ${type || 'no content type'}`)
    else if (!isProblemOf(body, response.status)) faults.push('problem+json without code and matching status')
  }
  return faults.length > 0 ? [...faults, `body: ${body.slice(0, 500)}`] : []
}

function isProblemOf(body: string, status: number): boolean {
  try {
    const problem: unknown = JSON.parse(body)
    return (
      typeof problem === 'object' &&
      problem !== null &&
      'code' in problem &&
      typeof problem.code === 'string' &&
      'status' in problem &&
      problem.status === status
    )
  } catch {
    return false
  }
}
