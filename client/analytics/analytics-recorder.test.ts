import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localStorageKeys } from '../local-data/storage-keys.ts'
import { createRecorder } from './analytics-recorder.ts'

function memoryStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries))
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  }
}

type Sent = { readonly events: readonly { readonly event: string }[] }

describe('the analytics recorder', () => {
  const sent: Sent[] = []
  const answers: ((response: Response) => void)[] = []

  beforeEach(() => {
    sent.length = 0
    answers.length = 0
    // No requestIdleCallback here: scheduleIdle falls back to a short timer.
    vi.stubGlobal('window', { innerWidth: 1280 })
    vi.stubGlobal('fetch', (_path: string, init: { body: string }) => {
      sent.push(JSON.parse(init.body) as Sent)
      return new Promise<Response>((resolve) => answers.push(resolve))
    })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('sends an event recorded while an earlier batch is still on its way, without waiting for another trigger', async () => {
    const consent = { status: 'granted', categories: { analytics: true }, at: new Date().toISOString() }
    const recorder = createRecorder({
      storage: memoryStorage({ [localStorageKeys.analyticsConsent]: JSON.stringify(consent) }),
      context: () => ({ locale: 'en', market: 'us' }),
      optedOut: false,
    })
    const product = { product_id: 'p-1', sku: 'SKU-1', price: 1999, currency: 'USD' as const, quantity: 1 }

    recorder.track({ event: 'Product Viewed', properties: product })
    await vi.waitFor(() => expect(sent).toHaveLength(1))
    // The first batch is in flight (its answer held back) when the shopper adds the product.
    recorder.track({ event: 'Product Added', properties: product })
    await new Promise((resolve) => setTimeout(resolve, 200))
    answers[0]?.(new Response(null, { status: 202 }))

    await vi.waitFor(() => expect(sent).toHaveLength(2))
    expect(sent.map((batch) => batch.events.map((event) => event.event))).toEqual([
      ['Product Viewed'],
      ['Product Added'],
    ])
    answers[1]?.(new Response(null, { status: 202 }))
  })
})
