import {
  cartInDatabase,
  expect,
  goOffline,
  goOnline,
  newTestUser,
  productsInStock,
  signUpViaApi,
  syncStatus,
  test,
  waitForCatalog,
  waitForServiceWorker,
} from './fixtures.ts'

// Background Sync is delivered through the DevTools Protocol (DESIGN §8): the browser's own timing
// (it retries minutes later) is not something a test can wait for.
test('a change made offline reaches the server through the service worker after the page was closed', async ({
  baseURL,
  context,
  page,
  sql,
}) => {
  const user = newTestUser('Closed Tab')
  const [product] = await productsInStock(sql, 1, 20)
  if (!product || !baseURL) throw new Error('no product or base URL')
  await signUpViaApi(context.request, user)
  await page.goto('/')
  await waitForServiceWorker(page)
  await waitForCatalog(page, sql)

  await test.step('offline, the shopper adds a product and closes the tab before it could be sent', async () => {
    await goOffline(context)
    await page.goto(`/p/${product.slug}`)
    await page.getByRole('button', { name: 'Add to cart', exact: true }).click()
    await expect(syncStatus(page)).toHaveText('1 change pending')
    await page.close()
    expect(await cartInDatabase(sql, user.email)).toEqual({})
  })

  await test.step('once online, the worker’s sync event pushes the outbox', async () => {
    await goOnline(context)
    const blank = await context.newPage()
    const cdp = await context.newCDPSession(blank)
    const origin = new URL(baseURL).origin
    const registrationId = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((registration) => registration.scopeURL.startsWith(origin))
        if (ours && !ours.isDeleted) resolve(ours.registrationId)
      })
    })
    await cdp.send('ServiceWorker.enable')
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin,
      registrationId: await registrationId,
      tag: 'outbox',
      lastChance: false,
    })
    await expect.poll(() => cartInDatabase(sql, user.email), { timeout: 10_000 }).toEqual({ [product.name]: 1 })
  })
})
