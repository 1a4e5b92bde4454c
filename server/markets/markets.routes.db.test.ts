import { describe, expect, it } from 'vitest'
import type { Product, ProductPage } from '../../shared/catalog/product.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { CatalogChanges } from '../../shared/sync/catalog-changes.ts'
import { createTestApp, testConfig, uncachedTestConfig } from '../test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import type { RatesAnswer } from './markets.service.ts'

// The seeded demo (server/markets/demo-markets.ts): the flagship has explicit euro and yen prices,
// the phone case ($29.99, three variants) none.
const flagship = 'sonora-nimbus-studio-wireless-headphones'
const phoneCase = 'orbit-fold-leather-phone-case'

describe.each(await databaseTargets())('markets in the catalog on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, uncachedTestConfig())
    return testApp
  }
  const getJson = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const response = await app().request(path)
    return { status: response.status, body: (await response.json()) as T }
  }

  it('serves the stored exchange rates in millionths of the base currency', async () => {
    const { status, body } = await getJson<RatesAnswer>('/api/markets/rates')
    expect(status).toBe(200)
    expect(body.base).toBe('USD')
    expect(body.rates).toEqual({ EUR: 920_000, GBP: 790_000, JPY: 151_370_000 })
    expect(new Date(body.updatedAt ?? '').toISOString()).toBe(body.updatedAt)
  })

  it('prices a product in the market asked for: converted and rounded by the market’s rule', async () => {
    const base = await getJson<Product>(`/api/products/${phoneCase}`)
    expect(base.body.currency).toBe('USD')
    expect(base.body.price).toBe(2999)
    // $29.99 × 0.92 = €27.5908 → €27.99; × 0.79 = £23.6921 → £23.99; × 151.37 = ¥4,539.59 → ¥4,540.
    const cases: [string, string, number][] = [
      ['market=eu', 'EUR', 2799],
      ['country=de', 'EUR', 2799],
      ['market=uk', 'GBP', 2399],
      ['country=JP', 'JPY', 4540],
      ['market=us', 'USD', 2999],
      // A country no market lists is sold in the fallback market.
      ['country=BR', 'USD', 2999],
    ]
    for (const [query, currency, price] of cases) {
      const { status, body } = await getJson<Product>(`/api/products/${phoneCase}?${query}`)
      expect(status, query).toBe(200)
      expect([body.currency, body.price, ...body.variants.map((v) => v.price)], query).toEqual([
        currency,
        price,
        ...body.variants.map(() => price),
      ])
    }
  })

  it('takes the merchant’s explicit price over the converted one, and carries the explicit prices', async () => {
    const eu = await getJson<Product>(`/api/products/${flagship}?market=eu`)
    expect(eu.body.currency).toBe('EUR')
    expect(eu.body.price).toBe(12_999)
    expect(eu.body.variants.every((v) => v.price === 12_999 && v.marketPrices?.eu === 12_999)).toBe(true)
    const jp = await getJson<Product>(`/api/products/${flagship}?country=JP&locale=ja`)
    expect([jp.body.currency, jp.body.price]).toEqual(['JPY', 19_800])
    // No explicit pound price: $134.99 × 0.79 = £106.6421 → £106.99.
    const uk = await getJson<Product>(`/api/products/${flagship}?market=uk`)
    expect([uk.body.currency, uk.body.price]).toEqual(['GBP', 10_699])
  })

  it('prices list pages in the market, whole tens of yen or explicit', async () => {
    const { status, body } = await getJson<ProductPage>('/api/products?featured=true&limit=50&country=JP')
    expect(status).toBe(200)
    expect(body.items.length).toBeGreaterThan(0)
    for (const product of body.items) {
      expect(product.currency).toBe('JPY')
      for (const variant of product.variants)
        expect(variant.price === variant.marketPrices?.jp || variant.price % 10 === 0, product.slug).toBe(true)
      expect(product.price).toBe(Math.min(...product.variants.map((v) => v.price)))
    }
    expect(body.items.find((p) => p.slug === flagship)?.price).toBe(19_800)
  })

  it('refuses an unknown market or a malformed country, naming the parameter', async () => {
    for (const [path, field] of [
      [`/api/products/${phoneCase}?market=mars`, 'query.market'],
      [`/api/products/${phoneCase}?country=Germany`, 'query.country'],
      ['/api/products?market=EU', 'query.market'],
    ] as const) {
      const { status, body } = await getJson<ProblemDetails>(path)
      expect(status, path).toBe(400)
      expect(
        body.errors?.map((e) => e.path),
        path,
      ).toContain(field)
    }
  })

  it('carries the explicit market prices on the feed’s variants', async () => {
    const changes = (await (await app().request('/api/sync/catalog?limit=1000')).json()) as CatalogChanges
    const fed = changes.products.find((p) => p.slug === flagship)
    expect(fed?.variants.map((v) => v.marketPrices)).toEqual(fed?.variants.map(() => ({ eu: 12_999, jp: 19_800 })))
    // Absent where the merchant set none (contract 2: absent = convert).
    const plain = changes.products.find((p) => p.slug === phoneCase)
    expect(plain?.variants.every((v) => !('marketPrices' in v))).toBe(true)
  })

  it('keeps a cached answer per market', async () => {
    const cached = createTestApp(database().db, testConfig())
    const prices = []
    for (const query of ['market=eu', 'market=jp', 'country=FR', '']) {
      const response = await cached.request(`/api/products/${phoneCase}?${query}`)
      const body = (await response.json()) as Product
      prices.push([body.currency, body.price])
    }
    expect(prices).toEqual([
      ['EUR', 2799],
      ['JPY', 4540],
      ['EUR', 2799],
      ['USD', 2999],
    ])
  })
})
