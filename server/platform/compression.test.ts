import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { compressResponses } from './compression.ts'

const big = { items: Array.from({ length: 100 }, (_, i) => ({ id: i, name: `Order line ${i}` })) }

const app = new Hono()
  .use(compressResponses())
  .get('/big', (c) => c.json(big))
  .get('/small', (c) => c.json({ ok: true }))
  .get('/stream', (c) => c.body('data: '.repeat(500), 200, { 'Content-Type': 'text/event-stream' }))
  .get('/image', (c) => c.body(new Uint8Array(5000), 200, { 'Content-Type': 'image/webp' }))
  .get('/chosen', (c) => c.body('x'.repeat(5000), 200, { 'Content-Type': 'text/plain', Vary: 'Accept-Encoding' }))
  .get('/no-transform', (c) => c.json(big, 200, { 'Cache-Control': 'no-transform' }))
  .get('/failed', (c) => c.json({ ...big, error: true }, 500))

const get = (path: string, acceptEncoding?: string) =>
  app.request(path, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} })

describe('on-the-fly compression', () => {
  it('sends brotli when the client accepts it, decoding to the same JSON, with Vary', async () => {
    const response = await get('/big', 'gzip, deflate, br')
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('vary')).toBe('Accept-Encoding')
    expect(JSON.parse(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString())).toEqual(big)
  })

  it('falls back to gzip, and to nothing when nothing is accepted', async () => {
    const gzipped = await get('/big', 'gzip')
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    expect(JSON.parse(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString())).toEqual(big)
    const plain = await get('/big')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.json()).toEqual(big)
  })

  it('keeps the status of what it compresses', async () => {
    const response = await get('/failed', 'br')
    expect(response.status).toBe(500)
    expect(response.headers.get('content-encoding')).toBe('br')
  })

  it.each([
    ['a body under 1 kB', '/small'],
    ['an event stream', '/stream'],
    ['an image', '/image'],
    ['an answer that chose its encoding already', '/chosen'],
    ['a no-transform answer', '/no-transform'],
  ])('leaves %s alone', async (_name, path) => {
    const response = await get(path, 'br, gzip')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBeNull()
  })
})
