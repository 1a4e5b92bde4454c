import { randomUUID } from 'node:crypto'
import { eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ProductImportResult } from '../../shared/api-keys/integration-schema.ts'
import type { Product } from '../../shared/catalog/product.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import { createApp } from '../app.ts'
import { categories, orderLines, orders, products, productVariants } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { createRedisRateLimiter } from '../platform/rate-limit.ts'
import { issueApiKey, signedInAdmin, withKey } from '../test-support/test-api-keys.ts'
import { testConfig } from '../test-support/test-app.ts'
import { uniqueEmail } from '../test-support/test-browser.ts'
import { testAddress } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { redisSkipReason, useTestRedis } from '../test-support/test-redis.ts'
import { createTestVariantProduct } from '../test-support/test-variants.ts'
import type { ExportedOrder, ExportedProduct, OrderExportPage, ProductExportPage } from './integration.service.ts'

const redisSkip = await redisSkipReason()

/** An order written straight to the tables, with the last change at `updatedAt`. */
async function seedOrder(db: Db, email: string, updatedAt: string): Promise<string> {
  const id = randomUUID()
  const product = await createTestVariantProduct(db, { variants: [{ stock: 10, price: 1250 }] })
  await db.insert(orders).values({
    id,
    shopperId: null,
    email,
    status: 'pending_payment',
    currency: 'EUR',
    itemsTotal: 2500,
    shippingTotal: 495,
    taxTotal: 0,
    grandTotal: 2995,
    shippingMethod: 'standard',
    shippingAddress: testAddress,
    idempotencyKey: randomUUID(),
    paymentClientSecret: 'pi_secret_never_exported',
    reservationExpiresAt: new Date(Date.now() + 60 * 60_000),
    createdAt: new Date(updatedAt),
    updatedAt: new Date(updatedAt),
  })
  await db.insert(orderLines).values({
    orderId: id,
    productId: product.productId,
    variantId: product.variantIds[0] ?? '',
    sku: product.skus[0] ?? '',
    name: 'Lamp',
    unitPrice: 1250,
    quantity: 2,
    lineTotal: 2500,
  })
  return id
}

async function seedCategory(db: Db): Promise<{ id: string; slug: string }> {
  const id = randomUUID()
  const slug = `import-${id.slice(0, 8)}`
  await db.insert(categories).values({ id, slug, name: 'Imported', description: 'Imported', position: 99 })
  return { id, slug }
}

const importItem = (slug: string, category: string, overrides: Record<string, unknown> = {}) => ({
  slug,
  name: `Product ${slug}`,
  description: 'Made elsewhere',
  brand: 'Acme',
  category,
  price: 1999,
  currency: 'EUR',
  stock: 5,
  tags: ['imported'],
  ...overrides,
})

describe.each(await databaseTargets())('integration API on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const config = testConfig({
    TRUST_PROXY: 'true',
    ADMIN_EMAIL: uniqueEmail(),
    ADMIN_PASSWORD: 'the admin password',
    API_RATE_LIMIT_PER_MINUTE: '5',
  })
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({ config, db: database().db, logger: createLogger('silent') })
    return testApp
  }
  const keyWith = async (...scopes: Parameters<typeof issueApiKey>[1]['scopes']) =>
    (await issueApiKey(await signedInAdmin(app(), database().db, config), { scopes })).token
  const problemOf = async (response: Response) => (await response.json()) as ProblemDetails

  it('exports orders changed since a time, oldest change first, in pages, without the payment secret', async () => {
    const run = `export-${randomUUID().slice(0, 8)}`
    const base = Date.parse('2031-01-01T00:00:00.000Z')
    const ids = []
    for (let i = 0; i < 5; i++)
      ids.push(await seedOrder(database().db, `${run}-${i}@example.com`, new Date(base + i * 1000).toISOString()))
    const token = await keyWith('orders:read')
    const since = new Date(base + 1000).toISOString()
    const first = await withKey(app(), token, `/api/v1/orders?${new URLSearchParams({ since, limit: '3' })}`)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('no-store')
    const page1 = (await first.json()) as OrderExportPage
    expect(page1.orders.map((o) => o.id)).toEqual(ids.slice(1, 4))
    const order = page1.orders[0] as ExportedOrder
    expect(order).toMatchObject({ email: `${run}-1@example.com`, status: 'pending_payment', totals: { total: 2995 } })
    expect(order.lines).toEqual([expect.objectContaining({ name: 'Lamp', quantity: 2, lineTotal: 2500 })])
    expect(JSON.stringify(page1)).not.toContain('pi_secret_never_exported')
    expect(page1.nextCursor).not.toBeNull()
    const second = await withKey(
      app(),
      token,
      `/api/v1/orders?${new URLSearchParams({ cursor: page1.nextCursor ?? '' })}`,
    )
    const page2 = (await second.json()) as OrderExportPage
    expect(page2.orders.map((o) => o.id)).toEqual([ids[4]])
    expect(page2.nextCursor).toBeNull()
    const bad = await withKey(app(), token, '/api/v1/orders?cursor=bm90LWEtY3Vyc29y')
    expect(bad.status).toBe(400)
    expect((await problemOf(bad)).code).toBe('INVALID_CURSOR')
  })

  it('lists the products on sale in id order, page by page', async () => {
    const token = await keyWith('catalog:read')
    const first = (await (await withKey(app(), token, '/api/v1/products?limit=2')).json()) as ProductExportPage
    expect(first.products).toHaveLength(2)
    const [a, b] = first.products as [ExportedProduct, ExportedProduct]
    expect(a.id < b.id).toBe(true)
    const next = (await (
      await withKey(app(), token, `/api/v1/products?limit=2&cursor=${first.nextCursor}`)
    ).json()) as ProductExportPage
    expect((next.products[0] as ExportedProduct).id > b.id).toBe(true)
  })

  it('imports a batch: creates new products, updates by id or slug, keeps images, moves the sync version', async () => {
    const db = database().db
    const category = await seedCategory(db)
    const existing = await createTestVariantProduct(db, { variants: [{ stock: 1 }] })
    const existingId = existing.productId
    await db
      .update(productVariants)
      .set({ barcode: '4006381333931' })
      .where(eq(productVariants.id, existing.variantIds[0]!))
    const image = { src: '/media/x.webp', alt: 'x', width: 10, height: 10 }
    await db
      .update(products)
      .set({ images: [image], deletedAt: new Date() })
      .where(eq(products.id, existingId))
    const [before] = await db.select().from(products).where(eq(products.id, existingId))
    const slug = `new-${randomUUID().slice(0, 8)}`
    const token = await keyWith('catalog:write')
    const response = await withKey(app(), token, '/api/v1/products:import', {
      method: 'POST',
      json: {
        items: [
          importItem(slug, category.slug),
          importItem(`renamed-${slug}`, category.slug, { id: existingId, price: 4200, stock: 9 }),
        ],
      },
    })
    expect(response.status).toBe(200)
    const result = (await response.json()) as ProductImportResult
    expect(result.items.map((i) => [i.index, i.outcome])).toEqual([
      [0, 'created'],
      [1, 'updated'],
    ])
    expect(result.items[1]?.id).toBe(existingId)
    const [updated] = await db.select().from(products).where(eq(products.id, existingId))
    expect(updated).toMatchObject({ slug: `renamed-${slug}`, price: 4200, stock: 9, images: [image], deletedAt: null })
    expect(updated?.version).toBeGreaterThan(before?.version ?? Number.POSITIVE_INFINITY)
    // Sent without variants, a product keeps its one variant: its SKU and barcode stay, price and stock move.
    expect(result.items[1]?.variants).toEqual([
      { sku: existing.skus[0], id: existing.variantIds[0], outcome: 'updated' },
    ])
    expect(await db.select().from(productVariants).where(eq(productVariants.productId, existingId))).toEqual([
      expect.objectContaining({
        sku: existing.skus[0],
        price: 4200,
        stock: 9,
        barcode: '4006381333931',
        deletedAt: null,
      }),
    ])
    const [created] = await db.select().from(products).where(eq(products.slug, slug))
    expect(created).toMatchObject({ categoryId: category.id, images: [], tags: ['imported'], price: 1999, stock: 5 })
    expect(result.items[0]?.variants).toEqual([{ sku: slug.toUpperCase(), id: expect.any(String), outcome: 'created' }])
    // Sent again, the same batch updates what it created.
    const again = await withKey(app(), token, '/api/v1/products:import', {
      method: 'POST',
      json: { items: [importItem(slug, category.slug, { stock: 7 })] },
    })
    expect(((await again.json()) as ProductImportResult).items[0]).toMatchObject({
      id: created?.id,
      outcome: 'updated',
    })
  })

  it('applies nothing when one item is bad, naming every bad field', async () => {
    const db = database().db
    const category = await seedCategory(db)
    const taken = await createTestVariantProduct(db, { variants: [{ stock: 1 }] })
    const [takenRow] = await db.select().from(products).where(eq(products.id, taken.productId))
    const good = `good-${randomUUID().slice(0, 8)}`
    const token = await keyWith('catalog:write')
    const response = await withKey(app(), token, '/api/v1/products:import', {
      method: 'POST',
      json: {
        items: [
          importItem(good, category.slug),
          importItem(takenRow?.slug ?? '', category.slug, { id: randomUUID() }),
          importItem(`x-${good}`, 'no-such-category'),
        ],
      },
    })
    expect(response.status).toBe(400)
    expect((await problemOf(response)).errors?.map((e) => e.path)).toEqual([
      'json.items.1.slug',
      'json.items.2.category',
    ])
    expect(
      await db
        .select()
        .from(products)
        .where(inArray(products.slug, [good, `x-${good}`])),
    ).toEqual([])
    const malformed = await withKey(app(), token, '/api/v1/products:import', {
      method: 'POST',
      json: { items: [importItem('Bad Slug', category.slug, { price: 19.99, categoryId: category.id })] },
    })
    expect(malformed.status).toBe(400)
    expect((await problemOf(malformed)).errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(['json.items.0.slug', 'json.items.0.price']),
    )
  })

  it('imports translations merged per locale: a locale sent replaces its texts, the others stay', async () => {
    const db = database().db
    const category = await seedCategory(db)
    const slug = `tr-${randomUUID().slice(0, 8)}`
    const token = await keyWith('catalog:write')
    const send = (translations?: unknown) =>
      withKey(app(), token, '/api/v1/products:import', {
        method: 'POST',
        json: { items: [importItem(slug, category.slug, translations === undefined ? {} : { translations })] },
      })
    const first = await send({
      de: { name: 'Produkt', description: 'Anderswo gemacht' },
      fr: { name: 'Produit', description: 'Fait ailleurs' },
    })
    expect(first.status).toBe(200)
    const [created] = await db.select().from(products).where(eq(products.slug, slug))
    expect((await send({ fr: { name: 'Produit importé' }, ar: { name: 'منتج' } })).status).toBe(200)
    const [merged] = await db.select().from(products).where(eq(products.slug, slug))
    expect(merged?.translations).toEqual({
      de: { name: 'Produkt', description: 'Anderswo gemacht' },
      fr: { name: 'Produit importé' },
      ar: { name: 'منتج' },
    })
    expect(merged?.version).toBeGreaterThan(created?.version ?? Number.MAX_SAFE_INTEGER)
    expect((await send()).status).toBe(200)
    const [kept] = await db.select().from(products).where(eq(products.slug, slug))
    expect(kept?.translations).toEqual(merged?.translations)
    const shown = await app().request(`/api/products/${slug}?locale=ar`)
    expect(((await shown.json()) as Product).name).toBe('منتج')

    const refused = await send({ en: { name: 'No' }, fr: { name: 'x'.repeat(201) } })
    expect(refused.status).toBe(400)
    expect((await problemOf(refused)).errors?.map((e) => e.path)).toEqual([
      'json.items.0.translations.fr.name',
      'json.items.0.translations.en',
    ])
  })

  it('puts one product by id: 201 when created, 200 when replaced', async () => {
    const category = await seedCategory(database().db)
    const id = randomUUID()
    const token = await keyWith('catalog:write')
    const put = (price: number) =>
      withKey(app(), token, `/api/v1/products/${id}`, {
        method: 'PUT',
        json: importItem(`put-${id.slice(0, 8)}`, category.slug, { price }),
      })
    expect((await put(100)).status).toBe(201)
    expect((await put(200)).status).toBe(200)
    const [row] = await database().db.select().from(products).where(eq(products.id, id))
    expect(row?.price).toBe(200)
  })

  it('limits each key per minute: 429 with Retry-After beyond API_RATE_LIMIT_PER_MINUTE', async () => {
    const token = await keyWith('catalog:read')
    for (let i = 0; i < 5; i++) expect((await withKey(app(), token, '/api/v1/products?limit=1')).status).toBe(200)
    const limited = await withKey(app(), token, '/api/v1/products?limit=1')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another key has a budget of its own.
    expect((await withKey(app(), await keyWith('catalog:read'), '/api/v1/products?limit=1')).status).toBe(200)
  })

  // Found by the route fuzz test: a time in year 0 passed the schema and PostgreSQL answered 500.
  it('refuses an export since, or a cursor at, a time PostgreSQL cannot store with 400', async () => {
    const token = await keyWith('orders:read')
    const since = await withKey(app(), token, '/api/v1/orders?since=0000-01-01T00:00:00Z')
    expect(since.status).toBe(400)
    expect(((await since.json()) as ProblemDetails).errors?.map((e) => e.path)).toEqual(['query.since'])
    const cursor = await withKey(
      app(),
      token,
      '/api/v1/orders?cursor=eyJlIjpbIjAwMDAtMDEtMDFUMDA6MDA6MDBaIiwiMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAwIl0sInMiOm51bGx9',
    )
    expect(cursor.status).toBe(400)
  })

  it('answers an unknown /api/v1 path with a problem+json 404', async () => {
    const response = await withKey(app(), null, '/api/v1/nothing')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })

  describe('with two instances sharing Redis', () => {
    const redis = useTestRedis(redisSkip)
    if (!redis) return
    it('holds a key’s rate limit across the instances', async () => {
      const instance = () =>
        createApp({
          config,
          db: database().db,
          logger: createLogger('silent'),
          rateLimiter: createRedisRateLimiter(redis()),
        })
      const [first, second] = [instance(), instance()]
      const token = await keyWith('catalog:read')
      const statuses = []
      for (let i = 0; i < 6; i++)
        statuses.push((await withKey(i % 2 === 0 ? first : second, token, '/api/v1/products?limit=1')).status)
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
      const limited = await withKey(first, token, '/api/v1/products?limit=1')
      expect(limited.status).toBe(429)
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    })
  })
})
