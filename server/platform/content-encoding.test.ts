import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { compressionThresholdBytes, type EncodedBody, encodeBody, pickEncoding } from './content-encoding.ts'

const utf8 = new TextEncoder()
const both: EncodedBody = { identity: utf8.encode('x'), br: utf8.encode('b'), gzip: utf8.encode('g') }
const gzipOnly: EncodedBody = { identity: utf8.encode('x'), gzip: utf8.encode('g') }
const plain: EncodedBody = { identity: utf8.encode('x') }

describe('pickEncoding', () => {
  it.each([
    ['br, gzip', both, 'br'],
    ['gzip, deflate, br, zstd', both, 'br'],
    ['gzip', both, 'gzip'],
    ['br;q=0, gzip', both, 'gzip'],
    ['BR, GZIP', both, 'br'],
    ['*', both, 'br'],
    ['*;q=0', both, 'identity'],
    ['br', gzipOnly, 'identity'],
    ['br, gzip', gzipOnly, 'gzip'],
    ['x-gzip', gzipOnly, 'gzip'],
    ['identity', both, 'identity'],
    ['', both, 'identity'],
    [undefined, both, 'identity'],
    ['br, gzip', plain, 'identity'],
    ['br;q=abc, gzip', both, 'gzip'],
  ] as const)('answers %j with %s available as %s', (header, body, expected) => {
    expect(pickEncoding(header, body)).toBe(expected)
  })
})

describe('encodeBody', () => {
  it('compresses text from the threshold up, into forms that decode to the original', async () => {
    const text = utf8.encode(JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: 'x' })) }))
    const body = await encodeBody(text, 'application/json')
    expect(body.br?.byteLength).toBeLessThan(text.byteLength)
    expect(body.gzip?.byteLength).toBeLessThan(text.byteLength)
    expect(brotliDecompressSync(body.br!)).toEqual(Buffer.from(text))
    expect(gunzipSync(body.gzip!)).toEqual(Buffer.from(text))
  })

  it('leaves small bodies and images as they are', async () => {
    const small = utf8.encode('a'.repeat(compressionThresholdBytes - 1))
    expect(await encodeBody(small, 'application/json')).toEqual({ identity: small })
    const image = utf8.encode('a'.repeat(10_000))
    expect(await encodeBody(image, 'image/webp')).toEqual({ identity: image })
  })
})
