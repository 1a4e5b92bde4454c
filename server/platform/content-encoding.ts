/**
 * Response bodies in the encodings browsers accept (DESIGN §9): brotli first, gzip as the fallback,
 * identity when neither is accepted or the body is too small to gain from compression. A body is
 * encoded once (at build time for static files, when a cache entry is made for API answers) and
 * the encoding is picked per request from Accept-Encoding.
 */
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

export type Encoding = 'br' | 'gzip' | 'identity'

/** Bytes on an ordinary ArrayBuffer (what a Response body takes). */
export type Bytes = Uint8Array<ArrayBuffer>

/** One body and the compressed forms of it that exist (absent when not worth it). */
export type EncodedBody = {
  readonly identity: Bytes
  readonly br?: Bytes | undefined
  readonly gzip?: Bytes | undefined
}

/** Below this, compressing costs more than the bytes it saves (a TCP segment holds ~1.4 kB). */
export const compressionThresholdBytes = 1024

/** Content types worth compressing; images, fonts in woff2 and archives are compressed already. */
const compressibleType = /^(text\/|application\/(json|problem\+json|javascript|manifest\+json|xml)|image\/svg\+xml)/i

export function isCompressibleType(contentType: string | null | undefined): boolean {
  return contentType !== null && contentType !== undefined && compressibleType.test(contentType)
}

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * Brotli at quality 5 and gzip at level 6 on the libuv thread pool: about 10 ms for the 600 kB
 * catalog snapshot, paid once per cache entry, not per request. Static assets are compressed at
 * build time at the maximum quality instead (vite.config.ts).
 */
export const cacheFillBrotliQuality = 5
const gzipLevel = 6

/** One compressed form of `identity`, made off the main thread. */
export function compressTo(identity: Bytes, encoding: 'br' | 'gzip', brotliQuality: number): Promise<Bytes> {
  if (encoding === 'gzip') return gzipAsync(identity, { level: gzipLevel })
  return brotli(identity, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
      [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  })
}

/** Both compressed forms, each kept only when smaller; none below the threshold or for images. */
export async function encodeBody(identity: Bytes, contentType: string): Promise<EncodedBody> {
  if (identity.byteLength < compressionThresholdBytes || !isCompressibleType(contentType)) return { identity }
  const [br, gz] = await Promise.all([
    compressTo(identity, 'br', cacheFillBrotliQuality),
    compressTo(identity, 'gzip', cacheFillBrotliQuality),
  ])
  return { identity, br: smallerThan(br, identity), gzip: smallerThan(gz, identity) }
}

function smallerThan(compressed: Bytes, identity: Bytes): Bytes | undefined {
  return compressed.byteLength < identity.byteLength ? compressed : undefined
}

/**
 * The encoding to send: the first of br, gzip the client accepts (q > 0) and we have, else
 * identity. `*` accepts whatever is not listed. Unparseable parts are ignored, as browsers never
 * send them.
 */
export function pickEncoding(acceptEncoding: string | undefined, body: EncodedBody): Encoding {
  if (!acceptEncoding || (!body.br && !body.gzip)) return 'identity'
  const accepted = parseAcceptEncoding(acceptEncoding)
  const accepts = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  if (body.br && accepts('br')) return 'br'
  if (body.gzip && (accepts('gzip') || accepts('x-gzip'))) return 'gzip'
  return 'identity'
}

/** Coding name (lowercase) → q value. Cached: a server sees a handful of distinct header values. */
const parsedHeaders = new Map<string, ReadonlyMap<string, number>>()
const maxParsedHeaders = 64

function parseAcceptEncoding(header: string): ReadonlyMap<string, number> {
  const known = parsedHeaders.get(header)
  if (known) return known
  const accepted = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const value = q === undefined ? 1 : Number(q.slice(2))
    accepted.set(name, Number.isFinite(value) ? value : 0)
  }
  if (parsedHeaders.size >= maxParsedHeaders) parsedHeaders.clear()
  parsedHeaders.set(header, accepted)
  return accepted
}

export function bodyFor(body: EncodedBody, encoding: Encoding): Bytes {
  if (encoding === 'br' && body.br) return body.br
  if (encoding === 'gzip' && body.gzip) return body.gzip
  return body.identity
}

export function encodedByteLength(body: EncodedBody): number {
  return body.identity.byteLength + (body.br?.byteLength ?? 0) + (body.gzip?.byteLength ?? 0)
}
