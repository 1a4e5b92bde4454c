/**
 * Sends a snapshot file: the brotli or gzip body as built, a strong ETag (the content hash, suffixed
 * per encoding like every representation here), `immutable` caching and a 304 for a client that has
 * it. A client accepting neither encoding (rare: every browser takes gzip) gets the gzip body inflated
 * on the way out, so the uncompressed file is never kept in memory.
 */
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import type { Context } from 'hono'
import { pickEncoding } from '../platform/content-encoding.ts'
import { etagFor, isNotModified } from '../platform/representation.ts'
import { type CatalogSnapshot, snapshotFileType } from './catalog-snapshot.ts'

/** The name changes with the content: any cache may keep it for good. */
export const snapshotFileCacheControl = 'public, max-age=31536000, immutable'

export function sendSnapshotFile(c: Context, snapshot: CatalogSnapshot): Response {
  const { br, gzip } = snapshot.body
  const etag = `"${snapshot.hash}"`
  // pickEncoding answers identity when neither compressed form is accepted; the empty identity is never sent.
  const encoding = pickEncoding(c.req.header('accept-encoding'), { identity: new Uint8Array(), br, gzip })
  const headers: Record<string, string> = {
    ETag: etagFor(etag, encoding),
    'Cache-Control': snapshotFileCacheControl,
    Vary: 'Accept-Encoding',
  }
  if (isNotModified(c.req.header('if-none-match'), etag)) return new Response(null, { status: 304, headers })
  headers['Content-Type'] = snapshotFileType
  if (encoding === 'identity') {
    const inflated = Readable.from([gzip]).pipe(createGunzip())
    return new Response(Readable.toWeb(inflated) as ReadableStream<Uint8Array>, { status: 200, headers })
  }
  headers['Content-Encoding'] = encoding
  headers['Content-Length'] = String(encoding === 'br' ? br.byteLength : gzip.byteLength)
  return new Response(encoding === 'br' ? br : gzip, { status: 200, headers })
}
