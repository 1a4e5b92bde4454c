import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { asProductId } from '../../shared/ids.ts'
import { asReviewPhotoId, type ReviewPhotoId } from '../../shared/reviews/review.ts'
import { postReview, uploadReviewPhoto, type WithCsrf } from './review-api.ts'
import type { DraftRefusal, DraftStore, ReviewDraft } from './review-draft.ts'
import { type ReviewRequests, sendReviewDrafts } from './review-outbox.ts'

const withCsrf: WithCsrf = (write) => write('token')
const requests: ReviewRequests = {
  uploadPhoto: (id, blob) => uploadReviewPhoto(withCsrf, id, blob),
  postReview: (slug, mutationId, fields, photoIds) => postReview(withCsrf, slug, mutationId, fields, photoIds),
}

const photoA = asReviewPhotoId('00000000-0000-4000-8000-00000000000a')
const photoB = asReviewPhotoId('00000000-0000-4000-8000-00000000000b')

function draft(overrides: Partial<ReviewDraft> = {}): ReviewDraft {
  return {
    mutationId: '11111111-1111-4111-8111-111111111111',
    productId: asProductId('22222222-2222-4222-8222-222222222222'),
    slug: 'trail-shoe',
    productName: 'Trail shoe',
    userId: 'user-1',
    variantId: null,
    rating: 4,
    title: 'Good grip',
    body: 'Held on wet rock.',
    photos: [
      { id: photoA, blob: new Blob(['a'], { type: 'image/jpeg' }), uploaded: false },
      { id: photoB, blob: new Blob(['b'], { type: 'image/png' }), uploaded: false },
    ],
    state: 'queued',
    refusal: null,
    createdAt: '2026-12-07T10:00:00.000Z',
    ...overrides,
  }
}

/** The Dexie table's behaviour as the sender sees it. */
function memoryStore(initial: readonly ReviewDraft[]) {
  const drafts = new Map(initial.map((d) => [d.mutationId, d]))
  const store: DraftStore = {
    listQueued: async () => [...drafts.values()].filter((d) => d.state === 'queued'),
    markPhotoUploaded: async (mutationId, photoId: ReviewPhotoId) => {
      const d = drafts.get(mutationId)
      if (d)
        drafts.set(mutationId, { ...d, photos: d.photos.map((p) => (p.id === photoId ? { ...p, uploaded: true } : p)) })
    },
    markRefused: async (mutationId, refusal: DraftRefusal) => {
      const d = drafts.get(mutationId)
      if (d) drafts.set(mutationId, { ...d, state: 'refused', refusal })
    },
    remove: async (mutationId) => {
      drafts.delete(mutationId)
    },
  }
  return { store, drafts }
}

const ownReview = (status: string) => ({
  id: 'r1',
  productId: '22222222-2222-4222-8222-222222222222',
  variantId: null,
  variantLabel: '',
  rating: 4,
  title: 'Good grip',
  body: 'Held on wet rock.',
  authorName: 'Anna K.',
  verifiedPurchase: true,
  helpfulCount: 0,
  unhelpfulCount: 0,
  photos: [],
  reply: null,
  locale: 'en',
  createdAt: '2026-12-07T10:00:00.000Z',
  updatedAt: '2026-12-07T10:00:00.000Z',
  status,
  rejectionReason: null,
})

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } })
const photoAnswer = (init: RequestInit | undefined, url: string) =>
  json(201, { id: url.split('/').at(-1), url: '/media/x.webp', width: 10, height: 10, type: init?.method })

type Call = { readonly method: string; readonly url: string; readonly body: unknown }

let calls: Call[]
let answer: (method: string, url: string, init: RequestInit | undefined) => Response | Promise<Response>

beforeEach(() => {
  calls = []
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET'
    calls.push({ method, url: input, body: init?.body })
    return answer(method, input, init)
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('sendReviewDrafts', () => {
  it('uploads every photo first, then posts the review once with the draft’s mutationId and photo ids', async () => {
    const { store, drafts } = memoryStore([draft()])
    answer = (method, url, init) => (method === 'PUT' ? photoAnswer(init, url) : json(201, ownReview('published')))

    const outcomes = await sendReviewDrafts(store, requests, 'user-1')

    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `PUT /api/reviews/photos/${photoA}`,
      `PUT /api/reviews/photos/${photoB}`,
      'POST /api/products/trail-shoe/reviews',
    ])
    expect(calls[0]?.body).toBeInstanceOf(Blob)
    expect(JSON.parse(String(calls[2]?.body))).toEqual({
      mutationId: '11111111-1111-4111-8111-111111111111',
      variantId: null,
      rating: 4,
      title: 'Good grip',
      body: 'Held on wet rock.',
      photoIds: [photoA, photoB],
    })
    expect(outcomes).toEqual([expect.objectContaining({ kind: 'published', productName: 'Trail shoe' })])
    expect(drafts.size).toBe(0)
  })

  it('tells a review held for moderation apart from a published one', async () => {
    const { store } = memoryStore([draft({ photos: [] })])
    answer = () => json(201, ownReview('pending'))
    expect((await sendReviewDrafts(store, requests, 'user-1')).map((o) => o.kind)).toEqual(['pending'])
  })

  it('keeps the draft on a network error and, on the retry, skips stored photos and resends the same mutationId', async () => {
    const { store, drafts } = memoryStore([draft()])
    let postAttempts = 0
    answer = (method, url, init) => {
      if (method === 'PUT') return photoAnswer(init, url)
      postAttempts += 1
      if (postAttempts === 1) throw new TypeError('Failed to fetch')
      // The first POST may have reached the server: the resend answers the same review with 200.
      return json(200, ownReview('published'))
    }

    await expect(sendReviewDrafts(store, requests, 'user-1')).rejects.toMatchObject({ code: 'NETWORK' })
    expect(drafts.get('11111111-1111-4111-8111-111111111111')?.photos.every((p) => p.uploaded)).toBe(true)

    calls = []
    const outcomes = await sendReviewDrafts(store, requests, 'user-1')
    expect(calls.map((c) => c.method)).toEqual(['POST'])
    expect(JSON.parse(String(calls[0]?.body)).mutationId).toBe('11111111-1111-4111-8111-111111111111')
    expect(outcomes.map((o) => o.kind)).toEqual(['published'])
    expect(drafts.size).toBe(0)
  })

  it('keeps the draft queued and rejects on a 5xx, so the engine retries', async () => {
    const { store, drafts } = memoryStore([draft({ photos: [] })])
    answer = () => json(503, { code: 'UNAVAILABLE' }, 'application/problem+json')
    await expect(sendReviewDrafts(store, requests, 'user-1')).rejects.toMatchObject({ status: 503 })
    expect(drafts.get('11111111-1111-4111-8111-111111111111')?.state).toBe('queued')
  })

  it('marks a draft refused on a 4xx, with the field the server named, and sends nothing more for it', async () => {
    const { store, drafts } = memoryStore([draft({ photos: [] })])
    answer = () =>
      json(
        400,
        { code: 'INVALID_INPUT', errors: [{ path: 'json.title', message: 'is required' }] },
        'application/problem+json',
      )

    const outcomes = await sendReviewDrafts(store, requests, 'user-1')

    expect(outcomes).toEqual([expect.objectContaining({ kind: 'refused', code: 'INVALID_INPUT', field: 'title' })])
    expect(drafts.get('11111111-1111-4111-8111-111111111111')).toMatchObject({
      state: 'refused',
      title: 'Good grip',
      refusal: { code: 'INVALID_INPUT', field: 'title' },
    })
    calls = []
    expect(await sendReviewDrafts(store, requests, 'user-1')).toEqual([])
    expect(calls).toEqual([])
  })

  it('names the refusal by the server’s code: a second review of the product', async () => {
    const { store } = memoryStore([draft({ photos: [] })])
    answer = () => json(409, { code: 'REVIEW_ALREADY_WRITTEN' }, 'application/problem+json')
    expect(await sendReviewDrafts(store, requests, 'user-1')).toEqual([
      expect.objectContaining({ kind: 'refused', code: 'REVIEW_ALREADY_WRITTEN' }),
    ])
  })

  it('refuses the draft when a photo is refused, without posting the review', async () => {
    const { store, drafts } = memoryStore([draft()])
    answer = () => json(413, { code: 'PAYLOAD_TOO_LARGE' }, 'application/problem+json')
    const outcomes = await sendReviewDrafts(store, requests, 'user-1')
    expect(calls.map((c) => c.method)).toEqual(['PUT'])
    expect(outcomes.map((o) => o.kind)).toEqual(['refused'])
    expect(drafts.get('11111111-1111-4111-8111-111111111111')?.state).toBe('refused')
  })

  it('keeps the draft queued when the shopper is signed out (401)', async () => {
    const { store, drafts } = memoryStore([draft({ photos: [] })])
    answer = () => json(401, { code: 'UNAUTHENTICATED' }, 'application/problem+json')
    expect(await sendReviewDrafts(store, requests, 'user-1')).toEqual([])
    expect(drafts.get('11111111-1111-4111-8111-111111111111')?.state).toBe('queued')
  })

  it('sends nothing for a guest, and never another shopper’s drafts', async () => {
    const { store } = memoryStore([draft({ userId: 'user-2' })])
    answer = () => json(201, ownReview('published'))
    expect(await sendReviewDrafts(store, requests, null)).toEqual([])
    expect(await sendReviewDrafts(store, requests, 'user-1')).toEqual([])
    expect(calls).toEqual([])
  })
})
