import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The value our own proxies vouch for in an appended X-Forwarded-* list. Each trusted proxy appends
 * what it saw (its peer's address, the Host it was sent), so with `hops` proxies in front of us the
 * entry they vouch for is the `hops`-th from the end; anything left of it is whatever the client
 * wrote. Used alike for the client IP and the origin check (issue 18: those disagreed). A list
 * shorter than `hops` (a proxy was bypassed) yields its first entry, the outermost one known.
 */
export function trustedForwardedValue(c: Context, header: string, hops: number): string | undefined {
  if (hops <= 0) return undefined
  const values = (c.req.header(header) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '')
  if (values.length === 0) return undefined
  return values[Math.max(0, values.length - hops)]
}

/**
 * The client's address, for rate limits. Behind `trustProxyHops` reverse proxies (TRUST_PROXY)
 * that is the X-Forwarded-For entry the outermost of them appended; otherwise the socket's peer.
 */
export function clientIp(c: Context, trustProxyHops: number): string {
  const forwarded = trustedForwardedValue(c, 'x-forwarded-for', trustProxyHops)
  if (forwarded) return forwarded
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // No socket: the app was called in-process (app.request in tests), not through the node server.
    return 'unknown'
  }
}
