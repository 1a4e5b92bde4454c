import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The client's address, for rate limits. Behind a reverse proxy (TRUST_PROXY=true) that is the last
 * X-Forwarded-For hop — the one our proxy appended; earlier hops are whatever the client claimed.
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hop = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (hop) return hop
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // No socket: the app was called in-process (app.request in tests), not through the node server.
    return 'unknown'
  }
}
