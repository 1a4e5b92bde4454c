import { describe, expect, it } from 'vitest'
import type { Product } from '../../shared/catalog/product.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import { signedInAdmin } from '../test-support/test-api-keys.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser } from '../test-support/test-browser.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { createTestVariantProduct, productTotalsOf } from '../test-support/test-variants.ts'
import type { RatesAnswer } from './markets.service.ts'

describe.each(await databaseTargets())('admin markets on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const config = testConfig({ ADMIN_EMAIL: 'admin@example.com', ADMIN_PASSWORD: 'correct horse battery staple' })
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  const admin = () => signedInAdmin(app(), database().db, config)

  it('sets exchange rates, which reprice the cached catalog at once', async () => {
    const browser = await admin()
    const { productId } = await createTestVariantProduct(database().db, { variants: [{ stock: 1, price: 1000 }] })
    const setRates = (rates: unknown) => browser.request('/api/admin/markets/rates', { method: 'PUT', json: { rates } })
    expect((await setRates({ EUR: 1_000_000, GBP: 800_000 })).status).toBe(200)
    const slug = `p-${productId}`
    // The test product is priced in euros: in the UK market €10.00 / 1.00 × 0.80 = £8.00 → £7.99.
    const inUk = async () => ((await (await app().request(`/api/products/${slug}?market=uk`)).json()) as Product).price
    expect(await inUk()).toBe(799)
    const answer = (await (await setRates({ GBP: 900_000 })).json()) as RatesAnswer
    expect(answer.rates).toEqual({ EUR: 1_000_000, GBP: 900_000 })
    expect(await inUk()).toBe(899)
    expect(((await (await app().request('/api/markets/rates')).json()) as RatesAnswer).rates.GBP).toBe(900_000)
  })

  it('refuses rates that are not positive integers of a known currency, naming the field', async () => {
    const browser = await admin()
    for (const [rates, field] of [
      [{ EUR: 0.92 }, 'json.rates.EUR'],
      [{ EUR: -1 }, 'json.rates.EUR'],
      [{ USD: 1_000_000 }, 'json.rates.USD'],
      [{}, 'json.rates'],
    ] as const) {
      const response = await browser.request('/api/admin/markets/rates', { method: 'PUT', json: { rates } })
      expect(response.status, JSON.stringify(rates)).toBe(400)
      const problem = (await response.json()) as ProblemDetails
      expect(
        problem.errors?.map((e) => e.path),
        JSON.stringify(rates),
      ).toContain(field)
    }
  })

  it('sets a variant’s explicit market prices: the product moves on in the feed and the explicit price wins', async () => {
    const browser = await admin()
    const { productId, variantIds } = await createTestVariantProduct(database().db, {
      variants: [{ stock: 1, price: 1000 }],
    })
    const before = await productTotalsOf(database().db, productId)
    const path = `/api/admin/markets/variants/${variantIds[0]}/prices`
    const response = await browser.request(path, { method: 'PUT', json: { marketPrices: { eu: 1250, jp: 1980 } } })
    expect(response.status).toBe(200)
    const jp = (await (await app().request(`/api/products/p-${productId}?country=JP`)).json()) as Product
    expect([jp.currency, jp.price, jp.variants[0]?.marketPrices]).toEqual(['JPY', 1980, { eu: 1250, jp: 1980 }])
    // A variant write: the product's version moves, so the feed, the search index and caches follow.
    expect((await productTotalsOf(database().db, productId)).version).toBeGreaterThan(before.version)
    for (const [body, field] of [
      [{ marketPrices: { mars: 100 } }, 'json.marketPrices.mars'],
      [{ marketPrices: { eu: 12.5 } }, 'json.marketPrices.eu'],
      [{ marketPrices: { eu: -1 } }, 'json.marketPrices.eu'],
    ] as const) {
      const refused = await browser.request(path, { method: 'PUT', json: body })
      expect(refused.status, JSON.stringify(body)).toBe(400)
      expect(((await refused.json()) as ProblemDetails).errors?.map((e) => e.path)).toContain(field)
    }
  })

  it('is for admins only', async () => {
    const guest = createTestBrowser(app())
    await guest.session()
    expect(
      (await guest.request('/api/admin/markets/rates', { method: 'PUT', json: { rates: { EUR: 1 } } })).status,
    ).toBe(401)
  })
})
