import { type SQL, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import { priceBands } from '../../shared/search/ranking.ts'
import { type SearchResults, type SuggestResults, searchRequest } from '../../shared/search/search-types.ts'
import { createApp } from '../app.ts'
import { createLogger } from '../platform/logger.ts'
import { rowsOf } from '../platform/migrate.ts'
import type { RateLimiter } from '../platform/rate-limit.ts'
import { testConfig } from '../test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { searchIdHeader, searchPerIp, suggestPerIp } from './search.routes.ts'
import { createSearchIndex, type SearchIndex } from './search-index.service.ts'
import { createSearchLog, type SearchLog } from './search-log.ts'

type SearchAnswer = SearchResults & { readonly searchId: string | null }

describe.each(await databaseTargets())('search routes on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  let setup: { app: ReturnType<typeof createApp>; searchIndex: SearchIndex; searchLog: SearchLog } | undefined
  // These tests search far faster than a person: without a limit, except in the test of the limit.
  const unlimited: RateLimiter = { hit: async () => ({ allowed: true, retryAfterMs: 0 }) }
  const env = () => {
    if (!setup) {
      const logger = createLogger('silent')
      const searchIndex = createSearchIndex({ db: database().db, logger })
      const searchLog = createSearchLog({ db: database().db, logger, clock: () => new Date() })
      const config = testConfig()
      const app = createApp({ config, db: database().db, logger, searchIndex, searchLog, rateLimiter: unlimited })
      setup = { app, searchIndex, searchLog }
    }
    return setup
  }

  const getJson = async <T>(path: string): Promise<{ status: number; body: T; type: string | null }> => {
    const response = await env().app.request(path)
    return { status: response.status, body: (await response.json()) as T, type: response.headers.get('content-type') }
  }
  const search = async (query: string): Promise<SearchAnswer> => {
    const response = await env().app.request(`/api/search?${query}`)
    expect(response.status).toBe(200)
    return { ...((await response.json()) as SearchResults), searchId: response.headers.get(searchIdHeader) }
  }
  /** Every hit of a search, page by page. */
  const allHits = async (query: string) => {
    const hits: SearchResults['hits'][number][] = []
    for (let page = 1; ; page++) {
      const body = await search(`${query}&limit=48&page=${page}`)
      hits.push(...body.hits)
      if (hits.length >= body.total || body.hits.length === 0) return hits
    }
  }
  const sqlRows = async <T>(query: SQL) => rowsOf(await database().db.execute(query)) as T[]

  it.each([
    ['hedphones', 'Wireless Headphones'],
    ['laptp', 'Laptop'],
    ['wirless mouse', 'Wireless Mouse'],
  ])('finds the intended products for the typo query "%s"', async (q, words) => {
    const intended = await sqlRows<{ id: string }>(
      sql`select id from products where deleted_at is null and name like ${`%${words}%`}`,
    )
    expect(intended.length).toBeGreaterThan(0)
    const first = await search(`q=${encodeURIComponent(q)}`)
    expect(first.hits.slice(0, 5).every((hit) => hit.name.includes(words))).toBe(true)
    expect(first.hits[0]!.highlights.name.ranges.length).toBeGreaterThan(0)
    const found = new Set((await allHits(`q=${encodeURIComponent(q)}`)).map((hit) => hit.id))
    for (const { id } of intended) expect(found.has(id)).toBe(true)
  })

  it('suggests laptops for the prefix "lap", quickly', async () => {
    const { status, body } = await getJson<SuggestResults>('/api/search/suggest?q=lap')
    expect(status).toBe(200)
    expect(body.suggestions.length).toBeGreaterThan(1)
    expect(body.suggestions.length).toBeLessThanOrEqual(8)
    expect(body.suggestions[0]).toMatchObject({ kind: 'category', slug: 'laptops' })
    const products = body.suggestions.filter((s) => s.kind === 'product')
    expect(products.length).toBeGreaterThan(0)
    expect(products.every((s) => /laptop/i.test(s.label.text))).toBe(true)
    expect(body.tookMs).toBeLessThan(50)
  })

  /** The same filters as SQL conditions, minus the dimension being counted. */
  const where = (filters: { brand?: string; inStock?: boolean; price?: [number, number]; category?: string }) => {
    const parts: SQL[] = [sql`p.deleted_at is null`]
    if (filters.brand) parts.push(sql`p.brand = ${filters.brand}`)
    if (filters.inStock !== undefined) parts.push(filters.inStock ? sql`p.stock > 0` : sql`p.stock = 0`)
    if (filters.price) parts.push(sql`p.price between ${filters.price[0]} and ${filters.price[1]}`)
    if (filters.category) parts.push(sql`c.slug = ${filters.category}`)
    return sql.join(parts, sql` and `)
  }

  it('counts every facet like a direct SQL count over the same filters', async () => {
    const [brandRow] = await sqlRows<{ brand: string }>(
      sql`select brand from products where deleted_at is null group by brand order by count(*) desc, brand limit 1`,
    )
    const brand = brandRow!.brand
    const price: [number, number] = [5_000, 99_999]
    const body = await search(
      `brand=${encodeURIComponent(brand)}&inStock=true&minPrice=${price[0]}&maxPrice=${price[1]}&category=laptops`,
    )
    const count = async (filters: Parameters<typeof where>[0]) => {
      const [row] = await sqlRows<{ n: number }>(
        sql`select count(*)::int as n from products p join categories c on c.id = p.category_id where ${where(filters)}`,
      )
      return row!.n
    }
    expect(body.total).toBe(await count({ brand, inStock: true, price, category: 'laptops' }))

    const byCategory = await sqlRows<{ value: string; n: number }>(sql`
      select c.slug as value, count(*)::int as n from products p join categories c on c.id = p.category_id
      where ${where({ brand, inStock: true, price })} group by c.slug`)
    const categoryCounts = Object.fromEntries(
      body.facets.category.filter((f) => f.count > 0).map((f) => [f.value, f.count]),
    )
    expect(categoryCounts).toEqual(Object.fromEntries(byCategory.map((r) => [r.value, r.n])))

    const byBrand = await sqlRows<{ value: string; n: number }>(sql`
      select p.brand as value, count(*)::int as n from products p join categories c on c.id = p.category_id
      where ${where({ inStock: true, price, category: 'laptops' })} group by p.brand`)
    const brandCounts = new Map(byBrand.map((r) => [r.value, r.n]))
    for (const facet of body.facets.brand) expect(facet.count).toBe(brandCounts.get(facet.value) ?? 0)

    for (const band of body.facets.price) {
      const bounds: [number, number] = [band.min, band.max ?? 2_147_483_647]
      expect(band.count).toBe(await count({ brand, inStock: true, price: bounds, category: 'laptops' }))
    }
    expect(body.facets.price).toHaveLength(priceBands.length)
    expect(body.facets.inStock).toEqual({
      inStock: await count({ brand, inStock: true, price, category: 'laptops' }),
      outOfStock: await count({ brand, inStock: false, price, category: 'laptops' }),
    })
  })

  it('finds a product renamed on the server by its new name once the index pulled the change', async () => {
    const [product] = await sqlRows<{ id: string; name: string }>(
      sql`select id, name from products where deleted_at is null order by slug limit 1`,
    )
    await database().db.execute(sql`update products set name = 'Quasar Holo Projector' where id = ${product!.id}`)
    expect((await search('q=quasar holo')).total).toBe(0)
    // At least the renamed row; more while another suite's older transaction still runs (decision 0006).
    expect(await env().searchIndex.refresh()).toBeGreaterThanOrEqual(1)
    const found = await search('q=quasar holo')
    expect(found.hits.map((hit) => hit.id)).toEqual([product!.id])
    expect(found.hits[0]!.highlights.name.ranges).toEqual([
      [0, 6],
      [7, 11],
    ])
  })

  it('rates, filters and sorts a product by its new star counts once the index pulled the change', async () => {
    const [product] = await sqlRows<{ id: string }>(
      sql`select id from products where deleted_at is null order by slug limit 1 offset 3`,
    )
    // More reviews than any seeded product has, all five stars: first by "top rated".
    await database().db.execute(sql`update products set rating_counts = '{0,0,0,0,500}' where id = ${product!.id}`)
    expect(await env().searchIndex.refresh()).toBeGreaterThanOrEqual(1)
    const top = await search('minRating=4&sort=top_rated&limit=5')
    expect(top.hits[0]).toMatchObject({ id: product!.id, rating: 5, reviewCount: 500 })
    expect(top.hits.every((hit) => hit.rating !== null && hit.rating >= 4)).toBe(true)
    expect(top.facets.rating.find((floor) => floor.min === 4)!.count).toBe(top.total)
  })

  it('keeps a polling index current without being asked', async () => {
    const searchIndex = createSearchIndex({ db: database().db, logger: createLogger('silent') }, { pollIntervalMs: 20 })
    searchIndex.start()
    try {
      await searchIndex.ready()
      const [product] = await sqlRows<{ id: string }>(
        sql`select id from products where deleted_at is null order by slug desc limit 1`,
      )
      await database().db.execute(sql`update products set name = 'Zephyrine Aero Kite' where id = ${product!.id}`)
      const request = {
        q: 'zephyrine',
        categories: [],
        brands: [],
        options: [],
        minPrice: null,
        maxPrice: null,
        inStock: null,
        minRating: null,
      }
      await expect
        .poll(async () => (await searchIndex.search({ ...request, sort: 'relevance', page: 1, pageSize: 5 })).total, {
          timeout: 10_000,
        })
        .toBe(1)
    } finally {
      await searchIndex.stop()
    }
  })

  it('records the first page of a typed search for analytics, and the click on a result', async () => {
    const answer = await search('q=%20Wireless%20%20MOUSE!')
    expect(answer.searchId).toEqual(expect.any(String))
    expect((await search('q=wireless%20mouse&page=2')).searchId).toBeNull()
    expect((await search('category=laptops')).searchId).toBeNull()
    await env().searchLog.flush()
    const [recorded] = await sqlRows<{ query: string; result_count: number }>(
      sql`select query, result_count from search_queries where id = ${answer.searchId}`,
    )
    expect(recorded).toEqual({ query: 'wireless mouse', result_count: answer.total })

    const click = { query: 'wireless mouse', productId: answer.hits[0]!.id, position: 1, searchId: answer.searchId }
    const response = await env().app.request('/api/search/clicks', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-anonymous-id': 'device-12345' },
      body: JSON.stringify(click),
    })
    expect(response.status).toBe(204)
    const [clicked] = await sqlRows<{ search_id: string; session_id: string; position: number }>(
      sql`select search_id, session_id, position from search_clicks where search_id = ${answer.searchId}`,
    )
    expect(clicked).toEqual({ search_id: answer.searchId, session_id: 'device-12345', position: 1 })
  })

  it.each([
    ['a negative price', '/api/search?minPrice=-1', 'query.minPrice'],
    ['a fractional price', '/api/search?maxPrice=9.99', 'query.maxPrice'],
    ['a minimum above the maximum', '/api/search?minPrice=500&maxPrice=100', 'query.minPrice'],
    ['an unknown sort', '/api/search?sort=cheapest', 'query.sort'],
    ['a 10 kB query', `/api/search?q=${'a'.repeat(10_240)}`, 'query.q'],
    ['page 0', '/api/search?page=0', 'query.page'],
    ['a huge page size', '/api/search?limit=1000', 'query.limit'],
    ['a malformed category', '/api/search?category=Not%20A%20Slug', 'query.category'],
    ['too many brands', `/api/search?${Array.from({ length: 21 }, (_, i) => `brand=b${i}`).join('&')}`, 'query.brand'],
    ['a non-boolean stock filter', '/api/search?inStock=yes', 'query.inStock'],
    ['a rating floor the facet does not offer', '/api/search?minRating=5', 'query.minRating'],
    ['a fractional rating floor', '/api/search?minRating=3.5', 'query.minRating'],
    ['an unknown parameter', '/api/search?colour=red', 'query.colour'],
    ['a malformed anonymous id', '/api/search?q=x', 'header.x-anonymous-id', { 'x-anonymous-id': 'bad id!' }],
    ['a 10 kB suggestion query', `/api/search/suggest?q=${'a'.repeat(10_240)}`, 'query.q'],
    ['too many suggestions', '/api/search/suggest?q=lap&limit=100', 'query.limit'],
  ])('answers %s with 400 naming the field', async (_, path, field, headers?: Record<string, string>) => {
    const response = await env().app.request(path, { headers })
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const problem = (await response.json()) as ProblemDetails
    expect(problem.code).toBe('INVALID_INPUT')
    expect(problem.errors?.map((e) => e.path)).toContain(field)
  })

  it('limits searches and suggestions per client address, with Retry-After', async () => {
    const app = createApp({
      config: testConfig({ TRUST_PROXY: 'true' }),
      db: database().db,
      logger: createLogger('silent'),
      searchIndex: env().searchIndex,
    })
    const from = (ip: string, path: string) => app.request(path, { headers: { 'x-forwarded-for': ip } })
    // Browsing by filters is not recorded, so these cost no rows.
    for (let i = 0; i < searchPerIp.limit; i++) expect((await from('203.0.113.1', '/api/search')).status).toBe(200)
    const refused = await from('203.0.113.1', '/api/search')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('content-type')).toBe('application/problem+json')
    expect(((await refused.json()) as ProblemDetails).code).toBe('RATE_LIMITED')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(searchPerIp.windowMs / 1000)
    // Suggestions count apart, and other addresses are not affected.
    expect((await from('203.0.113.1', '/api/search/suggest?q=lap')).status).toBe(200)
    expect((await from('203.0.113.2', '/api/search')).status).toBe(200)
    for (let i = 0; i < suggestPerIp.limit; i++) await from('203.0.113.3', '/api/search/suggest?q=lap')
    expect((await from('203.0.113.3', '/api/search/suggest?q=lap')).status).toBe(429)
  })

  it.each([
    ['no product id', { query: 'sofa', position: 1 }, 'json.productId'],
    ['a position of 0', { query: 'sofa', productId: crypto.randomUUID(), position: 0 }, 'json.position'],
    ['an empty query', { query: '', productId: crypto.randomUUID(), position: 1 }, 'json.query'],
    [
      'a malformed search id',
      { query: 'sofa', productId: crypto.randomUUID(), position: 1, searchId: 'x' },
      'json.searchId',
    ],
  ])('refuses a click with %s', async (_, body, field) => {
    const response = await env().app.request('/api/search/clicks', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as ProblemDetails).errors?.map((e) => e.path)).toContain(field)
  })

  describe("in the shopper's language", () => {
    /** Live products whose name in `locale` contains `words`, from the stored translations. */
    const namedIn = (locale: string, words: string) =>
      sqlRows<{ id: string }>(
        sql`select id from products where deleted_at is null and translations -> ${locale} ->> 'name' like ${`%${words}%`}`,
      )

    it('finds the German-named headphones by "Kopfhörer" and by "kopfhorer" with ?locale=de', async () => {
      const intended = await namedIn('de', 'Kopfhörer')
      expect(intended.length).toBeGreaterThan(0)
      for (const q of ['Kopfhörer', 'kopfhorer ', 'kopfhoerer ']) {
        const response = await env().app.request(`/api/search?q=${encodeURIComponent(q)}&locale=de&limit=48`)
        expect(response.status).toBe(200)
        expect(response.headers.get('content-language')).toBe('de')
        expect(response.headers.get('vary')).toContain('Accept-Language')
        const body = (await response.json()) as SearchResults
        expect(body.hits[0]!.name).toContain('Kopfhörer')
        expect(body.hits[0]!.highlights.name.ranges.length).toBeGreaterThan(0)
        const found = new Set((await allHits(`q=${encodeURIComponent(q)}&locale=de`)).map((hit) => hit.id))
        for (const { id } of intended) expect(found.has(id)).toBe(true)
      }
      // The German index holds German texts: the English word is not a German product name.
      const english = await search('q=headphones%20&locale=de')
      expect(english.hits.every((hit) => !hit.name.includes('Headphones'))).toBe(true)
    })

    it('answers in the Accept-Language when no locale is asked: Arabic names, with or without tashkeel', async () => {
      const intended = await namedIn('ar', 'سماعات رأس')
      expect(intended.length).toBeGreaterThan(0)
      for (const q of ['سماعات رأس', 'سَمّاعاتُ رَأْسٍ']) {
        const response = await env().app.request(`/api/search?q=${encodeURIComponent(q)}&limit=48`, {
          headers: { 'Accept-Language': 'ar-EG,ar;q=0.9,en;q=0.5' },
        })
        expect(response.headers.get('content-language')).toBe('ar')
        const body = (await response.json()) as SearchResults
        expect(body.total).toBeGreaterThanOrEqual(intended.length)
        expect(body.hits.every((hit) => hit.name.includes('سماعات'))).toBe(true)
      }
    })

    it('completes, counts facets and caches per language', async () => {
      const german = await getJson<SuggestResults>('/api/search/suggest?q=kopfh&locale=de')
      expect(german.body.suggestions[0]).toMatchObject({ kind: 'category', slug: 'headphones-audio' })
      expect(german.body.suggestions[0]!.label.text).toBe('Kopfhörer & Audio')
      const japanese = await search(`q=${encodeURIComponent('ヘッドホン')}&locale=ja`)
      expect(japanese.total).toBeGreaterThan(0)
      expect(japanese.facets.category.map((value) => value.label)).toContain('ヘッドホン・オーディオ')
      // The same query in English is another answer, from another index.
      const english = await search(`q=${encodeURIComponent('ヘッドホン')}&locale=en`)
      expect(english.total).toBe(0)
      expect(env().searchIndex.stats().locales).toMatchObject({ en: expect.any(Number), de: expect.any(Number) })
    })

    it('keeps the index of a language current when a translation changes', async () => {
      const searchIndex = createSearchIndex(
        { db: database().db, logger: createLogger('silent') },
        { pollIntervalMs: 20 },
      )
      searchIndex.start()
      try {
        const request = searchRequest({ q: 'Wolkenkratzerlampe' })
        expect((await searchIndex.search(request, 'de')).total).toBe(0)
        const [product] = await sqlRows<{ id: string }>(
          sql`select id from products where deleted_at is null order by slug limit 1`,
        )
        await database().db.execute(
          sql`update products set translations = jsonb_set(translations, '{de,name}', '"Wolkenkratzerlampe Nova"') where id = ${product!.id}`,
        )
        await expect.poll(async () => (await searchIndex.search(request, 'de')).total, { timeout: 10_000 }).toBe(1)
        // The English index answers the English name still.
        expect((await searchIndex.search(request, 'en')).total).toBe(0)
      } finally {
        await searchIndex.stop()
      }
    })

    it('refuses a locale that is not a language tag, naming the parameter', async () => {
      const { status, body } = await getJson<ProblemDetails>('/api/search?q=sofa&locale=%%')
      expect(status).toBe(400)
      expect(body.errors?.map((e) => e.path)).toContain('query.locale')
    })
  })
})
