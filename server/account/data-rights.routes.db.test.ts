import { randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { DeviceSession } from '../../shared/account/data-rights.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { ProductId } from '../../shared/ids.ts'
import { createApp } from '../app.ts'
import {
  analyticsEvents,
  analyticsIdentities,
  cartLines,
  emailOutbox,
  orderLines,
  orders,
  products,
  pushSubscriptions,
  reviews,
  reviewVotes,
  savedAddresses,
  sessions,
  shoppers,
  users,
  wishlistItems,
} from '../db/schema.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createLogger } from '../platform/logger.ts'
import { moveProductRating } from '../reviews/review-ratings.repository.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import {
  createTestProduct,
  fillCart,
  onlyVariantOf,
  orderOf,
  postCheckout,
  postPay,
  testAddress,
} from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { createReviewers } from '../test-support/test-reviews.ts'
import { hashSessionToken } from './session.service.ts'

const firefoxOnLinux = 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0'
const chromeOnAndroid =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36'

describe.each(await databaseTargets())('signed-in devices and data rights on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  const config = testConfig({ TRUST_PROXY: 'true' })
  let now = Date.now()
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({ config, db: database().db, logger: createLogger('silent'), clock: () => new Date(now) })
    return testApp
  }
  const db = () => database().db
  /** A browser that sends `userAgent` on every request. */
  const browser = (userAgent = firefoxOnLinux) =>
    createTestBrowser((path, init) => {
      const headers = new Headers(init.headers)
      headers.set('user-agent', userAgent)
      return Promise.resolve(app().request(path, { ...init, headers }))
    })
  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    return (await response.json()) as ProblemDetails
  }
  const account = async () => {
    const email = uniqueEmail()
    const first = browser()
    expect((await first.signUp({ email, password: testPassword, name: 'Ada Lovelace' })).status).toBe(201)
    return { email, first }
  }
  const signedInElsewhere = async (email: string, userAgent = chromeOnAndroid) => {
    const other = browser(userAgent)
    expect((await other.signIn({ email, password: testPassword })).status).toBe(200)
    return other
  }
  const devicesOf = async (b: ReturnType<typeof browser>) => {
    const response = await b.request('/api/auth/me/sessions')
    expect(response.status).toBe(200)
    return (await response.json()) as DeviceSession[]
  }
  const userIdOf = async (email: string) => {
    const [row] = await db().select({ id: users.id }).from(users).where(eq(users.email, email))
    return row?.id
  }

  describe('signed-in devices', () => {
    it('lists each signed-in browser with its device, this one marked, by ids that are no session secret', async () => {
      const { email, first } = await account()
      const phone = await signedInElsewhere(email)
      const list = await devicesOf(first)
      expect(list).toHaveLength(2)
      const current = list.find((d) => d.current)
      const other = list.find((d) => !d.current)
      expect(current?.device).toEqual({ browser: 'firefox', os: 'linux' })
      expect(other?.device).toEqual({ browser: 'chrome', os: 'android' })
      for (const entry of list) {
        expect(entry.id).toMatch(/^[\w-]{22}$/)
        expect(Date.parse(entry.lastUsedAt)).not.toBeNaN()
      }
      const secrets = [first.cookie!, phone.cookie!, hashSessionToken(first.cookie!), hashSessionToken(phone.cookie!)]
      const body = JSON.stringify(list)
      for (const secret of secrets) {
        expect(body).not.toContain(secret)
        expect(secret).not.toContain(other!.id)
      }
      expect((await devicesOf(phone)).find((d) => d.current)?.device).toEqual({ browser: 'chrome', os: 'android' })
    })

    it('signs out one device: its next request is a guest’s, and the other stays signed in', async () => {
      const { email, first } = await account()
      const phone = await signedInElsewhere(email)
      const other = (await devicesOf(first)).find((d) => !d.current)!
      const response = await first.request(`/api/auth/me/sessions/${other.id}`, { method: 'DELETE' })
      expect(response.status).toBe(204)
      expect((await phone.session()).user).toBeNull()
      expect((await phone.request('/api/auth/me/sessions')).status).toBe(401)
      expect((await first.session()).user?.email).toBe(email)
      expect(await devicesOf(first)).toHaveLength(1)
    })

    it('answers 404 for another account’s session and for one already signed out, 400 for a malformed id', async () => {
      const { email, first } = await account()
      const mine = await signedInElsewhere(email)
      const stranger = await account()
      const theirs = (await devicesOf(stranger.first))[0]!
      const response = await first.request(`/api/auth/me/sessions/${theirs.id}`, { method: 'DELETE' })
      expect(response.status).toBe(404)
      expect((await problemOf(response)).code).toBe('NOT_FOUND')
      expect((await stranger.first.session()).user).not.toBeNull()
      const mineId = (await devicesOf(mine)).find((d) => d.current)!.id
      expect((await first.request(`/api/auth/me/sessions/${mineId}`, { method: 'DELETE' })).status).toBe(204)
      expect((await first.request(`/api/auth/me/sessions/${mineId}`, { method: 'DELETE' })).status).toBe(404)
      const malformed = await first.request('/api/auth/me/sessions/not-an-id', { method: 'DELETE' })
      expect(malformed.status).toBe(400)
      expect((await problemOf(malformed)).errors?.[0]?.path).toBe('param.id')
    })

    it('signs out of all other devices and keeps this one', async () => {
      const { email, first } = await account()
      const phone = await signedInElsewhere(email)
      const laptop = await signedInElsewhere(email, firefoxOnLinux)
      const response = await first.request('/api/auth/me/sessions/sign-out-others', { method: 'POST' })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ signedOut: 2 })
      expect((await phone.session()).user).toBeNull()
      expect((await laptop.session()).user).toBeNull()
      expect((await devicesOf(first)).map((d) => d.current)).toEqual([true])
    })

    it('refuses guests (401) and writes without the CSRF token (403)', async () => {
      const guest = browser()
      await guest.session()
      expect((await guest.request('/api/auth/me/sessions')).status).toBe(401)
      expect((await guest.request('/api/auth/me/export')).status).toBe(401)
      const { first } = await account()
      const forged = await first.request('/api/auth/me/sessions/sign-out-others', {
        method: 'POST',
        headers: { 'x-csrf-token': 'wrong' },
      })
      expect(forged.status).toBe(403)
      expect((await problemOf(forged)).code).toBe('CSRF_FAILED')
    })

    it('writes the last use at most every five minutes, not on every request', async () => {
      const { first } = await account()
      const idHash = hashSessionToken(first.cookie!)
      const lastUsed = async () =>
        (await db().select().from(sessions).where(eq(sessions.idHash, idHash)))[0]!.lastUsedAt.getTime()
      const start = await lastUsed()
      expect(start).toBe(now)
      now += 4 * 60_000
      for (let i = 0; i < 3; i++) expect((await first.session()).user).not.toBeNull()
      expect(await lastUsed()).toBe(start)
      now += 2 * 60_000
      await first.session()
      expect(await lastUsed()).toBe(now)
      const listed = (await devicesOf(first)).find((d) => d.current)!
      expect(listed.lastUsedAt).toBe(new Date(now).toISOString())
      now += 60_000
      await first.session()
      expect(await lastUsed()).toBe(now - 60_000)
    })
  })

  /** An account with a paid order, a saved address, a cart line, a wishlist item and a push subscription. */
  const accountWithData = async () => {
    const { email, first } = await account()
    const productId = await createTestProduct(db(), { stock: 20, price: 2500 })
    await fillCart(first, [[productId, 2]])
    const order = await orderOf(
      await postCheckout(first, { body: { email, shippingAddress: testAddress, shippingMethod: 'standard' } }),
    )
    expect((await postPay(first, order.id, testCards.succeeds)).status).toBe(200)
    const wished = await createTestProduct(db(), { stock: 5 })
    await first.push([{ kind: 'wishlist.add', productId: wished }])
    await fillCart(first, [[wished, 1]])
    const userId = (await userIdOf(email))!
    const [shopper] = await db().select().from(shoppers).where(eq(shoppers.userId, userId))
    await db()
      .insert(savedAddresses)
      .values({ userId, address: { ...testAddress, line1: '1 Saved Lane' }, isDefaultShipping: true })
    await db()
      .insert(pushSubscriptions)
      .values({
        endpoint: `https://push.example.com/${randomUUID()}`,
        p256dh: 'push-key-p256dh',
        auth: 'push-key-auth',
        userId,
        shopperId: shopper!.id,
      })
    return { email, first, order, userId, shopperId: shopper!.id, productId }
  }

  describe('download my data', () => {
    it('is a dated JSON attachment with the orders, addresses, cart, wishlist and devices, and no secrets', async () => {
      const { email, first, order } = await accountWithData()
      const stranger = await accountWithData()
      const response = await first.request('/api/auth/me/export')
      expect(response.status).toBe(200)
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="storefront-data-${new Date(now).toISOString().slice(0, 10)}.json"`,
      )
      const text = await response.text()
      const data = JSON.parse(text)
      expect(data.account.email).toBe(email)
      expect(data.orders).toHaveLength(1)
      expect(data.orders[0].id).toBe(order.id)
      expect(data.orders[0].email).toBe(email)
      expect(data.orders[0].lines[0].quantity).toBe(2)
      expect(data.orders[0].history.map((h: { toStatus: string }) => h.toStatus)).toContain('paid')
      expect(data.savedAddresses[0].address.line1).toBe('1 Saved Lane')
      expect(data.cart).toHaveLength(1)
      expect(data.wishlist).toHaveLength(1)
      expect(data.pushSubscriptions).toEqual({ count: 1 })
      expect(data.sessions).toHaveLength(1)
      expect(data.events.length).toBeGreaterThan(0)
      expect(text).not.toMatch(/scrypt\$|passwordHash|password_hash|stripeCustomerId|clientSecret|push-key/)
      expect(text).not.toContain(stranger.email)
      expect(text).not.toContain(stranger.order.id)
    })

    it('is limited to three an hour per account', async () => {
      const { first } = await account()
      for (let i = 0; i < 3; i++) expect((await first.request('/api/auth/me/export')).status).toBe(200)
      const limited = await first.request('/api/auth/me/export')
      expect(limited.status).toBe(429)
      expect(limited.headers.get('retry-after')).not.toBeNull()
    })
  })

  describe('delete my account', () => {
    const deleteWith = (b: ReturnType<typeof browser>, password: string) =>
      b.request('/api/auth/me', { method: 'DELETE', json: { password } })

    it('refuses a wrong password naming the field, and deletes nothing', async () => {
      const { email, first } = await account()
      const response = await deleteWith(first, 'not the password at all')
      expect(response.status).toBe(403)
      const problem = await problemOf(response)
      expect(problem.code).toBe('CURRENT_PASSWORD_WRONG')
      expect(problem.errors?.map((e) => e.path)).toEqual(['json.password'])
      expect(await userIdOf(email)).toBeDefined()
      expect((await first.session()).user?.email).toBe(email)
    })

    it('keeps the orders anonymized with their amounts, removes the rest, mails the old address and frees the email', async () => {
      const { email, first, order, userId, shopperId } = await accountWithData()
      const phone = await signedInElsewhere(email)
      await db().update(users).set({ locale: 'de' }).where(eq(users.id, userId))
      const [before] = await db().select().from(orders).where(eq(orders.id, order.id))
      const deviceId = randomUUID()
      const eventId = randomUUID()
      await db().insert(analyticsIdentities).values({ anonymousId: deviceId, userId })
      await db().insert(analyticsEvents).values({
        eventId,
        event: 'Product Viewed',
        anonymousId: deviceId,
        userId,
        occurredAt: new Date(),
        locale: 'en',
        market: 'us',
        deviceType: 'desktop',
        properties: {},
      })

      const response = await deleteWith(first, testPassword)
      expect(response.status).toBe(204)
      expect(response.headers.get('set-cookie')).toMatch(/sf_session=;.*Max-Age=0/)

      const [after] = await db().select().from(orders).where(eq(orders.id, order.id))
      expect(after!.email).toBe(`deleted-${order.id}@invalid`)
      expect(after!.shippingAddress).toEqual({ name: '', line1: '', postalCode: '', city: '', country: 'DE' })
      expect(after!.anonymizedAt).not.toBeNull()
      expect(after!.userId).toBeNull()
      expect(after!.status).toBe('paid')
      expect([after!.itemsTotal, after!.taxTotal, after!.grandTotal]).toEqual([
        before!.itemsTotal,
        before!.taxTotal,
        before!.grandTotal,
      ])
      expect(await db().select().from(orderLines).where(eq(orderLines.orderId, order.id))).toHaveLength(1)

      expect(await userIdOf(email)).toBeUndefined()
      expect(await db().select().from(sessions).where(eq(sessions.userId, userId))).toHaveLength(0)
      expect(await db().select().from(shoppers).where(eq(shoppers.id, shopperId))).toHaveLength(0)
      expect(await db().select().from(cartLines).where(eq(cartLines.shopperId, shopperId))).toHaveLength(0)
      expect(await db().select().from(wishlistItems).where(eq(wishlistItems.shopperId, shopperId))).toHaveLength(0)
      expect(await db().select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId))).toHaveLength(0)
      expect(await db().select().from(savedAddresses).where(eq(savedAddresses.userId, userId))).toHaveLength(0)
      // The account's analytics stay, counted, but no longer name it; the device link goes.
      const [event] = await db().select().from(analyticsEvents).where(eq(analyticsEvents.eventId, eventId))
      expect(event?.userId).toBeNull()
      expect(await db().select().from(analyticsIdentities).where(eq(analyticsIdentities.userId, userId))).toHaveLength(
        0,
      )

      const mails = await db().select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))
      expect(mails.map((m) => [m.template, m.locale, m.data])).toEqual([['account_deleted', 'de', { ordersKept: 1 }]])

      expect((await phone.session()).user).toBeNull()
      const again = browser()
      const signIn = await again.signIn({ email, password: testPassword })
      expect(signIn.status).toBe(401)
      expect((await problemOf(signIn)).code).toBe('INVALID_CREDENTIALS')
      expect((await again.signUp({ email, password: testPassword, name: 'Ada again' })).status).toBe(201)
    })

    it('takes the account’s reviews, stars and votes off the products and other reviews', async () => {
      const { email, first } = await account()
      const userId = (await userIdOf(email))!
      const productId = (await createTestProduct(db(), { stock: 3 })) as ProductId
      const [other] = await createReviewers(db(), 1)
      const [theirs] = await db()
        .insert(reviews)
        .values({
          productId,
          userId: other!.id,
          rating: 4,
          title: 'Fine',
          body: '',
          status: 'published',
          authorName: 'Anna K.',
          locale: 'en',
          helpfulCount: 1,
        })
        .returning()
      await db().insert(reviewVotes).values({ reviewId: theirs!.id, userId, helpful: true })
      await db().insert(reviews).values({
        productId,
        userId,
        rating: 5,
        title: 'Great',
        body: '',
        status: 'published',
        authorName: 'Ada L.',
        locale: 'en',
      })
      await db().transaction(async (tx) => {
        await moveProductRating(tx, productId, null, 4)
        await moveProductRating(tx, productId, null, 5)
      })

      expect((await deleteWith(first, testPassword)).status).toBe(204)

      const [product] = await db().select().from(products).where(eq(products.id, productId))
      expect(product!.ratingCounts).toEqual([0, 0, 0, 1, 0])
      expect(await db().select().from(reviews).where(eq(reviews.userId, userId))).toHaveLength(0)
      const [kept] = await db().select().from(reviews).where(eq(reviews.id, theirs!.id))
      expect(kept!.helpfulCount).toBe(0)
    })

    it('waits while an order awaits payment (409), and deletes once it is paid', async () => {
      const { email, first } = await account()
      const productId = await createTestProduct(db(), { stock: 5 })
      await fillCart(first, [[productId, 1]])
      const order = await orderOf(
        await postCheckout(first, { body: { email, shippingAddress: testAddress, shippingMethod: 'standard' } }),
      )
      const refused = await deleteWith(first, testPassword)
      expect(refused.status).toBe(409)
      expect((await problemOf(refused)).code).toBe('ORDER_AWAITING_PAYMENT')
      expect(await userIdOf(email)).toBeDefined()
      expect((await postPay(first, order.id, testCards.succeeds)).status).toBe(200)
      expect((await deleteWith(first, testPassword)).status).toBe(204)
      const [row] = await db()
        .select()
        .from(orders)
        .where(and(eq(orders.id, order.id), sql`${orders.anonymizedAt} is not null`))
      expect(row?.email).toBe(`deleted-${order.id}@invalid`)
      expect(await onlyVariantOf(db(), productId)).toBeDefined()
    })

    it('answers a guest with 401 and a signed-in admin with 403', async () => {
      const guest = browser()
      await guest.session()
      expect((await deleteWith(guest, testPassword)).status).toBe(401)
      const { email, first } = await account()
      await db().update(users).set({ role: 'admin' }).where(eq(users.email, email))
      const response = await deleteWith(first, testPassword)
      expect(response.status).toBe(403)
      expect(await userIdOf(email)).toBeDefined()
    })
  })
})
