/**
 * The searches this instance answered, written to search_queries in batches (a quarter second, or
 * 500 searches, whichever comes first) rather than one INSERT per search: a search answered from the
 * response cache would otherwise still cost a statement, and on PGlite every statement holds the
 * event loop. Each search gets its id at once (clicks refer to it); the row follows within the batch
 * window, under that id, so a click may briefly name a search not yet written (search analytics has
 * no foreign keys for such cases, server/db/search-schema.ts).
 *
 * What a crash loses: the searches of the last window (analytics only, never shopper data). A stop
 * writes what is buffered; a failed write is retried with the next batch while the buffer is small.
 */
import { randomUUID } from 'node:crypto'
import { normalizeQuery } from '../../shared/search/normalize-query.ts'
import type { Db } from '../platform/db.ts'
import type { Logger } from '../platform/logger.ts'
import { insertReportedSearches, type SearchRecord } from './search.repository.ts'

export type SearchLog = {
  /** Buffers the search; returns its id, or null when there was no typed query to record. */
  record(search: SearchRecord): string | null
  /** Writes what is buffered (the admin's analytics read this first, so they include this instance's). */
  flush(): Promise<void>
  /** Stops the timer and writes what is buffered. */
  stop(): Promise<void>
}

export type SearchLogOptions = {
  readonly flushIntervalMs?: number
  readonly maxBatch?: number
  /** Past this many unwritten searches (the database is down), new ones are dropped and counted in the log. */
  readonly maxBuffered?: number
}

type Buffered = SearchRecord & { readonly id: string; readonly createdAt: Date }

export function createSearchLog(
  deps: { db: Db; logger: Logger; clock: () => Date },
  options: SearchLogOptions = {},
): SearchLog {
  const { flushIntervalMs = 250, maxBatch = 500, maxBuffered = 50_000 } = options
  let buffer: Buffered[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  let writing: Promise<void> = Promise.resolve()
  let dropped = 0

  function write(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    writing = writing.then(async () => {
      while (buffer.length > 0) {
        const batch = buffer.slice(0, maxBatch)
        try {
          await insertReportedSearches(deps.db, batch)
        } catch (error) {
          deps.logger.warn({ err: error, buffered: buffer.length }, 'could not write search analytics, will retry')
          schedule()
          return
        }
        buffer = buffer.slice(batch.length)
      }
      if (dropped > 0) deps.logger.warn({ dropped }, 'search analytics dropped while the database was unreachable')
      dropped = 0
    })
    return writing
  }

  function schedule(): void {
    if (timer) return
    timer = setTimeout(() => void write(), flushIntervalMs)
    timer.unref()
  }

  return {
    record(search) {
      const query = normalizeQuery(search.query)
      // Browsing by filters alone is not a search anyone typed.
      if (!query) return null
      const id = randomUUID()
      if (buffer.length >= maxBuffered) {
        dropped += 1
        return id
      }
      buffer.push({ ...search, query, id, createdAt: deps.clock() })
      if (buffer.length >= maxBatch) void write()
      else schedule()
      return id
    },
    flush: write,
    stop: write,
  }
}
