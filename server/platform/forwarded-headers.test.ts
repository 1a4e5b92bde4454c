import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from './app-env.ts'
import { clientIp } from './client-ip.ts'
import { hasSameOriginProvenance } from './csrf.ts'

/** A bare app that answers what the two readers of X-Forwarded-* make of a request. */
function appTrusting(hops: number) {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      // Only config.trustProxy is read by these two functions.
      c.set('deps', { config: { trustProxy: hops } } as AppEnv['Variables']['deps'])
      await next()
    })
    .get('/', (c) => c.json({ ip: clientIp(c, hops), sameOrigin: hasSameOriginProvenance(c) }))
}

async function ask(hops: number, headers: Record<string, string>) {
  const response = await appTrusting(hops).request('http://internal:3000/', { headers })
  return (await response.json()) as { ip: string; sameOrigin: boolean }
}

describe('X-Forwarded-* behind TRUST_PROXY hops', () => {
  it.each([
    // [hops, X-Forwarded-For, expected client ip]
    [0, '198.51.100.7', 'unknown'],
    [1, '198.51.100.7', '198.51.100.7'],
    [1, '6.6.6.6, 198.51.100.7', '198.51.100.7'],
    [2, '198.51.100.7, 10.0.0.2', '198.51.100.7'],
    [2, '6.6.6.6, 7.7.7.7, 198.51.100.7, 10.0.0.2', '198.51.100.7'],
    [2, '10.0.0.2', '10.0.0.2'],
  ])('with %i hops, X-Forwarded-For %j is the client %j', async (hops, forwardedFor, ip) => {
    expect((await ask(hops, { 'X-Forwarded-For': forwardedFor })).ip).toBe(ip)
  })

  it.each([
    // [hops, Origin, X-Forwarded-Host, X-Forwarded-Proto, same origin?]
    [0, 'https://shop.example', 'shop.example', 'https', false],
    [1, 'https://shop.example', 'shop.example', 'https', true],
    [1, 'https://shop.example', 'shop.example', undefined, true],
    [1, 'http://shop.example', 'shop.example', 'https', false],
    // A client-written first value must not count: the proxy appended the real one after it.
    [1, 'https://evil.example', 'evil.example, shop.example', 'https', false],
    [1, 'https://shop.example', 'evil.example, shop.example', 'evil, https', true],
    [2, 'https://shop.example', 'shop.example, internal-lb', 'https, http', true],
    [2, 'https://evil.example', 'evil.example, shop.example, internal-lb', 'https, https, http', false],
    [2, 'https://shop.example', 'evil.example, shop.example, internal-lb', 'https, https, http', true],
    // The inner proxy's view is not the browser's.
    [2, 'https://internal-lb', 'shop.example, internal-lb', 'https, http', false],
    // The request's own host always passes.
    [0, 'http://internal:3000', undefined, undefined, true],
  ])(
    'with %i hops, Origin %s and X-Forwarded-Host %j (proto %j): same origin %s',
    async (hops, origin, host, proto, expected) => {
      const headers: Record<string, string> = { Origin: origin }
      if (host) headers['X-Forwarded-Host'] = host
      if (proto) headers['X-Forwarded-Proto'] = proto
      expect((await ask(hops, headers)).sameOrigin).toBe(expected)
    },
  )
})
