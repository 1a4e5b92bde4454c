/**
 * Issue 16: server-rendered pages price in the shopper's market — the `market` cookie the app
 * mirrors, else the one the page's language suggests — so the app takes over without the prices
 * changing currency on screen (decision 0026).
 */
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { formatPrice } from '../../shared/i18n/price-format.ts'
import type { PageData } from '../../shared/pages/page-data.ts'
import { writeFakeDist } from '../test-support/fake-dist.ts'
import { createTestApp, testConfig, uncachedTestConfig } from '../test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

// The seeded demo (server/markets/demo-markets.ts): 1 USD = 0.92 EUR, 151.37 JPY; the flagship has
// explicit prices (€129.99, ¥19,800), the phone case ($29.99) converts (€27.99, ¥4,540).
const flagship = 'sonora-nimbus-studio-wireless-headphones'
const phoneCase = 'orbit-fold-leather-phone-case'

type Requester = { request: (path: string, init?: RequestInit) => Response | Promise<Response> }

async function page(app: Requester, path: string, cookie?: string) {
  const response = await app.request(path, { headers: cookie ? { Cookie: cookie } : {} })
  const html = await response.text()
  const island = /<script type="application\/json" id="page-data">([\s\S]*?)<\/script>/.exec(html)?.[1]
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? '') as unknown,
  )
  return { response, html, island: island === undefined ? undefined : (JSON.parse(island) as PageData), jsonLd }
}

/** Every Offer in the JSON-LD, however deep (a product group's variants each carry one). */
function offersIn(value: unknown): { price: string; priceCurrency: string }[] {
  if (Array.isArray(value)) return value.flatMap(offersIn)
  if (typeof value !== 'object' || value === null) return []
  const record = value as Record<string, unknown>
  const own = record['@type'] === 'Offer' ? [record as { price: string; priceCurrency: string }] : []
  return [...own, ...Object.values(record).flatMap(offersIn)]
}

const productOf = (data: PageData | undefined) => (data?.page === 'product' ? data.product : undefined)

describe.each(await databaseTargets())('server-rendered pages in a market on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  const dist = writeFakeDist()
  let uncached: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    uncached ??= createTestApp(
      database().db,
      uncachedTestConfig({ DIST_DIR: dist, PUBLIC_URL: 'https://shop.example' }),
    )
    return uncached
  }

  it('prices a product page in the cookie’s market: the euro price, “incl. VAT”, a EUR offer and island', async () => {
    const { response, html, island, jsonLd } = await page(app(), `/p/${flagship}`, 'market=eu')
    expect(response.status).toBe(200)
    expect(html).toContain(
      `<p class="product__price"><span class="price"><span class="price__amount">${formatPrice('en', 12_999, 'EUR')}</span></span><span class="tax-note">incl. VAT</span></p>`,
    )
    const offers = offersIn(jsonLd)
    expect(offers.length).toBeGreaterThan(0)
    expect(offers.every((offer) => offer.priceCurrency === 'EUR' && offer.price === '129.99')).toBe(true)
    const product = productOf(island)
    expect(product?.currency).toBe('EUR')
    expect(product?.variants.every((v) => v.price === 12_999)).toBe(true)
    // The header link and the footer's selector show the market too.
    expect(html).toMatch(/<a class="header-link market-link" href="#market-select" aria-label="[^"]*">EUR<\/a>/)
    expect(html).toMatch(/<option value="DE" selected>/)
    expect(html).not.toMatch(/price__amount">\$/)
  })

  it('prices a page in the market its language suggests without a cookie: yen, tax included, in Japanese', async () => {
    const { html, island, jsonLd } = await page(app(), `/ja/p/${phoneCase}`)
    expect(html).toContain(`<span class="price__amount">${formatPrice('ja', 4540, 'JPY')}</span>`)
    expect(html).toContain('<span class="tax-note">税込</span>')
    expect(offersIn(jsonLd).map((offer) => [offer.priceCurrency, offer.price])).toContainEqual(['JPY', '4540'])
    expect(productOf(island)?.currency).toBe('JPY')
    expect(html).toMatch(/<option value="JP" selected>/)
  })

  it('ignores a cookie that names no market and prices in the suggested one', async () => {
    for (const cookie of ['market=mars', 'market=EU', 'market=']) {
      const ja = await page(app(), `/ja/p/${phoneCase}`, cookie)
      expect(productOf(ja.island)?.currency, cookie).toBe('JPY')
      const en = await page(app(), `/p/${phoneCase}`, cookie)
      expect(productOf(en.island)?.currency, cookie).toBe('USD')
      expect(en.html, cookie).toContain(`<span class="price__amount">${formatPrice('en', 2999, 'USD')}</span>`)
      expect(en.html, cookie).not.toContain('class="tax-note"')
    }
  })

  it('prices cards on list pages and search results in the market', async () => {
    const home = await page(app(), '/', 'market=uk')
    expect(home.html).toContain('£')
    expect(home.html).not.toMatch(/price__amount">\$/)
    const search = await page(app(), '/search?q=phone%20case', 'market=jp')
    expect(search.response.status).toBe(200)
    expect(search.island?.page === 'search' && search.island.results.hits.every((hit) => hit.currency === 'JPY')).toBe(
      true,
    )
    expect(search.html).toContain(formatPrice('en', 4540, 'JPY'))
  })

  it('caches a page per market and varies it by cookie', async () => {
    const cached = createTestApp(database().db, testConfig({ DIST_DIR: dist, PUBLIC_URL: 'https://shop.example' }))
    const eu = await page(cached, `/p/${phoneCase}`, 'market=eu')
    const us = await page(cached, `/p/${phoneCase}`)
    const euAgain = await page(cached, `/p/${phoneCase}`, 'market=eu')
    expect(productOf(eu.island)?.currency).toBe('EUR')
    expect(productOf(us.island)?.currency).toBe('USD')
    expect(euAgain.html).toBe(eu.html)
    expect(eu.response.headers.get('etag')).not.toBe(us.response.headers.get('etag'))
    expect(eu.response.headers.get('vary')).toContain('Cookie')
    // The other market's ETag does not revalidate into this one.
    const revalidated = await cached.request(`/p/${phoneCase}`, {
      headers: { Cookie: 'market=eu', 'If-None-Match': us.response.headers.get('etag') ?? '' },
    })
    expect(revalidated.status).toBe(200)
  })

  it('shows base prices rather than failing when the market’s rate is missing', async () => {
    await database().db.execute(sql`delete from exchange_rates where currency = 'EUR'`)
    const { response, html, island } = await page(app(), `/p/${phoneCase}`, 'market=eu')
    expect(response.status).toBe(200)
    expect(productOf(island)?.currency).toBe('USD')
    expect(html).toContain(`<span class="price__amount">${formatPrice('en', 2999, 'USD')}</span>`)
    expect(html).not.toContain('class="tax-note"')
  })
})
