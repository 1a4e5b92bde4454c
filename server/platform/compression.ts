/**
 * On-the-fly compression of the answers nobody encoded in advance (cart, orders, admin, problem+json):
 * JSON, HTML and text from 1 kB up, brotli at a fast level or gzip, whichever the client prefers.
 * Answers that chose their encoding already (they carry `Vary: Accept-Encoding`: cached catalog
 * answers, static files), event streams (a compressor would buffer the stream, DESIGN §8), images and
 * `no-transform` answers pass untouched. Hono's compress() is not used: it offers no brotli.
 */
import { createMiddleware } from 'hono/factory'
import {
  compressionThresholdBytes,
  compressTo,
  type EncodedBody,
  isCompressibleType,
  pickEncoding,
} from './content-encoding.ts'
import { etagFor, isFinishedAnswer } from './representation.ts'

/** Quality 4: the fastest level that still beats gzip on JSON by a clear margin. */
const onTheFlyBrotliQuality = 4

export function compressResponses() {
  return createMiddleware(async (c, next) => {
    await next()
    const accept = c.req.header('accept-encoding')
    const res = c.res
    // Cheap checks first: touching `res.headers` makes @hono/node-server build WHATWG Headers, and
    // reading `res.body` turns its light response into a stream.
    if (!accept || isFinishedAnswer(res) || !isWorthCompressing(res.headers) || res.body === null) return
    const identity = new Uint8Array(await res.arrayBuffer())
    const headers = new Headers(res.headers)
    headers.append('Vary', 'Accept-Encoding')
    // Both encodings advertised so pickEncoding can choose; only the chosen one is made.
    const offer: EncodedBody = { identity, br: identity, gzip: identity }
    const encoding = identity.byteLength < compressionThresholdBytes ? 'identity' : pickEncoding(accept, offer)
    let body = identity
    if (encoding !== 'identity') {
      body = await compressTo(identity, encoding, onTheFlyBrotliQuality)
      headers.set('Content-Encoding', encoding)
      headers.delete('Content-Length')
      const etag = headers.get('etag')
      if (etag?.startsWith('"')) headers.set('ETag', etagFor(etag, encoding))
    }
    c.res = undefined
    c.res = new Response(body, { status: res.status, statusText: res.statusText, headers })
  })
}

function isWorthCompressing(headers: Headers): boolean {
  if (headers.has('content-encoding') || headers.get('vary')?.toLowerCase().includes('accept-encoding')) return false
  if (headers.get('cache-control')?.includes('no-transform')) return false
  const type = headers.get('content-type')
  return isCompressibleType(type) && !type?.startsWith('text/event-stream')
}
