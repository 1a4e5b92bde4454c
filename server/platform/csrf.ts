/**
 * Cross-site request checks for cookie-authenticated writes (DESIGN §6). Two layers: the browser's
 * own provenance headers (Origin, Sec-Fetch-Site) must say same-origin when present, and the
 * session's CSRF token must come back in `X-CSRF-Token` — a header a cross-site form cannot set and
 * cross-site script cannot read the value of.
 */
import { timingSafeEqual } from 'node:crypto'
import type { Context } from 'hono'
import type { AppEnv } from './app-env.ts'
import { trustedForwardedValue } from './client-ip.ts'

export const csrfHeader = 'X-CSRF-Token'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

export function isSafeMethod(method: string): boolean {
  return safeMethods.has(method.toUpperCase())
}

/** False when the browser tells us the request came from another site (absent headers pass). */
export function hasSameOriginProvenance(c: Context<AppEnv>): boolean {
  const fetchSite = c.req.header('sec-fetch-site')
  if (fetchSite !== undefined && fetchSite !== 'same-origin') return false
  const origin = c.req.header('origin')
  if (origin === undefined) return true
  if (!URL.canParse(origin)) return false // includes the opaque origin "null"
  const { host, protocol } = new URL(origin)
  if (host === new URL(c.req.url).host) return true
  // Behind trusted proxies: the host (and scheme, when sent) the outermost one vouches for, picked
  // exactly as the client IP is — never a value the client prepended.
  const hops = c.var.deps.config.trustProxy
  const forwardedHost = trustedForwardedValue(c, 'x-forwarded-host', hops)
  const forwardedProto = trustedForwardedValue(c, 'x-forwarded-proto', hops)
  return host === forwardedHost && (forwardedProto === undefined || protocol === `${forwardedProto}:`)
}

/** Constant-time token comparison. */
export function tokensMatch(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false
  const a = Buffer.from(sent)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
