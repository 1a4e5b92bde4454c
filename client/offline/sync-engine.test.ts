import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LocalDb } from '../local-data/local-db.ts'
import type { EventStreamHandlers } from './event-stream.ts'
import type { NetworkStatus } from './network-status.ts'

const mocks = vi.hoisted(() => ({
  streams: [] as EventStreamHandlers[],
  refreshOrders: vi.fn(async () => {}),
}))

vi.mock('./event-stream.ts', () => ({
  isOrderEvent: (event: { type: string }) => event.type.startsWith('order.'),
  startEventStream: (handlers: EventStreamHandlers) => {
    mocks.streams.push(handlers)
    return { announceSessionChange: () => {}, stop: () => {} }
  },
}))
vi.mock('./background-sync.ts', () => ({ requestBackgroundSync: async () => {} }))
vi.mock('../local-data/local-db.ts', () => ({ isQuotaExceededError: () => false }))
vi.mock('../local-data/session.ts', () => ({ fetchSession: async () => ({ user: null, csrfToken: 'token' }) }))
vi.mock('../local-data/session-cache.ts', () => ({ readSession: async () => ({ user: null, csrfToken: 'token' }) }))
vi.mock('../local-data/shopper-state.ts', () => ({ readShopperState: async () => null }))
vi.mock('../local-data/shopper-exchange.ts', () => ({
  withShopperLock: <T>(task: () => Promise<T>) => task(),
  drainOutbox: async () => {},
  pullShopperState: async () => {},
}))

const { createSyncEngine } = await import('./sync-engine.ts')

const network: NetworkStatus = {
  online: () => true,
  reportReachable: () => {},
  reportUnreachable: () => {},
} as unknown as NetworkStatus

describe('the sync engine and the event stream', () => {
  beforeEach(() => {
    mocks.streams.length = 0
    mocks.refreshOrders.mockClear()
    vi.stubGlobal('window', new EventTarget())
    vi.stubGlobal('navigator', { onLine: true })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  async function started() {
    const engine = createSyncEngine(
      {} as LocalDb,
      network,
      () => {},
      () => {},
      {
        sendQueued: [],
        forgetQueued: async () => {},
        refreshOrders: mocks.refreshOrders,
        forgetOrders: async () => {},
      },
    )
    const stop = engine.start()
    await vi.waitFor(() => expect(mocks.streams).toHaveLength(1))
    const stream = mocks.streams[0]
    if (!stream) throw new Error('no event stream started')
    return { stream, stop }
  }

  it('refreshes the stored orders whenever the stream (re)opens, which may have skipped an order event', async () => {
    const { stream, stop } = await started()
    const before = mocks.refreshOrders.mock.calls.length
    stream.onOpen()
    await vi.waitFor(() => expect(mocks.refreshOrders.mock.calls.length).toBe(before + 1))
    stop()
  })

  it('refreshes the stored orders on an order event, and not on a cart event', async () => {
    const { stream, stop } = await started()
    const before = mocks.refreshOrders.mock.calls.length
    stream.onEvent({ type: 'cart.updated', version: 3 })
    stream.onEvent({ type: 'order.tracking_updated', version: 3 })
    await vi.waitFor(() => expect(mocks.refreshOrders.mock.calls.length).toBe(before + 1))
    await new Promise((resolve) => setTimeout(resolve, 0)) // the cart event's pull has settled too
    expect(mocks.refreshOrders).toHaveBeenCalledTimes(before + 1)
    stop()
  })
})
