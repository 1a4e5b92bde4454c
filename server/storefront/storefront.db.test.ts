/**
 * Issue 14: collections and the home page's blocks — the storefront document devices store, the
 * server-rendered home and collection pages, and best sellers from paid orders.
 */
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Product } from '../../shared/catalog/product.ts'
import type { PageData } from '../../shared/pages/page-data.ts'
import { selectCollectionProducts } from '../../shared/storefront/collection-rules.ts'
import type { StorefrontContent } from '../../shared/storefront/storefront-content.ts'
import { listLiveProducts } from '../catalog/catalog.repository.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { writeFakeDist } from '../test-support/fake-dist.ts'
import { createTestApp, uncachedTestConfig } from '../test-support/test-app.ts'
import { createTestBrowser } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout, postPay } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

function islandOf(html: string): PageData | undefined {
  const text = /<script type="application\/json" id="page-data">([\s\S]*?)<\/script>/.exec(html)?.[1]
  return text === undefined ? undefined : (JSON.parse(text) as PageData)
}

describe.each(await databaseTargets())('storefront on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  const config = uncachedTestConfig({ DIST_DIR: writeFakeDist(), PUBLIC_URL: 'https://shop.example' })
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  const storefront = async (): Promise<StorefrontContent> => {
    const response = await app().request('/api/sync/storefront')
    expect(response.status).toBe(200)
    return (await response.json()) as StorefrontContent
  }
  const allProducts = () =>
    listLiveProducts(database().db, {
      categoryId: undefined,
      featured: undefined,
      sort: 'newest',
      after: null,
      limit: 100_000,
    })

  it('sends devices the seeded home layout, the published collections and the newest products', async () => {
    const content = await storefront()
    expect(content.home.blocks[0]).toMatchObject({ type: 'hero', ctaHref: '/collections/wireless' })
    expect(content.collections.map((c) => c.slug)).toEqual([
      'wireless',
      'on-sale',
      'under-50',
      'home-office',
      'editors-picks',
    ])
    const newest = (await allProducts()).slice(0, 8).map((p) => p.id)
    expect(content.newArrivals).toEqual(newest)
  })

  it('lists on each collection page exactly what the shared rule picks from the whole catalog', async () => {
    const content = await storefront()
    const products = await allProducts()
    for (const collection of content.collections) {
      const response = await app().request(`/collections/${collection.slug}`)
      expect(response.status, collection.slug).toBe(200)
      const html = await response.text()
      const island = islandOf(html)
      if (island?.page !== 'collection') throw new Error(`no collection island for ${collection.slug}`)
      const expected = selectCollectionProducts(collection, products).map((p) => p.id)
      expect(expected.length, collection.slug).toBeGreaterThan(0)
      expect(
        island.products.map((p: Product) => p.id),
        collection.slug,
      ).toEqual(expected)
      expect(html).toContain(`<h1>${collection.title.en}</h1>`)
    }
  })

  it('renders a collection in German, and an unknown or unpublished one as a 404', async () => {
    const german = await app().request('/collections/on-sale', { headers: { 'accept-language': 'de' } })
    expect(await german.text()).toContain('<h1>Im Angebot</h1>')
    expect((await app().request('/collections/no-such-collection')).status).toBe(404)
    await database().db.execute(sql`update collections set published = false where slug = 'under-50'`)
    expect((await app().request('/collections/under-50')).status).toBe(404)
    expect((await storefront()).collections.map((c) => c.slug)).not.toContain('under-50')
    await database().db.execute(sql`update collections set published = true where slug = 'under-50'`)
  })

  it('renders the home page from its blocks with the hero image as the preloaded, eager LCP', async () => {
    const response = await app().request('/')
    const html = await response.text()
    expect(html).toContain('<h1>Everything for the way you live</h1>')
    expect(html).toContain(
      '<a class="button button--primary hero__cta" href="/en/collections/wireless">Shop wireless</a>',
    )
    expect(html).toMatch(/<link rel="preload" as="image" [^>]*fetchpriority="high">/)
    expect(html).toMatch(/<img class="product-image__img hero__image" [^>]*loading="eager"[^>]*fetchpriority="high">/)
    // Cards below the hero do not compete with it.
    expect(html).not.toMatch(/<img class="product-image__img product-card__image" [^>]*fetchpriority="high">/)
    expect(html).toContain('<a class="collection-tile" href="/en/collections/editors-picks">')
    const island = islandOf(html)
    if (island?.page !== 'home') throw new Error('not the home island')
    expect(island.layout.blocks.map((block) => block.type)).toContain('best_sellers')
    // No paid order yet: the best sellers row is left out.
    expect(html).not.toContain('Best sellers')
    const german = await (await app().request('/', { headers: { 'accept-language': 'de' } })).text()
    expect(german).toContain('<h1>Alles für deinen Alltag</h1>')
  })

  it('counts best sellers from paid orders only, most units first', async () => {
    const db = database().db
    const [popular, rare, unpaid] = await Promise.all([
      createTestProduct(db, { stock: 50, price: 1500 }),
      createTestProduct(db, { stock: 50, price: 1500 }),
      createTestProduct(db, { stock: 50, price: 1500 }),
    ])
    const order = async (lines: [typeof popular, number][], pay: boolean) => {
      const shopper = createTestBrowser(app())
      await fillCart(shopper, lines)
      const placed = await orderOf(await postCheckout(shopper))
      if (pay) await orderOf(await postPay(shopper, placed.id, testCards.succeeds))
    }
    await order(
      [
        [popular, 3],
        [rare, 1],
      ],
      true,
    )
    await order([[unpaid, 9]], false)
    const content = await storefront()
    expect(content.bestSellers).toEqual([popular, rare])
    const html = await (await app().request('/')).text()
    expect(html).toContain('Best sellers')
  })

  it('lists published collections in the sitemap', async () => {
    const xml = await (await app().request('/sitemaps/pages')).text()
    expect(xml).toContain('<loc>https://shop.example/de/collections/wireless</loc>')
  })
})
