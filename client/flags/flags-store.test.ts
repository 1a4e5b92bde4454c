import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FlagsAnswer } from '../../shared/experiments/flag-api.ts'
import { readAnonymousId } from '../local-data/anonymous-id.ts'
import { type LocalDb, openLocalDb } from '../local-data/local-db.ts'
import { metaKeys } from '../local-data/storage-keys.ts'
import { queueExposure, readStoredFlags, refreshFlags, sendPendingExposures } from './flags-store.ts'

const answer: FlagsAnswer = {
  flags: { 'free-shipping-progress': true },
  experiments: { 'free-shipping-progress': { flagKey: 'free-shipping-progress', variant: 'progress' } },
}

describe('flags on the device', () => {
  let db: LocalDb
  beforeEach(() => {
    db = openLocalDb({ onVersionChange: () => {}, onBlocked: () => {} })
  })
  afterEach(async () => {
    vi.unstubAllGlobals()
    await db.delete()
  })
  const unreachable = () =>
    vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })

  it('keeps one anonymous id per device', async () => {
    const [first, second] = await Promise.all([readAnonymousId(db), readAnonymousId(db)])
    expect(first).toMatch(/^[0-9a-f-]{36}$/)
    expect(second).toBe(first)
  })

  it('stores the answer for its anonymous id and keeps serving it offline', async () => {
    const fetch = vi.fn(async (_path: string) => Response.json(answer))
    vi.stubGlobal('fetch', fetch)
    await refreshFlags(db, { market: 'jp', locale: 'ja' }, () => new Date('2026-12-07T10:00:00Z'))
    const anonymousId = await readAnonymousId(db)
    expect(fetch.mock.calls[0]?.[0]).toBe(`/api/flags?anonymousId=${anonymousId}&market=jp&locale=ja`)
    vi.stubGlobal('fetch', unreachable())
    await refreshFlags(db)
    expect(await readStoredFlags(db)).toEqual({ anonymousId, answer, fetchedAt: '2026-12-07T10:00:00.000Z' })
  })

  it('queues an exposure offline, sends it once online, and drops one the server refuses', async () => {
    vi.stubGlobal('fetch', unreachable())
    await queueExposure(db, { experimentKey: 'free-shipping-progress', variant: 'progress' })
    await queueExposure(db, { experimentKey: 'free-shipping-progress', variant: 'progress' })
    const pending = await db.meta.get(metaKeys.pendingExposures)
    expect(pending?.value).toEqual([
      { experimentKey: 'free-shipping-progress', variant: 'progress', anonymousId: await readAnonymousId(db) },
    ])
    const sent = vi.fn(async (_path: string, _init?: RequestInit) => Response.json({ recorded: true }, { status: 201 }))
    vi.stubGlobal('fetch', sent)
    await sendPendingExposures(db)
    expect(sent).toHaveBeenCalledTimes(1)
    expect(JSON.parse(String(sent.mock.calls[0]?.[1]?.body))).toMatchObject({ variant: 'progress' })
    expect((await db.meta.get(metaKeys.pendingExposures))?.value).toEqual([])
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ code: 'INVALID_INPUT' }, { status: 400 })),
    )
    await queueExposure(db, { experimentKey: 'gone', variant: 'a' })
    expect((await db.meta.get(metaKeys.pendingExposures))?.value).toEqual([])
  })
})
