import { brotliDecompressSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import {
  etagFor,
  isNotModified,
  makeJsonRepresentation,
  type Representation,
  sendRepresentation,
} from './representation.ts'
import { decodeRepresentation, encodeRepresentation } from './representation-codec.ts'

const big = { items: Array.from({ length: 100 }, (_, i) => ({ id: i, name: `Product ${i}` })) }

describe('ETags', () => {
  const etag = '"0123abcd"'

  it('gives each encoding a tag of its own that shares the base', () => {
    expect(etagFor(etag, 'identity')).toBe('"0123abcd"')
    expect(etagFor(etag, 'br')).toBe('"0123abcd-br"')
    expect(etagFor(etag, 'gzip')).toBe('"0123abcd-gz"')
  })

  it.each([
    ['"0123abcd"', true],
    ['"0123abcd-br"', true],
    ['W/"0123abcd-gz"', true],
    ['"other", "0123abcd-br"', true],
    ['*', true],
    ['"0123abcd-zz"', false],
    ['"0123abcde"', false],
    [undefined, false],
  ])('If-None-Match %j is not modified: %s', (header, expected) => {
    expect(isNotModified(header, etag)).toBe(expected)
  })

  it('derives the tag from the body: the same body, the same tag; another body, another', async () => {
    const one = await makeJsonRepresentation(big, 'public')
    expect((await makeJsonRepresentation(big, 'private')).etag).toBe(one.etag)
    expect((await makeJsonRepresentation({ ...big, more: 1 }, 'public')).etag).not.toBe(one.etag)
  })
})

describe('sendRepresentation', () => {
  const serve = (representation: Representation, perRequest?: Record<string, string>) =>
    new Hono().get('/', (c) => sendRepresentation(c, representation, perRequest))

  it('sends brotli to a browser, with its tag, Vary and Cache-Control', async () => {
    const representation = await makeJsonRepresentation(big, 'public, max-age=0')
    const response = await serve(representation).request('/', { headers: { 'accept-encoding': 'gzip, br' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('etag')).toBe(etagFor(representation.etag, 'br'))
    expect(response.headers.get('vary')).toBe('Accept-Encoding')
    expect(response.headers.get('cache-control')).toBe('public, max-age=0')
    expect(JSON.parse(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString())).toEqual(big)
  })

  it('sends the plain body to a client that accepts no compression', async () => {
    const representation = await makeJsonRepresentation(big, 'public')
    const response = await serve(representation).request('/')
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(response.headers.get('etag')).toBe(representation.etag)
    expect(await response.json()).toEqual(big)
  })

  it('answers 304 without a body to the tag of any encoding, keeping per-request headers', async () => {
    const representation = await makeJsonRepresentation(big, 'public')
    const response = await serve(representation, { 'X-Search-Id': 'abc' }).request('/', {
      headers: { 'accept-encoding': 'br', 'if-none-match': etagFor(representation.etag, 'gzip') },
    })
    expect(response.status).toBe(304)
    expect(await response.text()).toBe('')
    expect(response.headers.get('x-search-id')).toBe('abc')
    expect(response.headers.get('etag')).toBe(etagFor(representation.etag, 'br'))
  })
})

describe('the representation codec (Redis values)', () => {
  it('reads back what it wrote, every encoding and fact intact', async () => {
    const representation = await makeJsonRepresentation(big, 'public', { total: 42 })
    // zlib hands out Buffers, the codec plain Uint8Arrays: compare the bytes.
    const asBuffers = ({ body, ...rest }: Representation) => ({
      ...rest,
      body: { identity: Buffer.from(body.identity), br: Buffer.from(body.br!), gzip: Buffer.from(body.gzip!) },
    })
    const decoded = decodeRepresentation(encodeRepresentation(representation))
    expect(decoded && asBuffers(decoded)).toEqual(asBuffers(representation))
  })

  it.each([
    ['an empty value', Buffer.alloc(0)],
    ['a truncated value', Buffer.from([0, 0, 0, 50, 123])],
    ['a header that is not JSON', Buffer.concat([Buffer.from([0, 0, 0, 3]), Buffer.from('abc')])],
  ])('reads %s as a miss', (_name, value) => {
    expect(decodeRepresentation(value)).toBeUndefined()
  })
})
