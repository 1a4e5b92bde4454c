/**
 * Issue 15: a customer with a delivered order reviews it with a photo while offline; the review is
 * sent once back online and waits for moderation (a new account's review is held); the admin's open
 * queue shows it live and approves it; the product's stars and histogram follow; another shopper
 * finds it helpful.
 */
import sharp from 'sharp'
import { summarizeRatings } from '../shared/reviews/rating-summary.ts'
import type { RatingCounts } from '../shared/reviews/review.ts'
import { e2eAdmin } from './e2e-env.ts'
import {
  csrfTokenOf,
  expect,
  goOffline,
  goOnline,
  newTestUser,
  productsInStock,
  signInViaApi,
  signUpViaApi,
  test,
  waitForCatalog,
  waitForServiceWorker,
} from './fixtures.ts'
import { fillCart, pay, placeOrder } from './order-fixtures.ts'

test('a review written offline with a photo is sent once, moderated live, counted in the stars, and voted helpful', async ({
  browser,
  baseURL,
  context,
  page,
  sql,
}) => {
  const [product] = await productsInStock(sql, 1, 70)
  if (!product) throw new Error('no product')
  const shopper = newTestUser('Rita Reviewer')
  const title = `Sturdy and quiet ${Date.now().toString(36)}`
  const ratingCounts = async () =>
    (await sql<{ counts: RatingCounts }[]>`select rating_counts as counts from products where id = ${product.id}`)[0]
      ?.counts ?? [0, 0, 0, 0, 0]
  const admin = await browser.newContext({ baseURL })
  await signInViaApi(admin.request, e2eAdmin)

  await test.step('the shopper’s order is delivered', async () => {
    await signUpViaApi(context.request, shopper)
    await fillCart(context.request, [[product.id, 1]])
    const order = await pay(context.request, (await placeOrder(context.request)).id)
    const headers = { 'x-csrf-token': await csrfTokenOf(admin.request) }
    for (const data of [
      { action: 'fulfil' },
      { action: 'ship', carrier: 'DHL', trackingNumber: 'JD0146 0000 7777' },
      { action: 'deliver' },
    ]) {
      const answer = await admin.request.post(`/api/admin/orders/${order.id}/actions`, { headers, data })
      expect(answer.status(), await answer.text()).toBe(200)
    }
    await page.goto(`/orders/${order.id}`)
    await waitForServiceWorker(page)
    await waitForCatalog(page, sql)
  })

  const adminPage = await admin.newPage()
  await test.step('the admin keeps the moderation queue open', async () => {
    await adminPage.goto('/admin/reviews')
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible()
    await expect(adminPage.getByRole('article').filter({ hasText: title })).toHaveCount(0)
  })

  const countsBefore = await ratingCounts()
  await test.step('offline, the review form linked from the order keeps the review and its photo on the device', async () => {
    await page.getByRole('link', { name: `Write a review of ${product.name}` }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Review ${product.name}` })).toBeVisible()
    await goOffline(context)
    await page.getByRole('radio', { name: '4 out of 5 stars' }).check()
    await page.getByLabel('Title').fill(title)
    await page.getByLabel('Your review (optional)').fill('Folds flat, never wobbles. The finish scratches a little.')
    await page.getByLabel('Photos (up to 5)').setInputFiles({
      name: 'on-the-desk.jpg',
      mimeType: 'image/jpeg',
      buffer: await photoWithLocation(),
    })
    await expect(page.getByRole('img', { name: 'Photo 1' })).toBeVisible()
    await page.getByRole('button', { name: 'Send review' }).click()
    await expect(page.getByText('Saved on this device; it will be sent when you’re back online.')).toBeVisible()
    expect(await reviewsOf(shopper.email)).toEqual([])
  })

  await test.step('back online it is sent once, and the shopper is told it waits for moderation', async () => {
    await goOnline(context)
    await expect(
      page.locator('.toast').filter({ hasText: `Your review of ${product.name} is waiting for moderation.` }),
    ).toBeVisible({ timeout: 20_000 })
    expect(await reviewsOf(shopper.email)).toEqual([{ status: 'pending', rating: 4, photos: 1 }])
  })

  await test.step('the photo is served without the location the camera wrote into it', async () => {
    const [photo] = await sql<{ id: string }[]>`
      select p.id from review_photos p join users u on u.id = p.user_id where u.email = ${shopper.email}`
    const served = await context.request.get(`/media/reviews/${photo?.id}.webp`)
    expect(served.headers()['content-type']).toBe('image/webp')
    const metadata = await sharp(await served.body()).metadata()
    expect(metadata.exif).toBeUndefined()
  })

  await test.step('the admin’s open queue shows it live; approving publishes it', async () => {
    const card = adminPage.getByRole('article').filter({ hasText: title })
    await expect(card).toBeVisible()
    await expect(card).toContainText('New account')
    await card.getByRole('button', { name: 'Approve' }).click()
    await expect(
      adminPage.getByRole('status').filter({ hasText: `Review of ${product.name} published.` }),
    ).toBeVisible()
    expect(await reviewsOf(shopper.email)).toEqual([{ status: 'published', rating: 4, photos: 1 }])
  })

  await test.step('the product page’s stars and histogram count it', async () => {
    const counts = await ratingCounts()
    expect(counts[3]).toBe(countsBefore[3] + 1)
    const summary = summarizeRatings(counts)
    await page.goto(`/p/${product.slug}`)
    const reviews = page.getByRole('region', { name: 'Reviews' })
    const fourStars = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(
      counts[3] / summary.count,
    )
    await expect(reviews.getByRole('button', { name: `4 stars, ${fourStars}` })).toBeVisible()
    await expect(
      reviews.getByRole('img', {
        name: `${summary.average} out of 5 stars, ${summary.count} review${summary.count === 1 ? '' : 's'}`,
      }),
    ).toBeVisible()
    await expect(reviews.getByText('Published')).toBeVisible()
  })

  await test.step('another shopper finds it helpful, once', async () => {
    const other = await browser.newContext({ baseURL })
    await signUpViaApi(other.request, newTestUser('Otto Other'))
    const otherPage = await other.newPage()
    await otherPage.goto(`/p/${product.slug}`)
    const review = otherPage.getByRole('article').filter({ hasText: title })
    await review.getByRole('button', { name: 'Helpful (0)' }).click()
    await expect(review.getByRole('button', { name: 'Helpful (1)' })).toHaveAttribute('aria-pressed', 'true')
    await expect
      .poll(
        async () => (await sql<{ n: number }[]>`select helpful_count as n from reviews where title = ${title}`)[0]?.n,
      )
      .toBe(1)
    await other.close()
  })
  await admin.close()

  async function reviewsOf(email: string) {
    return sql<{ status: string; rating: number; photos: number }[]>`
      select r.status, r.rating, (select count(*)::int from review_photos p where p.review_id = r.id) as photos
      from reviews r join users u on u.id = r.user_id where u.email = ${email}`.then((rows) =>
      rows.map((r) => ({ ...r })),
    )
  }
})

/** A small JPEG carrying GPS coordinates in its EXIF, as a phone's camera writes them. */
function photoWithLocation(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 240, channels: 3, background: '#6b8e23' } })
    .withExif({ IFD0: { Make: 'E2E Camera' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 0/1' } })
    .jpeg()
    .toBuffer()
}

test('a review’s text is shown as text, never markup, in the admin queue and on the product page', async ({
  browser,
  baseURL,
  context,
  page,
  sql,
}) => {
  const [product] = await productsInStock(sql, 1, 71)
  if (!product) throw new Error('no product')
  const title = `<img src=x onerror="window.pwned=1"> ${Date.now().toString(36)}`
  const body = '<script>window.pwned = 1</script><b>bold?</b>'
  await signUpViaApi(context.request, newTestUser('Mallory Markup'))
  const written = await context.request.post(`/api/products/${product.slug}/reviews`, {
    headers: { 'x-csrf-token': await csrfTokenOf(context.request) },
    data: { mutationId: crypto.randomUUID(), rating: 2, title, body },
  })
  expect(written.status(), await written.text()).toBe(201)

  const admin = await browser.newContext({ baseURL })
  await signInViaApi(admin.request, e2eAdmin)
  const adminPage = await admin.newPage()
  await adminPage.goto('/admin/reviews')
  const card = adminPage.getByRole('article').filter({ hasText: title })
  await expect(card.getByText(body)).toBeVisible()
  await card.getByRole('button', { name: 'Approve' }).click()
  await expect(adminPage.getByRole('status').filter({ hasText: `Review of ${product.name} published.` })).toBeVisible()
  expect(await adminPage.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined()
  await admin.close()

  // The link back from signing in (and from the form) names the section, which loads after the page.
  await page.goto(`/p/${product.slug}#reviews`)
  await expect(page.getByRole('heading', { level: 2, name: 'Reviews' })).toBeInViewport()
  const review = page.getByRole('region', { name: 'Reviews' }).getByRole('article').filter({ hasText: title })
  await expect(review.getByText(body)).toBeVisible()
  await expect(page.locator('img[src="x"], b:text-is("bold?")')).toHaveCount(0)
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined()
})
