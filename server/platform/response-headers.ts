/**
 * Headers that every response carries (security headers, request and trace ids), set the cheap way.
 * On @hono/node-server they go straight onto Node's ServerResponse before the app answers, and Node
 * merges them into the head it writes; set on `c.res.headers` each would go through a WHATWG Headers
 * object, whose validation was a third of a health check's time (issue 11). Under `app.request()`
 * (tests) there is no ServerResponse: they are set on the finished response instead. Either way a
 * route may set one of them itself, and its value wins.
 */
import type { HttpBindings } from '@hono/node-server'
import type { Context, Next } from 'hono'

export type HeaderList = readonly (readonly [string, string])[]

export async function withEveryResponseHeaders(c: Context, headers: HeaderList, next: Next): Promise<void> {
  const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing
  if (outgoing) {
    for (const [name, value] of headers) outgoing.setHeader(name, value)
    await next()
    return
  }
  await next()
  for (const [name, value] of headers) if (!c.res.headers.has(name)) c.res.headers.set(name, value)
}
