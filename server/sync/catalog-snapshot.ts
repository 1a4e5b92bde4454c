/**
 * Builds the catalog snapshot file (shared/sync/catalog-snapshot.ts, docs/decisions/0015): every live
 * category and product as newline-delimited JSON, named by the hash of its bytes, compressed once
 * with brotli and gzip. The same catalog always gives the same bytes (fixed row order and column
 * order; nothing from the build itself is written into the file), so instances that build from the
 * same data name the same file, and a client's HTTP cache or a CDN keeps it as long as it likes.
 *
 * The cursor is not in the file: it depends on when the build read (the transaction horizon), not on
 * what it read. It goes in the pointer, next to the file name it belongs to.
 *
 * Only the compressed bodies are kept (the uncompressed one is ~13 times larger): a client that
 * accepts neither encoding gets the gzip body inflated as it is sent.
 */
import { createHash } from 'node:crypto'
import type { Transform } from 'node:stream'
import { constants, createBrotliCompress, createGzip } from 'node:zlib'
import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import { formatCatalogCursor } from '../../shared/sync/catalog-cursor.ts'
import {
  type CatalogSnapshotPointer,
  encodeSnapshotCategory,
  encodeSnapshotProduct,
  snapshotColumns,
  snapshotHeader,
} from '../../shared/sync/catalog-snapshot.ts'
import type { Bytes } from '../platform/content-encoding.ts'
import type { Db } from '../platform/db.ts'
import { makeJsonRepresentation, type Representation } from '../platform/representation.ts'
import { readLiveProductsByIds, readSnapshotPlan } from './catalog-snapshot.repository.ts'

export type CatalogSnapshot = {
  /** Hex hash of the uncompressed file: its name, and (quoted) its ETag. */
  readonly hash: string
  readonly pointer: CatalogSnapshotPointer
  /** The pointer as a finished answer (`public, no-cache`, strong ETag), made once per build. */
  readonly pointerAnswer: Representation
  readonly body: { readonly br: Bytes; readonly gzip: Bytes }
}

/** Where the snapshot files are served (catalog-sync.routes.ts); a file is `<hash>.ndjson` below it. */
export const snapshotFilesPath = '/api/sync/catalog/snapshot/'
export const snapshotFileType = 'application/x-ndjson; charset=utf-8'
export const snapshotFileName = /^([0-9a-f]{32})\.ndjson$/

/** The pointer changes whenever a build finishes; a shared cache must ask each time (304 when unchanged). */
export const snapshotPointerCacheControl = 'public, no-cache'

export type SnapshotBuildOptions = {
  /** Products read per statement. */
  readonly batchSize?: number
  /** Brotli quality: paid once per build on the thread pool (7: about 2 s for 100k products). */
  readonly brotliQuality?: number
  /** The locales whose translations the rows carry (canonical, shared/sync/catalog-locales.ts); none by default. */
  readonly locales?: readonly TranslatedLocale[]
}

/** A product in the plan was deleted before its batch was read: the file would not match its header. */
export class SnapshotRaceError extends Error {
  override readonly name = 'SnapshotRaceError'
}

export async function buildCatalogSnapshot(db: Db, options: SnapshotBuildOptions = {}): Promise<CatalogSnapshot> {
  const { batchSize = 1000, brotliQuality = 7, locales = [] } = options
  const plan = await readSnapshotPlan(db, locales)
  const counts = { categories: plan.categories.length, products: plan.productIds.length }
  const columns = snapshotColumns(locales.length > 0)
  const sink = createSnapshotSink(brotliQuality)
  try {
    await sink.write(`${JSON.stringify(snapshotHeader(counts, columns))}\n`)
    if (plan.categories.length > 0)
      await sink.write(linesOf(plan.categories.map((row) => encodeSnapshotCategory(row, columns.categoryColumns))))
    for (let start = 0; start < plan.productIds.length; start += batchSize) {
      const ids = plan.productIds.slice(start, start + batchSize)
      const batch = await readLiveProductsByIds(db, ids, locales)
      if (batch.length !== ids.length) throw new SnapshotRaceError('a product was deleted while the snapshot was read')
      await sink.write(linesOf(batch.map((row) => encodeSnapshotProduct(row, columns.productColumns))))
      // PGlite runs in this event loop: let requests in between batches.
      await new Promise((resolve) => setImmediate(resolve))
    }
  } catch (error) {
    sink.abort()
    throw error
  }
  const { hash, bytes, body } = await sink.end()
  const pointer: CatalogSnapshotPointer = {
    url: `${snapshotFilesPath}${hash}.ndjson`,
    cursor: formatCatalogCursor({ floor: plan.oldestRunning }),
    ...counts,
    bytes,
  }
  const pointerAnswer = await makeJsonRepresentation(pointer, snapshotPointerCacheControl)
  return { hash, pointer, pointerAnswer, body }
}

function linesOf(encoded: readonly string[]): string {
  return `${encoded.join('\n')}\n`
}

/** Hashes and compresses the file as it is written, so the uncompressed file never sits in memory whole. */
function createSnapshotSink(brotliQuality: number) {
  const hash = createHash('sha256')
  const brotli = createBrotliCompress({
    params: {
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  })
  const gzip = createGzip({ level: 9 })
  const outputs = [collect(brotli), collect(gzip)] as const
  let bytes = 0
  return {
    async write(text: string): Promise<void> {
      const chunk = Buffer.from(text, 'utf8')
      bytes += chunk.byteLength
      hash.update(chunk)
      await Promise.all([writeTo(brotli, chunk), writeTo(gzip, chunk)])
    },
    async end() {
      brotli.end()
      gzip.end()
      const [br, gz] = await Promise.all(outputs)
      return { hash: hash.digest('hex').slice(0, 32), bytes, body: { br, gzip: gz } }
    },
    abort(): void {
      brotli.destroy()
      gzip.destroy()
      // The collectors reject on destroy; nobody waits for them any more.
      for (const output of outputs) output.catch(() => {})
    },
  }
}

/**
 * Reading the next batch overlaps compressing this one: the writer waits only when this much input
 * is still queued (so a slow compressor bounds memory, not the database reads).
 */
const maxQueuedBytes = 8 * 1024 * 1024

function writeTo(stream: Transform, chunk: Buffer): Promise<void> {
  stream.write(chunk)
  if (stream.writableLength < maxQueuedBytes) return Promise.resolve()
  return new Promise((resolve) => stream.once('drain', resolve))
}

function collect(stream: Transform): Promise<Bytes> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = []
    let length = 0
    stream.on('data', (part: Buffer) => {
      parts.push(part)
      length += part.byteLength
    })
    stream.once('end', () => {
      // One copy on an ArrayBuffer of its own (what a Response body takes), not Node's pooled slab.
      const joined = new Uint8Array(new ArrayBuffer(length))
      let offset = 0
      for (const part of parts) {
        joined.set(part, offset)
        offset += part.byteLength
      }
      resolve(joined)
    })
    stream.once('error', reject)
    stream.once('close', () => reject(new Error('snapshot compression stopped')))
  })
}
