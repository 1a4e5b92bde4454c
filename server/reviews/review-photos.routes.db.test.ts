/**
 * Review photos end to end: the upload re-encoded upright, bounded, as WebP with no metadata (a
 * phone's EXIF GPS position never stored), refused when too large or not an image whatever its
 * Content-Type, idempotent per id and account; served to everyone once the review is published,
 * only to the author before; unclaimed uploads pruned after a day.
 */
import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { OwnReview, ReviewPhoto } from '../../shared/reviews/review.ts'
import { reviewLimits } from '../../shared/reviews/review-schema.ts'
import { reviewPhotos, reviewSettings } from '../db/schema.ts'
import { createLogger } from '../platform/logger.ts'
import { pruneExpiredRows } from '../retention/retention.job.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser } from '../test-support/test-browser.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { createReviewers, signedInAs } from '../test-support/test-reviews.ts'
import { createTestVariantProduct } from '../test-support/test-variants.ts'

/** A phone photo: 2400×1200 stored sideways (EXIF orientation 6) with a GPS position in its EXIF. */
function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#c03030' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneMaker' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 0/1' } })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

describe.each(await databaseTargets())('review photos on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const config = testConfig()
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  const db = () => database().db
  const shopper = async () => {
    const [author] = await createReviewers(db(), 1)
    if (!author) throw new Error('no reviewer')
    return signedInAs(app(), db(), config, author)
  }
  const upload = (client: Awaited<ReturnType<typeof shopper>>, id: string, bytes: Uint8Array, type = 'image/jpeg') =>
    client.request(`/api/reviews/photos/${id}`, {
      method: 'PUT',
      headers: { 'content-type': type },
      body: new Uint8Array(bytes),
    })

  it('stores an upright, bounded WebP without the EXIF GPS position, once per id and account', async () => {
    const original = await phonePhoto()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const anna = await shopper()
    const id = randomUUID()
    const response = await upload(anna, id, original)
    expect(response.status).toBe(201)
    const photo = (await response.json()) as ReviewPhoto
    expect(photo).toEqual({ id, url: `/media/reviews/${id}.webp`, width: 800, height: 1600 })
    const [row] = await db().select().from(reviewPhotos).where(eq(reviewPhotos.id, id))
    if (!row) throw new Error('not stored')
    const stored = await sharp(row.bytes).metadata()
    expect(stored).toMatchObject({ format: 'webp', width: 800, height: 1600 })
    expect(stored.exif).toBeUndefined()
    expect(stored.xmp).toBeUndefined()
    expect(stored.orientation).toBeUndefined()
    expect(row.bytes.includes(Buffer.from('PhoneMaker'))).toBe(false)

    // A real photo is far over the /api body limit of 64 kB: this route has its own.
    const noisy = await sharp({
      create: {
        width: 1200,
        height: 1200,
        channels: 3,
        background: '#777',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .jpeg({ quality: 95 })
      .toBuffer()
    expect(noisy.length).toBeGreaterThan(1024 * 1024)
    expect((await upload(anna, randomUUID(), noisy)).status).toBe(201)

    const square = sharp({ create: { width: 64, height: 64, channels: 3, background: '#09c' } })
    for (const [type, bytes] of [
      ['image/png', await square.clone().png().toBuffer()],
      ['image/webp', await square.clone().webp().toBuffer()],
      ['image/avif', await square.clone().avif().toBuffer()],
    ] as const)
      expect((await upload(anna, randomUUID(), bytes, type)).status).toBe(201)

    const retried = await upload(anna, id, original)
    expect(retried.status).toBe(200)
    expect(await retried.json()).toEqual(photo)
    const taken = await upload(await shopper(), id, original)
    expect(taken.status).toBe(409)
    expect(((await taken.json()) as ProblemDetails).code).toBe('REVIEW_PHOTO_TAKEN')
    expect(await db().select().from(reviewPhotos).where(eq(reviewPhotos.id, id))).toHaveLength(1)
  })

  it('refuses a text file sent as a JPEG, a broken image, an unsupported type and a body over the limit', async () => {
    const anna = await shopper()
    const text = await upload(anna, randomUUID(), new TextEncoder().encode('not a photo at all, just words'))
    expect(text.status).toBe(415)
    const problem = (await text.json()) as ProblemDetails
    expect(problem).toMatchObject({ code: 'PHOTO_TYPE_UNSUPPORTED', errors: [{ path: 'photo' }] })
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer()
    expect((await upload(anna, randomUUID(), gif, 'image/jpeg')).status).toBe(415)
    expect((await upload(anna, randomUUID(), await phonePhoto(), 'text/plain')).status).toBe(415)
    const truncated = (await phonePhoto()).subarray(0, 2000)
    const broken = await upload(anna, randomUUID(), truncated)
    expect(broken.status).toBe(422)
    expect(((await broken.json()) as ProblemDetails).code).toBe('PHOTO_UNREADABLE')
    const tooLarge = await upload(anna, randomUUID(), new Uint8Array(reviewLimits.photoBytesMax + 1))
    expect(tooLarge.status).toBe(413)
    expect(tooLarge.headers.get('content-type')).toContain('application/problem+json')
    const guest = createTestBrowser(app())
    await guest.session()
    const anonymous = await guest.request(`/api/reviews/photos/${randomUUID()}`, {
      method: 'PUT',
      headers: { 'content-type': 'image/jpeg' },
      body: new Uint8Array(await phonePhoto()),
    })
    expect(anonymous.status).toBe(401)
    expect(await db().select().from(reviewPhotos).where(eq(reviewPhotos.userId, anna.author.id))).toHaveLength(0)
  })

  it('serves a photo to its author while the review waits, and to everyone, immutable, once published', async () => {
    const { productId } = await createTestVariantProduct(db(), { variants: [{ stock: 1 }] })
    const anna = await shopper()
    const id = randomUUID()
    expect((await upload(anna, id, await phonePhoto())).status).toBe(201)
    const guest = createTestBrowser(app())
    expect((await guest.request(`/media/reviews/${id}.webp`)).status).toBe(404)
    await db().update(reviewSettings).set({ moderation: 'hold' })
    let written: OwnReview
    try {
      const response = await anna.request(`/api/products/p-${productId}/reviews`, {
        method: 'POST',
        json: { mutationId: randomUUID(), rating: 5, title: 'With a photo', photoIds: [id] },
      })
      expect(response.status).toBe(201)
      written = (await response.json()) as OwnReview
    } finally {
      await db().update(reviewSettings).set({ moderation: 'publish' })
    }
    expect(written.photos.map((p) => p.id)).toEqual([id])
    expect((await guest.request(`/media/reviews/${id}.webp`)).status).toBe(404)
    const own = await anna.request(`/media/reviews/${id}.webp`)
    expect(own.status).toBe(200)
    expect(own.headers.get('cache-control')).toBe('private, no-store')

    const edited = await anna.request(`/api/reviews/${written.id}`, { method: 'PATCH', json: { photoIds: [] } })
    expect(((await edited.json()) as OwnReview).photos).toEqual([])
    expect(await db().select().from(reviewPhotos).where(eq(reviewPhotos.id, id))).toHaveLength(0)

    const second = randomUUID()
    expect((await upload(anna, second, await phonePhoto())).status).toBe(201)
    const other = await shopper()
    const claimedByOther = await other.request(`/api/products/p-${productId}/reviews`, {
      method: 'POST',
      json: { mutationId: randomUUID(), rating: 4, title: 'Not my photo', photoIds: [second] },
    })
    expect(claimedByOther.status).toBe(422)
    const published = await other.request(`/api/products/p-${productId}/reviews`, {
      method: 'POST',
      json: { mutationId: randomUUID(), rating: 4, title: 'My photo' },
    })
    expect(published.status).toBe(201)
    const mine = randomUUID()
    expect((await upload(other, mine, await phonePhoto())).status).toBe(201)
    const withPhoto = await other.request(`/api/reviews/${((await published.json()) as OwnReview).id}`, {
      method: 'PATCH',
      json: { photoIds: [mine] },
    })
    expect(((await withPhoto.json()) as OwnReview).status).toBe('published')
    const served = await guest.request(`/media/reviews/${mine}.webp`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/webp')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).format).toBe('webp')
    const listed = await guest.request(`/api/products/p-${productId}/reviews?withPhotos=true`)
    expect(((await listed.json()) as { total: number }).total).toBe(1)
  })

  it('prunes photos no review claimed within a day', async () => {
    const anna = await shopper()
    const [old, fresh] = [randomUUID(), randomUUID()]
    expect((await upload(anna, old, await phonePhoto())).status).toBe(201)
    expect((await upload(anna, fresh, await phonePhoto())).status).toBe(201)
    await db()
      .update(reviewPhotos)
      .set({ createdAt: new Date(Date.now() - 25 * 60 * 60_000) })
      .where(eq(reviewPhotos.id, old))
    const deps = { db: db(), logger: createLogger('silent'), clock: () => new Date() }
    const pruned = await pruneExpiredRows(deps, config.retention)
    expect(pruned.reviewPhotos).toBeGreaterThanOrEqual(1)
    const left = await db()
      .select({ id: reviewPhotos.id })
      .from(reviewPhotos)
      .where(eq(reviewPhotos.userId, anna.author.id))
    expect(left.map((row) => row.id)).toEqual([fresh])
  })
})
