/**
 * Issue 12: every page's first request is real HTML with the right status, its own head (title,
 * description, canonical, link previews, JSON-LD) and a data island the client renders from.
 */
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Category, Product, ProductPage } from '../../shared/catalog/product.ts'
import { relatedProducts } from '../../shared/catalog/related-products.ts'
import { localizedPath } from '../../shared/i18n/locale-path.ts'
import { locales } from '../../shared/i18n/locales.ts'
import type { PageData } from '../../shared/pages/page-data.ts'
import { compareByHelpfulness, type RankedReview } from '../../shared/reviews/helpfulness.ts'
import { defaultShopPolicies } from '../../shared/shop/shop-policies.ts'
import { rowsOf } from '../platform/migrate.ts'
import { writeFakeDist } from '../test-support/fake-dist.ts'
import { signedInAdmin } from '../test-support/test-api-keys.ts'
import { createTestApp, testConfig, uncachedTestConfig } from '../test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { changeVariantPrice } from '../test-support/test-inventory.ts'

type Requester = { request: (path: string, init?: RequestInit) => Response | Promise<Response> }

const page = async (app: Requester, path: string, headers: Record<string, string> = {}) => {
  const response = await app.request(path, { headers })
  const html = await response.text()
  return { response, html, island: islandOf(html), jsonLd: jsonLdOf(html) }
}

function islandOf(html: string): PageData | undefined {
  const text = /<script type="application\/json" id="page-data">([\s\S]*?)<\/script>/.exec(html)?.[1]
  return text === undefined ? undefined : (JSON.parse(text) as PageData)
}

function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? '') as Record<string, unknown>,
  )
}

const metaContent = (html: string, name: string) =>
  new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`).exec(html)?.[1]

describe.each(await databaseTargets())('server-rendered pages on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  const config = uncachedTestConfig({ DIST_DIR: writeFakeDist(), PUBLIC_URL: 'https://shop.example' })
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  const firstProduct = async (query = 'limit=1') =>
    ((await (await app().request(`/api/products?${query}`)).json()) as ProductPage).items[0] as Product

  it('renders a product page with its name, price, description, canonical URL and Product JSON-LD', async () => {
    const product = await firstProduct()
    const { response, html, island, jsonLd } = await page(app(), `/p/${product.slug}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(html).toContain(`<h1>${product.name}</h1>`)
    expect(html).toContain(`<title>${product.name} · Storefront</title>`)
    const price = new Intl.NumberFormat('en', { style: 'currency', currency: product.currency }).format(
      product.price / 100,
    )
    expect(html).toContain(`<span class="price__amount">${price}</span>`)
    expect(metaContent(html, 'description')).toContain(product.name)
    expect(html).toContain(`<link rel="canonical" href="https://shop.example/en/p/${product.slug}">`)
    expect(html).toContain(`<link rel="alternate" hreflang="ja" href="https://shop.example/ja/p/${product.slug}">`)
    expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="https://shop.example/p/${product.slug}">`)
    expect(metaContent(html, 'og:type')).toBe('product')
    const ld = jsonLd.find((data) => data['@type'] === 'Product') as { offers: Record<string, string>; name: string }
    expect(ld.name).toBe(product.name)
    expect(ld.offers.priceCurrency).toBe(product.currency)
    expect(Math.round(Number(ld.offers.price) * 100)).toBe(product.price)
    expect(ld.offers.availability).toMatch(/^https:\/\/schema\.org\/(InStock|LimitedAvailability|OutOfStock)$/)
    expect(jsonLd.some((data) => data['@type'] === 'BreadcrumbList')).toBe(true)
    expect(island).toMatchObject({ page: 'product', path: `/p/${product.slug}`, product: { id: product.id } })
    // The gallery image is the LCP: preloaded from the head, eager and high priority in the body.
    expect(html).toMatch(/<link rel="preload" as="image" type="image\/avif" [^>]*fetchpriority="high">/)
    expect(html).toMatch(/<img class="product-image__img gallery__main" [^>]*loading="eager"[^>]*fetchpriority="high">/)
    expect(html).toMatch(/<source type="image\/avif" srcset="\/media\/products\/[^"]+\.avif\?w=160 160w, /)
    expect(html).not.toContain('<noscript>')
    // Until the app takes over, its controls are inert rather than silently dropping a tap.
    expect(html).toMatch(
      /<button type="submit" class="button button--primary"( disabled data-until-app| disabled)>Add to cart</,
    )
  })

  it('lists the related products the shared ranking picks from the whole live catalog, and the shop’s policies', async () => {
    const all: Product[] = []
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const answer = (await (
        await app().request(`/api/products?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      ).json()) as ProductPage
      all.push(...answer.items)
      cursor = answer.nextCursor
    }
    const product = all.find((candidate) => candidate.tags.length > 0) ?? (all[0] as Product)
    const expected = relatedProducts(product, all)
    expect(expected.length).toBeGreaterThan(0)
    const { html, island } = await page(app(), `/p/${product.slug}`)
    expect(island?.page === 'product' && island.related.map((related) => related.id)).toEqual(
      expected.map((related) => related.id),
    )
    expect(island).toMatchObject({ policies: defaultShopPolicies })
    const section = /<section class="product-more" aria-labelledby="related-heading">([\s\S]*?)<\/section>/.exec(
      html,
    )?.[1]
    expect([...(section ?? '').matchAll(/<span class="product-card__name">([^<]*)</g)].map((m) => m[1])).toEqual(
      expected.map((related) => related.name.replace(/&/g, '&amp;')),
    )
    expect(html).toContain('<summary class="policies__summary">Shipping &amp; returns</summary>')
    expect(html).toContain('<li>Returns within 30 days of delivery</li>')
  })

  it('answers 404 with the shop’s not-found page for unknown products, categories and routes', async () => {
    for (const path of ['/p/no-such-product', '/c/no-such-category', '/nope', '/p/Not%20A%20Slug', '/a/b/c']) {
      const { response, html, island } = await page(app(), path)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8')
      expect(html, path).toContain('<h1>Not found</h1>')
      expect(html, path).toContain('<meta name="robots" content="noindex">')
      expect(island?.page, path).toBe('not-found')
    }
  })

  it('answers a product’s review form with the app’s frame, and 404 for an unknown product', async () => {
    const product = await firstProduct()
    const form = await page(app(), `/p/${product.slug}/review`)
    expect(form.response.status).toBe(200)
    expect(form.island).toMatchObject({ page: 'shell', path: '/p/:slug/review' })
    expect(form.html).toContain('<meta name="robots" content="noindex">')
    for (const path of ['/p/no-such-product/review', '/p/Not%20A%20Slug/review']) {
      const missing = await page(app(), path)
      expect(missing.response.status, path).toBe(404)
      expect(missing.island?.page, path).toBe('not-found')
    }
  })

  it('renders the home page with the categories, the featured products and the shop’s JSON-LD', async () => {
    const { response, html, island, jsonLd } = await page(app(), '/')
    expect(response.status).toBe(200)
    const categories = ((await (await app().request('/api/categories')).json()) as { items: Category[] }).items
    const featured = ((await (await app().request('/api/products?featured=true&limit=8')).json()) as ProductPage).items
    expect(island).toMatchObject({ page: 'home', path: '/' })
    if (island?.page !== 'home') throw new Error('not the home island')
    expect(island.categories.map((c) => c.slug)).toEqual(categories.map((c) => c.slug))
    expect(island.sources.featured.map((p) => p.id)).toEqual(featured.map((p) => p.id))
    for (const category of categories) expect(html).toContain(`<a href="/en/c/${category.slug}">`)
    const website = jsonLd.find((data) => data['@type'] === 'WebSite') as { potentialAction: { target: unknown } }
    expect(JSON.stringify(website.potentialAction.target)).toContain(
      'https://shop.example/search?q={search_term_string}',
    )
    expect(jsonLd.some((data) => data['@type'] === 'Organization')).toBe(true)
  })

  it('renders a category page with its first products in the chosen order and the full count', async () => {
    const categories = ((await (await app().request('/api/categories')).json()) as { items: Category[] }).items
    const category = categories[0] as Category
    const count = rowsOf(
      await database().db.execute(
        sql`select count(*)::integer as n from products where category_id = ${category.id} and deleted_at is null`,
      ),
    )[0] as { n: number }
    const listed = (await (
      await app().request(`/api/products?category=${category.slug}&sort=price_asc&limit=24`)
    ).json()) as ProductPage
    const { response, html, island } = await page(app(), `/c/${category.slug}?sort=price_asc`)
    expect(response.status).toBe(200)
    expect(island).toMatchObject({ page: 'category', path: `/c/${category.slug}?sort=price_asc`, total: count.n })
    if (island?.page !== 'category') throw new Error('not the category island')
    expect(island.products.map((p) => p.id)).toEqual(listed.items.map((p) => p.id))
    expect(html).toContain(`<link rel="canonical" href="https://shop.example/en/c/${category.slug}">`)
    expect(html).toContain(`<option value="price_asc" selected>`)
    const firstImage = listed.items[0]?.images[0]?.src.replace(/\.webp$/, '.avif')
    expect(html).toMatch(
      new RegExp(`<link rel="preload" as="image" type="image/avif" [^>]*imagesrcset="${firstImage}\\?w=160 `),
    )
  })

  it('renders a category filtered by brand and stock from its URL, with the counts and a canonical island path', async () => {
    const categories = ((await (await app().request('/api/categories')).json()) as { items: Category[] }).items
    const category = categories[0] as Category
    const [top] = rowsOf(
      await database().db.execute(
        sql`select brand, count(*) filter (where stock > 0)::integer as "inStock", count(*)::integer as n
            from products where category_id = ${category.id} and deleted_at is null
            group by brand order by count(*) desc, brand limit 1`,
      ),
    ) as { brand: string; inStock: number; n: number }[]
    if (!top) throw new Error('no product in the category')
    // Parameters in any order name one page: the island (and cache) use the canonical form.
    const { response, html, island } = await page(
      app(),
      `/c/${category.slug}?inStock=true&brand=${encodeURIComponent(top.brand)}`,
    )
    expect(response.status).toBe(200)
    const brandParam = new URLSearchParams({ brand: top.brand }).toString()
    expect(island).toMatchObject({
      page: 'category',
      path: `/c/${category.slug}?${brandParam}&inStock=true`,
      total: top.inStock,
      filters: { brands: [top.brand], minPrice: null, maxPrice: null, inStock: true },
    })
    if (island?.page !== 'category') throw new Error('not the category island')
    expect(island.products.every((p) => p.brand === top.brand && p.stock > 0)).toBe(true)
    expect(island.facets.brand.find((value) => value.value === top.brand)?.count).toBe(top.inStock)
    expect(island.facets.inStock.inStock).toBe(top.inStock)
    expect(html).toContain('<details class="search-page__filters category-page__filters">')
    expect(html).toContain('Clear all filters')
  })

  it('renders a category unfiltered when its filters are malformed', async () => {
    const categories = ((await (await app().request('/api/categories')).json()) as { items: Category[] }).items
    const category = categories[0] as Category
    const { response, island } = await page(app(), `/c/${category.slug}?minPrice=500&maxPrice=100`)
    expect(response.status).toBe(200)
    expect(island).toMatchObject({ page: 'category', path: `/c/${category.slug}` })
  })

  it('speaks the language of its URL, else the cookie the shopper chose, else Accept-Language', async () => {
    const german = await page(app(), '/', { 'accept-language': 'de-CH,de;q=0.9,en;q=0.5' })
    expect(german.html).toContain('<html lang="de" dir="ltr">')
    expect(german.html).toContain('Warenkorb')
    expect(german.response.headers.get('vary')).toBe('Accept-Encoding, Accept-Language, Cookie')
    const chosen = await page(app(), '/', { 'accept-language': 'de', cookie: 'locale=en' })
    expect(chosen.html).toContain('<html lang="en" dir="ltr">')
    const arabic = await page(app(), '/ar/cart', { 'accept-language': 'de', cookie: 'locale=en' })
    expect(arabic.response.status).toBe(200)
    expect(arabic.html).toContain('<html lang="ar" dir="rtl">')
    expect(arabic.html).toContain('<a class="site-header__brand" href="/ar">')
    const frenchHome = await page(app(), '/fr', { cookie: 'locale=de' })
    expect(frenchHome.html).toContain('<html lang="fr" dir="ltr">')
    expect(frenchHome.html).toContain('href="/fr/c/')
    expect((await page(app(), '/fr/no-such-page')).response.status).toBe(404)
    const slashed = await app().request('/fr/')
    expect(slashed.status).toBe(301)
    expect(slashed.headers.get('location')).toBe('/fr')
  })

  it('shows the catalog in the page’s language: names and descriptions, categories, title, meta, JSON-LD and the island', async () => {
    const english = await firstProduct()
    const de = (await (await app().request(`/api/products/${english.slug}?locale=de`)).json()) as Product
    expect(de.name).not.toBe(english.name)
    const htmlText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;')
    const { html, island, jsonLd } = await page(app(), `/de/p/${english.slug}`)
    expect(html).toContain(`<h1>${htmlText(de.name)}</h1>`)
    expect(html).toContain(`<title>${htmlText(de.name)} · `)
    expect(html).not.toContain(`<h1>${htmlText(english.name)}</h1>`)
    expect(metaContent(html, 'description')).toContain(htmlText(de.name))
    const ld = jsonLd.find((data) => data['@type'] === 'Product') as { name: string; description: string }
    expect(ld.name).toBe(de.name)
    if (island?.page !== 'product') throw new Error('not the product island')
    expect(island.product.name).toBe(de.name)
    expect(island.product.description).toBe(de.description)
    const categories = ((await (await app().request('/api/categories?locale=de')).json()) as { items: Category[] })
      .items
    expect(island.categories.map((c) => c.name)).toEqual(categories.map((c) => c.name))
    expect(island.category?.name).toBe(categories.find((c) => c.id === de.categoryId)?.name)

    const category = categories.find((c) => c.id === de.categoryId)!
    const listing = await page(app(), `/de/c/${category.slug}`)
    expect(listing.html).toContain(`<title>${htmlText(category.name)} · `)
    if (listing.island?.page !== 'category') throw new Error('not the category island')
    const listed = (await (
      await app().request(`/api/products?category=${category.slug}&locale=de&limit=24`)
    ).json()) as ProductPage
    expect(listing.island.products.map((p) => p.name)).toEqual(listed.items.map((p) => p.name))
    expect(listing.html).toContain(htmlText(listed.items[0]!.name))

    const home = await page(app(), '/de')
    if (home.island?.page !== 'home') throw new Error('not the home island')
    const featured = (await (
      await app().request('/api/products?featured=true&limit=8&locale=de')
    ).json()) as ProductPage
    expect(home.island.sources.featured.map((p) => p.name)).toEqual(featured.items.map((p) => p.name))
    // English stays English.
    expect((await page(app(), `/en/p/${english.slug}`)).html).toContain(`<h1>${htmlText(english.name)}</h1>`)
  })

  it('renders search results with their count, highlights and facets; a blank or fruitless search is the app’s', async () => {
    const { response, html, island } = await page(app(), '/search?q=headphones&page=1')
    expect(response.status).toBe(200)
    expect(html).toContain('<h1>Results for “headphones”</h1>')
    expect(html).toMatch(/<ol class="product-grid search-results"[^>]*><li class="product-card search-result">/)
    expect(html).toContain('<mark>')
    expect(html).toMatch(/<input id="site-search" [^>]*value="headphones">/)
    expect(html).toContain('<meta name="robots" content="noindex">')
    if (island?.page !== 'search') throw new Error('not the search island')
    expect(island.path).toBe('/search?q=headphones')
    expect(island.results.total).toBeGreaterThan(0)
    const api = (await (await app().request('/api/search?q=headphones')).json()) as {
      total: number
      hits: { id: string }[]
    }
    expect(island.results.total).toBe(api.total)
    expect(island.results.hits.map((hit) => hit.id)).toEqual(api.hits.map((hit) => hit.id))
    for (const path of ['/search', '/search?q=zzqxwv', '/search?unknown=1']) {
      const shell = await page(app(), path)
      expect(shell.response.status, path).toBe(200)
      expect(shell.island, path).toMatchObject({ page: 'shell', path: '/search' })
    }
  })

  it('answers app-only pages with the frame, not indexed, with the notice that they need JavaScript', async () => {
    const routes = {
      '/cart': '/cart',
      '/checkout': '/checkout',
      '/orders/123': '/orders/:id',
      '/search': '/search',
      '/admin/dashboard': '/admin/dashboard',
    }
    for (const [path, route] of Object.entries(routes)) {
      const { response, html, island } = await page(app(), path)
      expect(response.status, path).toBe(200)
      expect(html, path).toContain('<meta name="robots" content="noindex">')
      expect(html, path).toContain('<noscript>')
      expect(island, path).toMatchObject({ page: 'shell', path: route })
    }
  })

  it('frames checkout and payment with the checkout header: secure, back to cart, no search or categories', async () => {
    for (const path of ['/checkout', '/checkout/pay/3f2a9c1b-7d4e-4a60-9b1c-2e8f00c0ffee']) {
      const { html } = await page(app(), path)
      expect(html, path).toContain('<header class="site-header checkout-header">')
      expect(html, path).toContain('Secure checkout')
      expect(html, path).toContain('<a class="header-link" href="/en/cart">Back to cart</a>')
      expect(html, path).not.toContain('role="search"')
      expect(html, path).not.toContain('class="category-nav"')
    }
    const { html: cart } = await page(app(), '/cart')
    expect(cart).toContain('role="search"')
    expect(cart).not.toContain('checkout-header')
  })

  it('rates a reviewed product in its JSON-LD with its most helpful published reviews, and shows its stars on cards', async () => {
    const [reviewed] = rowsOf(
      await database().db.execute(sql`
        select p.slug, p.rating_counts as counts from products p
        where p.deleted_at is null and exists (select 1 from reviews r where r.product_id = p.id and r.helpful_count > 0)
        order by (select sum(c) from unnest(p.rating_counts) c) desc, p.slug limit 1`),
    ) as { slug: string; counts: number[] }[]
    const { jsonLd } = await page(app(), `/p/${reviewed!.slug}`)
    const ld = jsonLd.find((data) => data['@type'] === 'Product' || data['@type'] === 'ProductGroup') as {
      aggregateRating: { ratingValue: number; reviewCount: number; bestRating: number; worstRating: number }
      review: { author: { name: string }; reviewRating: { ratingValue: number }; name: string }[]
    }
    const count = reviewed!.counts.reduce((sum, n) => sum + n, 0)
    expect(ld.aggregateRating).toMatchObject({ reviewCount: count, bestRating: 5, worstRating: 1 })
    expect(ld.aggregateRating.ratingValue).toBeGreaterThanOrEqual(1)
    expect(ld.review.length).toBe(Math.min(5, count))
    // The review list's "most helpful" order, by the shared score.
    const published = rowsOf(
      await database().db.execute(sql`
        select r.id, r.title, r.helpful_count as "helpfulCount", r.unhelpful_count as "unhelpfulCount",
          r.created_at::text as "createdAt"
        from reviews r join products p on p.id = r.product_id
        where p.slug = ${reviewed!.slug} and r.status = 'published'`),
    ) as (RankedReview & { title: string })[]
    const [mostHelpful] = [...published].sort(compareByHelpfulness)
    expect(ld.review[0]!.name).toBe(mostHelpful!.title)
    const { html } = await page(app(), '/')
    expect(html).toMatch(
      /<span class="rating-line"><span class="star-rating star-rating--sm" role="img" aria-label="[0-9.]+ out of 5 stars, \d+ reviews?">/,
    )
    expect(html).toContain('<span class="rating-line"></span>')
  })

  it('keeps catalog text from breaking out of the data island or the JSON-LD', async () => {
    const product = await firstProduct()
    const hostile = `</script><script>alert(1)</script><!-- ${product.name}`
    await database().db.execute(sql`update products set name = ${hostile} where id = ${product.id}`)
    const { html, island, jsonLd } = await page(app(), `/p/${product.slug}`)
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(island?.page === 'product' && island.product.name).toBe(hostile)
    expect(jsonLd.find((data) => data['@type'] === 'Product')?.name).toBe(hostile)
  })
})

describe.each(await databaseTargets())('server-rendered pages from the response cache on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return

  it('answers 304 to a revalidation and renders again after a catalog change', async () => {
    const config = testConfig({
      DIST_DIR: writeFakeDist(),
      ADMIN_EMAIL: 'pages@example.com',
      ADMIN_PASSWORD: 'the admin password',
    })
    const app = createTestApp(database().db, config)
    const product = ((await (await app.request('/api/products?limit=1')).json()) as ProductPage).items[0] as Product
    const first = await app.request(`/p/${product.slug}`)
    const etag = first.headers.get('etag') ?? ''
    expect((await app.request(`/p/${product.slug}`, { headers: { 'if-none-match': etag } })).status).toBe(304)
    const admin = await signedInAdmin(app, database().db, config)
    const [variant] = product.variants
    if (!variant) throw new Error('a product without variants')
    await changeVariantPrice(admin, variant, variant.price + 100)
    const after = await app.request(`/p/${product.slug}`, { headers: { 'if-none-match': etag } })
    expect(after.status).toBe(200)
    const island = islandOf(await after.text())
    const shown = island?.page === 'product' ? island.product.variants.find((v) => v.id === variant.id) : undefined
    expect(shown?.price).toBe(variant.price + 100)
  })
})

describe.each(await databaseTargets())('server-rendered pages with an image CDN on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return

  it('rewrites every product image through IMAGE_CDN_URL and hands the template to the client, shell included', async () => {
    const template = 'https://images.example/{path}?w={width}&fm={format}&q={quality}'
    const app = createTestApp(database().db, uncachedTestConfig({ DIST_DIR: writeFakeDist(), IMAGE_CDN_URL: template }))
    const product = ((await (await app.request('/api/products?limit=1')).json()) as ProductPage).items[0] as Product
    const { html } = await page(app, `/p/${product.slug}`)
    const meta =
      '<meta name="image-cdn" content="https://images.example/{path}?w={width}&amp;fm={format}&amp;q={quality}">'
    expect(html).toContain(meta)
    expect(html).toContain(
      `srcset="https://images.example/media/products/${product.slug}-1.webp?w=160&amp;fm=avif&amp;q=55 160w`,
    )
    expect(html).not.toMatch(/(src|srcset)="\/media\//)
    expect(await (await app.request('/index.html')).text()).toContain(meta)
  })
})

describe.each(await databaseTargets())('robots.txt and the sitemap on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return

  it('points crawlers at a sitemap index whose chunks list every live product, category and published collection once', async () => {
    const app = createTestApp(database().db, uncachedTestConfig({ PUBLIC_URL: 'https://shop.example' }))
    const robots = await (await app.request('/robots.txt')).text()
    expect(robots).toContain('Sitemap: https://shop.example/sitemap.xml')
    expect(robots).toContain('Disallow: /api/')
    expect(robots).toContain('Disallow: /checkout')
    expect(robots).toContain('Disallow: /ar/checkout')
    expect(robots).toContain('Disallow: /ja/search')
    const index = await app.request('/sitemap.xml')
    expect(index.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const files = [...(await index.text()).matchAll(/<loc>https:\/\/shop\.example(\/[^<]+)<\/loc>/g)].map((m) => m[1])
    expect(files[0]).toBe('/sitemaps/pages')
    const locs: string[] = []
    for (const file of files) {
      const response = await app.request(file ?? '')
      expect(response.status, file).toBe(200)
      locs.push(
        ...[...(await response.text()).matchAll(/<loc>https:\/\/shop\.example(\/[^<]*)<\/loc>/g)].map(
          (m) => m[1] ?? '',
        ),
      )
    }
    const rows = rowsOf(
      await database().db.execute(sql`
        select '/p/' || slug as path from products where deleted_at is null
        union all select '/c/' || slug from categories where deleted_at is null
        union all select '/collections/' || slug from collections where deleted_at is null and published`),
    ) as { path: string }[]
    const pages = ['/', ...rows.map((row) => row.path)]
    expect(locs.sort()).toEqual(pages.flatMap((page) => locales.map((locale) => localizedPath(locale, page))).sort())
    expect((await app.request(`/sitemaps/products/${files.length}`)).status).toBe(404)
    expect((await app.request('/sitemaps/products/not-a-number')).status).toBe(404)
  })

  it('lists each page at its address in every language, each naming all six languages and the x-default as alternates', async () => {
    const app = createTestApp(database().db, uncachedTestConfig({ PUBLIC_URL: 'https://shop.example' }))
    const [product] = rowsOf(
      await database().db.execute(sql`select slug from products where deleted_at is null order by id limit 1`),
    ) as { slug: string }[]
    const xml = await (await app.request('/sitemaps/products/1')).text()
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map((m) => m[1] ?? '')
    const ofProduct = urls.filter((url) => url.includes(`/p/${product?.slug}<`))
    expect(ofProduct.map((url) => /<loc>([^<]+)<\/loc>/.exec(url)?.[1])).toEqual(
      locales.map((locale) => `https://shop.example/${locale}/p/${product?.slug}`),
    )
    const expectedAlternates = [
      ...locales.map((locale) => [locale, `https://shop.example/${locale}/p/${product?.slug}`]),
      ['x-default', `https://shop.example/p/${product?.slug}`],
    ]
    for (const url of ofProduct) {
      const alternates = [...url.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)]
      expect(alternates.map((m) => [m[1], m[2]])).toEqual(expectedAlternates)
      expect(url).toMatch(/<lastmod>[^<]+<\/lastmod>/)
    }
    const home = await (await app.request('/sitemaps/pages')).text()
    expect(home).toContain('<url><loc>https://shop.example/ar</loc>')
    expect(home).toContain('<xhtml:link rel="alternate" hreflang="fr" href="https://shop.example/fr"/>')
    expect(home).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://shop.example/"/>')
  })
})
