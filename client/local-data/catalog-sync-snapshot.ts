/**
 * A device's first catalog: the snapshot file (shared/sync/catalog-snapshot.ts), read as it streams
 * in and stored in chunks, each chunk in one transaction with a progress row (which file, how many of
 * its rows are stored). The catalog cursor is written with the last chunk only, so until then the
 * device still counts as "never synced" and a reload resumes after the stored rows of the same file
 * (the browser's HTTP cache usually still holds it: it is immutable), or starts over from an empty
 * catalog when the server now names another file.
 *
 * Chunks keep every transaction short (a page reading the catalog waits for the one being written,
 * never for the whole file); the first is small, so the home page and the categories can show within
 * moments of the start. A file the server no longer has (another instance, an old pointer) is asked
 * for once more through a fresh pointer, then given up: the caller pages the feed from the beginning.
 */

import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import { formatLocales } from '../../shared/sync/catalog-locales.ts'
import {
  type CatalogSnapshotHeader,
  type CatalogSnapshotPointer,
  decodeSnapshotRow,
  parseSnapshotHeader,
} from '../../shared/sync/catalog-snapshot.ts'
import { ApiError, getJson } from '../platform/api-client.ts'
import { readCatalogCursor, readSnapshotProgress } from './catalog-meta.ts'
import type { PullEvents } from './catalog-sync-pull.ts'
import { type LocalDb, toLocalProduct } from './local-db.ts'
import { parseCatalogChanges } from './parse-catalog-changes.ts'
import { metaKeys } from './storage-keys.ts'

export type SnapshotOutcome = 'applied' | 'stale' | 'unavailable'

/**
 * Rows per chunk: small at first, so the categories, the featured products and every category's
 * newest ones (the file's first rows) are stored within moments; doubling up to a size whose
 * transaction still ends in a few hundred milliseconds.
 */
const firstChunkRows = 250
const maxChunkRows = 2000
/** A download that delivers nothing for this long is given up (a phone on a bad network may be slow, not stuck). */
const stallTimeoutMs = 30_000
const attempts = 2

/** @param locales the translations the file's rows carry: held by the device once it is stored. */
export async function pullSnapshot(
  db: LocalDb,
  events: PullEvents,
  locales: readonly TranslatedLocale[],
): Promise<SnapshotOutcome> {
  const started = performance.now()
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const pointer = await fetchPointer(locales)
    if (!pointer) return 'unavailable'
    events.onReachable()
    const download = await openFile(pointer.url)
    if (download === 'gone') continue
    const outcome = await applySnapshotFile(db, { ...pointer, locales }, download, events)
    performance.measure('catalog-sync:snapshot', { start: started, detail: { outcome, bytes: pointer.bytes } })
    return outcome
  }
  return 'unavailable'
}

/** Null when this server has no snapshot route (an older one): the caller pages the feed instead. */
async function fetchPointer(locales: readonly TranslatedLocale[]): Promise<CatalogSnapshotPointer | null> {
  const query = locales.length > 0 ? `?${new URLSearchParams({ locales: formatLocales(locales) })}` : ''
  try {
    return await getJson(`/api/sync/catalog/snapshot${query}`, parseSnapshotPointer)
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

export function parseSnapshotPointer(body: unknown): CatalogSnapshotPointer {
  if (typeof body !== 'object' || body === null) throw new TypeError('snapshot pointer: not an object')
  const { url, cursor, categories, products, bytes } = body as Record<string, unknown>
  if (typeof url !== 'string' || !url.startsWith('/')) throw new TypeError('snapshot pointer: bad url')
  if (typeof cursor !== 'string' || cursor === '') throw new TypeError('snapshot pointer: bad cursor')
  const counts = [categories, products, bytes]
  if (!counts.every((n) => Number.isSafeInteger(n) && (n as number) >= 0))
    throw new TypeError('snapshot pointer: bad counts')
  return { url, cursor, categories: categories as number, products: products as number, bytes: bytes as number }
}

type Download = { readonly body: ReadableStream<Uint8Array<ArrayBuffer>>; readonly watchdog: Watchdog }
type Watchdog = { readonly signal: AbortSignal; alive(): void; stop(): void }

/** `gone`: the server does not have this file (404) or no longer (410). */
async function openFile(url: string): Promise<Download | 'gone'> {
  const watchdog = createWatchdog(stallTimeoutMs)
  let response: Response
  try {
    // The default cache mode on purpose: the file is immutable, so a resumed download may come from disk.
    response = await fetch(url, { headers: { accept: 'application/x-ndjson' }, signal: watchdog.signal })
  } catch (cause) {
    watchdog.stop()
    throw new ApiError('NETWORK', null, `GET ${url} failed before an answer`, { cause })
  }
  if (response.status === 404 || response.status === 410) {
    watchdog.stop()
    return 'gone'
  }
  if (!response.ok || !response.body) {
    watchdog.stop()
    throw new ApiError('INTERNAL', response.status, `GET ${url} answered ${response.status}`)
  }
  return { body: response.body, watchdog }
}

function createWatchdog(timeoutMs: number): Watchdog {
  const controller = new AbortController()
  let timer = setTimeout(() => controller.abort(), timeoutMs)
  return {
    signal: controller.signal,
    alive() {
      clearTimeout(timer)
      timer = setTimeout(() => controller.abort(), timeoutMs)
    },
    stop: () => clearTimeout(timer),
  }
}

type Chunk = { categories: unknown[]; products: unknown[] }

/** The pointer and the locales its file was asked for (its url differs per locale set). */
type SnapshotSource = CatalogSnapshotPointer & { readonly locales: readonly TranslatedLocale[] }

async function applySnapshotFile(
  db: LocalDb,
  pointer: SnapshotSource,
  download: Download,
  events: PullEvents,
): Promise<SnapshotOutcome> {
  const lines = readLines(download)
  try {
    const first = await lines.next()
    if (first.done) throw new ApiError('INTERNAL', 200, `GET ${pointer.url}: empty file`)
    const header = parseSnapshotHeader(JSON.parse(first.value))
    const total = header.categories + header.products
    const progress = await readSnapshotProgress(db)
    const resumeAt = progress?.url === pointer.url && progress.rows < total ? progress.rows : 0
    const writer = createChunkWriter(db, pointer, header, resumeAt, events)
    let row = 0
    for await (const line of lines) {
      if (row >= total) throw new TypeError('catalog snapshot: more rows than its header says')
      if (row++ < resumeAt) continue
      const values: unknown = JSON.parse(line)
      if (row <= header.categories) writer.chunk.categories.push(decodeSnapshotRow(header.categoryColumns, values))
      else writer.chunk.products.push(decodeSnapshotRow(header.productColumns, values))
      if ((await writer.flushWhenFull()) === 'stale') return 'stale'
    }
    if (row !== total) throw new ApiError('NETWORK', 200, `GET ${pointer.url}: the file ended early`)
    return writer.finish()
  } finally {
    download.watchdog.stop()
    await lines.return(undefined)
  }
}

/**
 * Collects decoded rows into chunks and stores each while the next is parsed: one write at a time, in
 * file order. The last chunk (the one that reaches the header's total) carries the cursor.
 */
function createChunkWriter(
  db: LocalDb,
  pointer: SnapshotSource,
  header: CatalogSnapshotHeader,
  resumeAt: number,
  events: PullEvents,
) {
  const total = header.categories + header.products
  let chunkStart = resumeAt
  let chunkRows = firstChunkRows
  let writing: Promise<'applied' | 'stale'> | undefined

  async function flush(): Promise<'applied' | 'stale'> {
    if (writing && (await writing) === 'stale') return 'stale'
    const chunk = writer.chunk
    const rows = chunk.categories.length + chunk.products.length
    const start = chunkStart
    writing = storeChunk(db, pointer, header, chunk, start, start + rows === total).then((outcome) => {
      if (outcome === 'applied') events.onProgress({ applied: start + rows, total })
      return outcome
    })
    // Awaited by the next flush or by `finish`; this only keeps a failure meanwhile from being "unhandled".
    writing.catch(() => {})
    chunkStart += rows
    chunkRows = Math.min(chunkRows * 2, maxChunkRows)
    writer.chunk = { categories: [], products: [] }
    return 'applied'
  }

  const writer = {
    chunk: { categories: [], products: [] } as Chunk,
    async flushWhenFull(): Promise<'applied' | 'stale'> {
      const size = writer.chunk.categories.length + writer.chunk.products.length
      return size >= chunkRows ? flush() : 'applied'
    },
    async finish(): Promise<'applied' | 'stale'> {
      // An empty catalog has no chunk, but its cursor must still be written.
      const pending = writer.chunk.categories.length + writer.chunk.products.length
      if ((pending > 0 || total === 0) && (await flush()) === 'stale') return 'stale'
      return (await writing) ?? 'applied'
    },
  }
  return writer
}

/**
 * Store one chunk if the device is still where this file left it: no cursor yet, and the progress row
 * at `start` rows of the same file (or, for the first chunk, an empty catalog: whatever a file given
 * up earlier left is cleared). Otherwise another tab's worker is ahead: 'stale'.
 */
async function storeChunk(
  db: LocalDb,
  pointer: SnapshotSource,
  header: CatalogSnapshotHeader,
  chunk: Chunk,
  start: number,
  isLast: boolean,
): Promise<'applied' | 'stale'> {
  // The checks the feed's pages get, on the rows as objects; a file row is never a tombstone.
  const rows = parseCatalogChanges({ ...chunk, cursor: pointer.cursor, hasMore: !isLast })
  const products = rows.products.map(toLocalProduct)
  const started = performance.now()
  const outcome = await db.transaction('rw', db.categories, db.products, db.meta, async () => {
    if ((await readCatalogCursor(db)) !== '') return 'stale'
    const progress = await readSnapshotProgress(db)
    if (start === 0) {
      await db.categories.clear()
      await db.products.clear()
      await db.meta.delete(metaKeys.catalogLocales)
    } else if (progress?.url !== pointer.url || progress.rows !== start) {
      return 'stale'
    }
    await db.categories.bulkPut(rows.categories)
    await db.products.bulkPut(products)
    if (isLast) {
      await db.meta.put({ key: metaKeys.catalogCursor, value: pointer.cursor })
      await db.meta.put({ key: metaKeys.catalogLocales, value: pointer.locales })
      await db.meta.delete(metaKeys.catalogSnapshot)
    } else {
      const stored = start + rows.categories.length + rows.products.length
      await db.meta.put({ key: metaKeys.catalogSnapshot, value: { url: pointer.url, rows: stored } })
    }
    return 'applied' as const
  })
  const count = header.categories + header.products
  performance.measure('catalog-sync:write', {
    start: started,
    detail: { rows: rows.categories.length + rows.products.length, of: count },
  })
  return outcome
}

/** The body's lines as they arrive; a network failure mid-way is a NETWORK error (retried later). */
async function* readLines(download: Download): AsyncGenerator<string, void, undefined> {
  const reader = download.body.pipeThrough(new TextDecoderStream()).getReader()
  let rest = ''
  try {
    for (;;) {
      let read: ReadableStreamReadResult<string>
      try {
        read = await reader.read()
      } catch (cause) {
        throw new ApiError('NETWORK', 200, 'the catalog snapshot download broke off', { cause })
      }
      if (read.done) break
      download.watchdog.alive()
      rest += read.value
      let start = 0
      for (let end = rest.indexOf('\n'); end !== -1; end = rest.indexOf('\n', start)) {
        yield rest.slice(start, end)
        start = end + 1
      }
      rest = rest.slice(start)
    }
    if (rest !== '') yield rest
  } finally {
    reader.cancel().catch(() => {})
  }
}
