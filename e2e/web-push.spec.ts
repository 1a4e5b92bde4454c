import { createECDH, randomBytes, randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { formatOrderNumber } from '../shared/orders/order-number.ts'
import { expect, newTestUser, productsInStock, signUpViaApi, test, waitForServiceWorker } from './fixtures.ts'
import { fillCart, pay, placeOrder } from './order-fixtures.ts'

test('after the first order the shopper turns on notifications, and a pushed status change shows one linking to the order', async ({
  context,
  page,
  sql,
}) => {
  const [product] = await productsInStock(sql, 1, 5)
  if (!product) throw new Error('no product')
  await signUpViaApi(context.request, newTestUser('Notified Shopper'))

  await test.step('a first visit offers nothing', async () => {
    await page.goto('/')
    await waitForServiceWorker(page)
    await expect(page.getByRole('region', { name: 'Get notified when your order ships' })).toHaveCount(0)
  })

  await fillCart(context.request, [[product.id, 1]])
  const order = await pay(context.request, (await placeOrder(context.request)).id)
  const offer = page.getByRole('region', { name: 'Get notified when your order ships' })

  await test.step('the order confirmation offers notifications; Enable subscribes this device', async () => {
    const endpoint = await stubPushService(page)
    await page.goto(`/orders/${order.id}?placed=1`)
    await expect(offer).toBeVisible()
    // The shopper allows notifications in the browser's prompt, which the click opens.
    await context.grantPermissions(['notifications'])
    await offer.getByRole('button', { name: 'Enable notifications' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Notifications are on for this device.' })).toBeFocused()
    await expect
      .poll(
        async () => (await sql`select count(*)::int as n from push_subscriptions where endpoint = ${endpoint}`)[0]?.n,
      )
      .toBe(1)
    // The browser subscribed with the server's VAPID key.
    const { publicKey } = (await (await context.request.get('/api/push/public-key')).json()) as { publicKey: string }
    expect(await page.evaluate(() => (window as { subscribedWithKey?: string }).subscribedWithKey)).toBe(publicKey)
  })

  await test.step('a pushed status change shows a notification for the order', async () => {
    const title = `Order ${formatOrderNumber(order.number)}`
    await deliverPush(page, {
      orderId: order.id,
      status: 'shipped',
      number: formatOrderNumber(order.number),
      title,
      body: 'Your order is on its way.',
    })
    await expect
      .poll(() => shownNotifications(page))
      .toEqual([{ title, body: 'Your order is on its way.', url: `/orders/${order.id}` }])
  })

  await test.step('the confirmation does not offer again once permission is given', async () => {
    await page.reload()
    await expect(page.getByRole('heading', { name: `Order ${formatOrderNumber(order.number)}` })).toBeVisible()
    await expect(offer).toHaveCount(0)
  })
})

test('“No thanks” is remembered on this device', async ({ context, page, sql }) => {
  const [product] = await productsInStock(sql, 1, 6)
  if (!product) throw new Error('no product')
  await signUpViaApi(context.request, newTestUser('Quiet Shopper'))
  await page.goto('/')
  await waitForServiceWorker(page)
  await fillCart(context.request, [[product.id, 1]])
  const order = await pay(context.request, (await placeOrder(context.request)).id)
  const offer = page.getByRole('region', { name: 'Get notified when your order ships' })

  await page.goto(`/orders/${order.id}?placed=1`)
  await offer.getByRole('button', { name: 'No thanks' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'we won’t ask again' })).toBeFocused()
  await page.reload()
  await expect(page.getByRole('heading', { name: `Order ${formatOrderNumber(order.number)}` })).toBeVisible()
  await expect(offer).toHaveCount(0)
})

/**
 * Playwright's contexts are incognito-like, where Chromium has no Push API, and the real push
 * service is unreachable offline: the page's PushManager.subscribe answers with a subscription as a
 * push service would (real P-256 and auth keys), remembering the VAPID key it was given. The service
 * worker's side is real (deliverPush); the server's delivery is proven by server/push/push.db.test.ts.
 */
async function stubPushService(page: Page): Promise<string> {
  const ecdh = createECDH('prime256v1')
  const keys = { p256dh: ecdh.generateKeys().toString('base64url'), auth: randomBytes(16).toString('base64url') }
  const endpoint = `https://push.example.test/e2e/${randomUUID()}`
  await page.addInitScript(
    ({ endpoint, keys }) => {
      PushManager.prototype.subscribe = async function subscribe(options?: PushSubscriptionOptionsInit) {
        const key = new Uint8Array(options?.applicationServerKey as ArrayBuffer)
        const base64 = btoa(String.fromCharCode(...key))
        const state = window as { subscribedWithKey?: string }
        state.subscribedWithKey = base64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
        return { endpoint, toJSON: () => ({ endpoint, expirationTime: null, keys }) } as unknown as PushSubscription
      }
    },
    { endpoint, keys },
  )
  return endpoint
}

/** Delivers a push to the page's service worker the way a push service would (DESIGN §8). */
async function deliverPush(page: Page, payload: Record<string, string>): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const registrations = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: updated }) => {
      const ours = updated.find((r) => !r.isDeleted)
      if (ours) resolve(ours.registrationId)
    })
  })
  await cdp.send('ServiceWorker.enable')
  const origin = new URL(page.url()).origin
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin,
    registrationId: await registrations,
    data: JSON.stringify(payload),
  })
  await cdp.detach()
}

function shownNotifications(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    const shown = await registration.getNotifications()
    return shown.map((n) => ({ title: n.title, body: n.body, url: (n.data as { url?: string }).url }))
  })
}
