import { inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { searchQueries } from '../db/search-schema.ts'
import { createLogger } from '../platform/logger.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { createSearchLog } from './search-log.ts'

describe.each(await databaseTargets())('the search log on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const logOf = (options: Parameters<typeof createSearchLog>[1] = {}) =>
    createSearchLog({ db: database().db, logger: createLogger('silent'), clock: () => new Date() }, options)
  const stored = async (ids: readonly string[]) =>
    database()
      .db.select({ id: searchQueries.id, query: searchQueries.query, resultCount: searchQueries.resultCount })
      .from(searchQueries)
      .where(inArray(searchQueries.id, [...ids]))

  it('hands out an id at once and writes the search under it with the next batch', async () => {
    const log = logOf({ flushIntervalMs: 60_000 })
    const id = log.record({ query: '  Wireless  MOUSE! ', resultCount: 4, sessionId: 'device-1' })
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(await stored([id!])).toEqual([])
    await log.flush()
    expect(await stored([id!])).toEqual([{ id, query: 'wireless mouse', resultCount: 4 }])
  })

  it('writes on its own after the batch window', async () => {
    const log = logOf({ flushIntervalMs: 50 })
    const id = log.record({ query: 'kettle', resultCount: 2, sessionId: null })
    await expect.poll(async () => (await stored([id!])).length, { timeout: 5_000 }).toBe(1)
  })

  it('writes a full batch without waiting for the window', async () => {
    const log = logOf({ flushIntervalMs: 60_000, maxBatch: 3 })
    const ids = ['lamp', 'sofa', 'desk'].map((query) => log.record({ query, resultCount: 1, sessionId: null })!)
    await expect.poll(async () => (await stored(ids)).length, { timeout: 5_000 }).toBe(3)
  })

  it('records no search for filter-only browsing', () => {
    expect(logOf().record({ query: '  ', resultCount: 600, sessionId: null })).toBeNull()
  })

  it('writes what is buffered when stopped', async () => {
    const log = logOf({ flushIntervalMs: 60_000 })
    const id = log.record({ query: 'chair', resultCount: 9, sessionId: null })
    await log.stop()
    expect(await stored([id!])).toHaveLength(1)
  })
})
