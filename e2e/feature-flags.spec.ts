import { e2eAdmin } from './e2e-env.ts'
import { cartDrawer, expect, productsInStock, signInViaApi, syncStatus, test } from './fixtures.ts'
import { anonymousIdIn, setAnonymousId } from './flag-fixtures.ts'

test('the cart drawer shows the experiment’s variant for a fixed anonymous id, logs its exposure, and an admin’s kill switch reaches the open tab live', async ({
  page,
  browser,
  sql,
}) => {
  const [product] = await productsInStock(sql, 1)
  if (!product) throw new Error('no product')
  const anonymousId = anonymousIdIn('progress')
  const drawer = cartDrawer(page)
  const nudge = drawer.getByText(/for free standard shipping|ships free/)

  await test.step('a device in the progress variant sees the free-shipping nudge after adding to the cart', async () => {
    await page.goto('/')
    await expect(syncStatus(page)).toBeVisible()
    await setAnonymousId(page, anonymousId)
    await page.goto(`/p/${product.slug}`)
    await expect(syncStatus(page)).toBeVisible()
    await page.getByRole('button', { name: 'Add to cart', exact: true }).click()
    await expect(drawer).toBeVisible()
    await expect(nudge).toBeVisible()
    await expect(drawer.getByRole('progressbar', { name: 'Progress towards free shipping' })).toBeVisible()
  })

  await test.step('the exposure is recorded once, for this device and variant', async () => {
    await expect
      .poll(
        async () =>
          sql<{ variant: string }[]>`
            select variant from experiment_exposures
            where experiment_key = 'free-shipping-progress' and subject_id = ${anonymousId}`,
      )
      .toEqual([{ variant: 'progress' }])
  })

  await test.step('an admin kills the flag on the flags page: the open drawer drops the nudge without a reload', async () => {
    const admin = await browser.newContext()
    try {
      await signInViaApi(admin.request, e2eAdmin)
      const adminPage = await admin.newPage()
      await adminPage.goto('/admin/flags')
      const flag = adminPage.getByRole('article', { name: /free-shipping-progress/ })
      const results = flag.getByRole('table', { name: /Results of experiment free-shipping-progress/ })
      await expect(
        results
          .getByRole('row', { name: /^progress/ })
          .getByRole('cell')
          .first(),
      ).not.toHaveText('0')
      await flag.getByRole('button', { name: 'Kill free-shipping-progress' }).click()
      await expect(adminPage.getByRole('status').filter({ hasText: 'free-shipping-progress is killed' })).toBeVisible()
      await expect(drawer).toBeVisible()
      await expect(nudge).toBeHidden()
      await flag.getByRole('button', { name: 'Revive free-shipping-progress' }).click()
      await expect(nudge).toBeVisible()
    } finally {
      await admin.close()
    }
  })
})
