import {
  cartInDatabase,
  cartOnPage,
  csrfTokenOf,
  expect,
  newTestUser,
  productsInStock,
  signUpViaApi,
  syncStatus,
  test,
} from './fixtures.ts'

test('a guest’s cart and wishlist join the account’s on sign-in, without doubling quantities', async ({
  browser,
  baseURL,
  page,
  sql,
}) => {
  const user = newTestUser('Guest Then Member')
  const [shared, guestOnly, accountOnly, wished] = await productsInStock(sql, 4, 10)
  if (!shared || !guestOnly || !accountOnly || !wished) throw new Error('not enough products')

  await test.step('the account already has two products in its cart, from another device', async () => {
    const otherDevice = await browser.newContext({ baseURL })
    await signUpViaApi(otherDevice.request, user)
    const response = await otherDevice.request.post('/api/sync/push', {
      headers: { 'x-csrf-token': await csrfTokenOf(otherDevice.request) },
      data: {
        mutations: [setQuantity(shared.id, 2), setQuantity(accountOnly.id, 1)],
      },
    })
    expect(response.status(), await response.text()).toBe(200)
    await otherDevice.close()
  })

  await test.step('a guest fills a cart (one product the account also has) and a wishlist', async () => {
    await page.goto(`/p/${shared.slug}`)
    await page.getByRole('combobox', { name: 'Quantity', exact: true }).selectOption('3')
    await page.getByRole('button', { name: 'Add to cart', exact: true }).click()
    // The header counts it once it is stored on the device: leaving the page sooner could lose it.
    await expect(page.getByRole('link', { name: 'Cart, 3 items' })).toBeVisible()
    await page.goto(`/p/${guestOnly.slug}`)
    await page.getByRole('button', { name: 'Add to cart', exact: true }).click()
    await expect(page.getByRole('link', { name: 'Cart, 4 items' })).toBeVisible()
    await page.goto(`/p/${wished.slug}`)
    const save = page.getByRole('button', { name: 'Save to wishlist' })
    await save.click()
    await expect(save).toHaveAttribute('aria-pressed', 'true')
    await expect(syncStatus(page)).toHaveText('All changes synced')
    await expect(page.getByRole('link', { name: 'Cart, 4 items' })).toBeVisible()
  })

  const expected = { [shared.name]: 3, [guestOnly.name]: 1, [accountOnly.name]: 1 }

  await test.step('signing in through the form merges them: the guest’s later quantity wins, nothing is added up', async () => {
    await page.getByRole('link', { name: 'Sign in', exact: true }).click()
    await page.getByLabel('Email').fill(user.email)
    await page.getByLabel('Password').fill(user.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible()
    await expect(page.getByText(user.email, { exact: true })).toBeVisible()

    await page.getByRole('link', { name: /^Cart, / }).click()
    await expect.poll(() => cartOnPage(page)).toEqual(expected)
    await expect(page.getByRole('link', { name: 'Cart, 5 items' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Wishlist, 1 item' })).toBeVisible()
  })

  await test.step('the database agrees, and a reload shows the same', async () => {
    expect(await cartInDatabase(sql, user.email)).toEqual(expected)
    await page.reload()
    await expect.poll(() => cartOnPage(page)).toEqual(expected)
  })
})

function setQuantity(productId: string, quantity: number) {
  return {
    kind: 'cart.set_quantity',
    productId,
    quantity,
    id: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
  }
}
