// IndexedDB for Node, installed before Dexie loads (local-db.ts imports it).
import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ShopperState } from '../../shared/cart/cart.ts'
import { asProductId, asVariantId } from '../../shared/ids.ts'
import { type Mutation, type MutationBody, maxMutationsPerPush } from '../../shared/sync/mutation.ts'
import { ApiError } from '../platform/api-client.ts'
import { type LocalDb, openLocalDb } from './local-db.ts'
import { enqueueMutations, listPendingMutations } from './outbox.ts'
import { readSession, storeSession } from './session-cache.ts'
import { drainOutbox, type ParkedBatch, type PushedBatch } from './shopper-exchange.ts'
import { readShopperState } from './shopper-state.ts'
import { databaseName } from './storage-keys.ts'

type Request = { readonly method: string; readonly path: string; readonly csrf: string | null; readonly body: unknown }
type Answer = Response | Error

const setQuantity = (productId: string, quantity: number): MutationBody => ({
  kind: 'cart.set_quantity',
  productId: asProductId(productId),
  variantId: asVariantId(`${productId}-v1`),
  quantity,
})

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  })

/** The server's answer to a push it applied: every mutation applied, and the cart it leads to. */
function applied(mutations: readonly Mutation[], version: number): Response {
  const state: ShopperState = {
    cart: mutations.flatMap((mutation) =>
      mutation.kind === 'cart.set_quantity'
        ? [{ productId: mutation.productId, variantId: mutation.variantId, quantity: mutation.quantity, changedAt: 1 }]
        : [],
    ),
    wishlist: [],
    version,
  }
  return json(200, { outcomes: mutations.map((mutation) => ({ id: mutation.id, status: 'applied' })), state })
}

const invalidInput = (path: string | null) =>
  json(400, {
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    code: 'INVALID_INPUT',
    errors: path ? [{ path, message: 'must be a whole number from 0 to 99' }] : [],
  })

let db: LocalDb
let requests: Request[]
/** Answers the next request; the test sets it. */
let answer: (request: Request) => Answer

beforeEach(async () => {
  // No Web Locks in Node: the exchange then runs without the cross-tab lock (withShopperLock).
  vi.stubGlobal('navigator', {})
  requests = []
  vi.stubGlobal('fetch', async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers)
    const request: Request = {
      method: init.method ?? 'GET',
      path,
      csrf: headers.get('x-csrf-token'),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : null,
    }
    requests.push(request)
    const result = answer(request)
    if (result instanceof Error) throw result
    return result
  })
  db = openLocalDb({ onVersionChange: () => {}, onBlocked: () => {} })
  await storeSession(db, { user: null, csrfToken: 'token-1' })
})

afterEach(async () => {
  db.close()
  await Dexie.delete(databaseName)
  vi.unstubAllGlobals()
})

const pushed = (request: Request) => (request.body as { mutations: Mutation[] }).mutations
const pushes = () => requests.filter((request) => request.path === '/api/sync/push')

describe('drainOutbox', () => {
  it('pushes the queued mutations in order with the CSRF token, then removes them and stores the answer', async () => {
    const queued = [
      ...(await enqueueMutations(db, [setQuantity('p1', 2)])),
      ...(await enqueueMutations(db, [setQuantity('p2', 1), { kind: 'wishlist.add', productId: asProductId('p3') }])),
    ]
    answer = (request) => applied(pushed(request), 7)
    const onPushed = vi.fn<(batch: PushedBatch) => void>()

    await drainOutbox(db, { onPushed })

    expect(pushes()).toHaveLength(1)
    const [push] = pushes()
    expect(push?.method).toBe('POST')
    expect(push?.csrf).toBe('token-1')
    // As the server expects them: in queue order, without the local `seq`.
    expect(push && pushed(push)).toEqual(queued)
    expect(await listPendingMutations(db)).toEqual([])
    expect(await readShopperState(db)).toMatchObject({
      cart: [
        { productId: 'p1', variantId: 'p1-v1', quantity: 2, changedAt: 1 },
        { productId: 'p2', variantId: 'p2-v1', quantity: 1, changedAt: 1 },
      ],
      wishlist: [],
      version: 7,
    })
    expect(onPushed).toHaveBeenCalledOnce()
    expect(onPushed.mock.calls[0]?.[0].mutations.map((row) => row.id)).toEqual(queued.map((mutation) => mutation.id))
  })

  it('sends nothing when the outbox is empty', async () => {
    answer = () => new Error('no request expected')
    await drainOutbox(db)
    expect(requests).toEqual([])
  })

  it(`pushes a long outbox in batches of ${maxMutationsPerPush}, oldest first`, async () => {
    const bodies = Array.from({ length: maxMutationsPerPush + 1 }, (_, index) => setQuantity(`p${index}`, 1))
    const queued = await enqueueMutations(db, bodies)
    let version = 0
    answer = (request) => applied(pushed(request), ++version)

    await drainOutbox(db)

    expect(pushes().map((request) => pushed(request).length)).toEqual([maxMutationsPerPush, 1])
    expect(
      pushes()
        .flatMap(pushed)
        .map((mutation) => mutation.id),
    ).toEqual(queued.map((mutation) => mutation.id))
    expect(await db.outbox.count()).toBe(0)
    expect((await readShopperState(db))?.version).toBe(2)
  })

  it.each([
    ['no answer arrives', () => new TypeError('fetch failed'), 'NETWORK'],
    ['the server is down', () => json(503, { status: 503, code: 'UNAVAILABLE' }), 'UNAVAILABLE'],
    ['the server answers 500 without a problem body', () => new Response('oops', { status: 500 }), 'INTERNAL'],
  ] as const)('keeps every row and rejects when %s, so the next try sends them again', async (_, fail, code) => {
    const queued = await enqueueMutations(db, [setQuantity('p1', 1), setQuantity('p2', 3)])
    answer = fail
    const onParked = vi.fn()

    const error = await drainOutbox(db, { onParked }).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe(code)
    expect((await listPendingMutations(db)).map((row) => row.id)).toEqual(queued.map((mutation) => mutation.id))
    expect(await db.parkedMutations.count()).toBe(0)
    expect(onParked).not.toHaveBeenCalled()
    expect(await readShopperState(db)).toBeUndefined()

    // Back online: the same rows go out, and only then leave the outbox.
    answer = (request) => applied(pushed(request), 1)
    await drainOutbox(db)
    expect(pushes().at(-1) && pushed(pushes().at(-1) as Request)).toEqual(queued)
    expect(await db.outbox.count()).toBe(0)
  })

  it('parks only the mutation the server cannot read (a 400), pushing the others one by one in order', async () => {
    const [first, bad, last] = await enqueueMutations(db, [
      setQuantity('p1', 1),
      setQuantity('p2', 1),
      setQuantity('p3', 1),
    ])
    // The batch holding the bad mutation is refused whole; alone, the bad one is refused naming its field.
    answer = (request) => {
      const mutations = pushed(request)
      if (!mutations.some((mutation) => mutation.id === bad?.id)) return applied(mutations, requests.length)
      return invalidInput(mutations.length === 1 ? 'json.mutations.0.quantity' : null)
    }
    const onPushed = vi.fn<(batch: PushedBatch) => void>()
    const onParked = vi.fn<(batch: ParkedBatch) => void>()

    await drainOutbox(db, { onPushed, onParked })

    expect(pushes().map((request) => pushed(request).map((mutation) => mutation.id))).toEqual([
      [first?.id, bad?.id, last?.id],
      [first?.id],
      [bad?.id],
      [last?.id],
    ])
    expect(await db.outbox.count()).toBe(0)
    const parked = await db.parkedMutations.toArray()
    expect(parked).toHaveLength(1)
    expect(parked[0]).toMatchObject({
      id: bad?.id,
      kind: 'cart.set_quantity',
      productId: 'p2',
      reason: '400 INVALID_INPUT: json.mutations.0.quantity',
    })
    expect(Number.isNaN(Date.parse(parked[0]?.parkedAt ?? ''))).toBe(false)
    expect(onParked).toHaveBeenCalledOnce()
    expect(onParked.mock.calls[0]?.[0].mutations.map((row) => row.id)).toEqual([bad?.id])
    expect(onParked.mock.calls[0]?.[0].error.status).toBe(400)
    expect(onPushed.mock.calls.map(([batch]) => batch.mutations.map((row) => row.id))).toEqual([
      [first?.id],
      [last?.id],
    ])
  })

  it('refreshes a stale CSRF token once and pushes again', async () => {
    await enqueueMutations(db, [setQuantity('p1', 1)])
    answer = (request) => {
      if (request.path === '/api/auth/session') return json(200, { user: null, csrfToken: 'token-2' })
      if (request.csrf === 'token-1') return json(403, { status: 403, code: 'CSRF_FAILED' })
      return applied(pushed(request), 1)
    }

    await drainOutbox(db)

    expect(requests.map((request) => `${request.method} ${request.path} ${request.csrf}`)).toEqual([
      'POST /api/sync/push token-1',
      'GET /api/auth/session null',
      'POST /api/sync/push token-2',
    ])
    expect(await db.outbox.count()).toBe(0)
    expect((await readSession(db))?.csrfToken).toBe('token-2')
  })
})
