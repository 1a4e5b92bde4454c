/** The catalog import and product list of `/api/v1` with options and variants (DESIGN §10), on a real database. */
import { randomUUID } from 'node:crypto'
import { asc, eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ProductImportResult, StockSetConflict, StockSetResult } from '../../shared/api-keys/integration-schema.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import { asProductId, asVariantId } from '../../shared/ids.ts'
import { createApp } from '../app.ts'
import { categories, products, productVariants } from '../db/schema.ts'
import { createLogger } from '../platform/logger.ts'
import { issueApiKey, signedInAdmin, withKey } from '../test-support/test-api-keys.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, uniqueEmail } from '../test-support/test-browser.ts'
import { fillCartWithVariants, orderOf, postCheckout } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { createTestVariantProduct } from '../test-support/test-variants.ts'
import type { ProductExportPage } from './integration.service.ts'

const options = [
  {
    code: 'size',
    name: 'Size',
    values: [
      { code: '42', label: '42' },
      { code: '43', label: '43' },
      { code: '44', label: '44' },
    ],
  },
  {
    code: 'colour',
    name: 'Colour',
    values: [
      { code: 'black', label: 'Black', swatch: '#000000' },
      { code: 'white', label: 'White', swatch: '#ffffff' },
    ],
  },
]

describe.each(await databaseTargets())('integration API with variants on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: uniqueEmail(), ADMIN_PASSWORD: 'the admin password' })
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({ config, db: database().db, logger: createLogger('silent') })
    return testApp
  }
  let token: string | undefined
  const writeKey = async () => {
    token ??= (
      await issueApiKey(await signedInAdmin(app(), database().db, config), {
        scopes: ['catalog:read', 'catalog:write'],
      })
    ).token
    return token
  }
  const importItems = async (items: unknown[]) =>
    withKey(app(), await writeKey(), '/api/v1/products:import', { method: 'POST', json: { items } })
  const newCategory = async () => {
    const id = randomUUID()
    await database()
      .db.insert(categories)
      .values({ id, slug: `v-${id.slice(0, 8)}`, name: 'Shoes', description: 'Shoes', position: 1 })
    return `v-${id.slice(0, 8)}`
  }
  const run = () => randomUUID().slice(0, 8).toUpperCase()
  const shoe = (slug: string, category: string, variants: unknown[]) => ({
    slug,
    name: 'Trail shoe',
    brand: 'Acme',
    category,
    currency: 'EUR',
    options,
    variants,
  })
  const variant = (sku: string, size: string, colour: string, overrides: Record<string, unknown> = {}) => ({
    sku,
    optionValues: { size, colour },
    price: 8999,
    stock: 4,
    ...overrides,
  })
  /** A variant as `GET /api/v1/products` lists it (its revision included), by SKU. */
  const exportedVariant = async (productId: string, sku: string) => {
    let cursor: string | null = null
    do {
      const response = await withKey(
        app(),
        await writeKey(),
        `/api/v1/products?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      )
      const page = (await response.json()) as ProductExportPage
      const found = page.products.find((p) => p.id === productId)?.variants.find((v) => v.sku === sku)
      if (found) return found
      cursor = page.nextCursor
    } while (cursor)
    throw new Error(`no variant ${sku} listed`)
  }
  const variantsOf = (productId: string) =>
    database()
      .db.select()
      .from(productVariants)
      .where(eq(productVariants.productId, productId))
      .orderBy(asc(productVariants.sku))

  it('creates a product with options and variants; the list returns them; price and stock roll up', async () => {
    const category = await newCategory()
    const r = run()
    const slug = `shoe-${r.toLowerCase()}`
    const response = await importItems([
      shoe(slug, category, [
        variant(`${r}-42-B`, '42', 'black', { compareAtPrice: 9999, barcode: '4006381333931', weightGrams: 820 }),
        variant(`${r}-43-B`, '43', 'black', { price: 7999, stock: 0 }),
        variant(`${r}-42-W`, '42', 'white', { stock: 2 }),
      ]),
    ])
    expect(response.status).toBe(200)
    const [result] = ((await response.json()) as ProductImportResult).items
    expect(result?.outcome).toBe('created')
    expect(result?.variants.map((v) => [v.sku, v.outcome])).toEqual([
      [`${r}-42-B`, 'created'],
      [`${r}-43-B`, 'created'],
      [`${r}-42-W`, 'created'],
    ])
    const [row] = await database().db.select().from(products).where(eq(products.slug, slug))
    expect(row).toMatchObject({ price: 7999, stock: 6, options })

    const listed: ProductExportPage['products'][number][] = []
    let cursor: string | null = null
    do {
      const path: string = `/api/v1/products?limit=200${cursor ? `&cursor=${cursor}` : ''}`
      const page = (await (await withKey(app(), await writeKey(), path)).json()) as ProductExportPage
      listed.push(...page.products)
      cursor = page.nextCursor
    } while (cursor)
    const exported = listed.find((product) => product.slug === slug)
    expect(exported).toMatchObject({ price: 7999, stock: 6, options })
    expect(exported?.variants).toEqual([
      {
        id: result?.variants[0]?.id,
        sku: `${r}-42-B`,
        optionValues: { size: '42', colour: 'black' },
        price: 8999,
        compareAtPrice: 9999,
        stock: 4,
        barcode: '4006381333931',
        weightGrams: 820,
        imageIndexes: [],
        revision: expect.any(Number),
      },
      expect.objectContaining({ sku: `${r}-43-B`, price: 7999, stock: 0, compareAtPrice: null, barcode: null }),
      expect.objectContaining({ sku: `${r}-42-W`, optionValues: { size: '42', colour: 'white' }, stock: 2 }),
    ])
  })

  it('updates by SKU: changes, adds, swaps combinations, withdraws what is not sent and brings it back', async () => {
    const category = await newCategory()
    const r = run()
    const slug = `shoe-${r.toLowerCase()}`
    const first = await importItems([
      shoe(slug, category, [
        variant(`${r}-A`, '42', 'black'),
        variant(`${r}-B`, '43', 'black'),
        variant(`${r}-C`, '44', 'black'),
      ]),
    ])
    const created = ((await first.json()) as ProductImportResult).items[0]
    const productId = created?.id ?? ''
    const idOf = (sku: string) => created?.variants.find((v) => v.sku === sku)?.id
    // A and B swap sizes, C is no longer sold, D is new.
    const second = await importItems([
      shoe(slug, category, [
        variant(`${r}-A`, '43', 'black', { stock: 10 }),
        variant(`${r}-B`, '42', 'black', { price: 9999 }),
        variant(`${r}-D`, '42', 'white', { stock: 1 }),
      ]),
    ])
    expect(second.status).toBe(200)
    const updated = ((await second.json()) as ProductImportResult).items[0]
    expect(updated).toMatchObject({ id: productId, outcome: 'updated', withdrawnSkus: [`${r}-C`] })
    expect(updated?.variants.map((v) => [v.sku, v.outcome])).toEqual([
      [`${r}-A`, 'updated'],
      [`${r}-B`, 'updated'],
      [`${r}-D`, 'created'],
    ])
    const rows = await variantsOf(productId)
    expect(rows.map((v) => [v.sku, v.optionValues, v.stock, v.price, v.position, v.deletedAt === null])).toEqual([
      [`${r}-A`, { size: '43', colour: 'black' }, 10, 8999, 0, true],
      [`${r}-B`, { size: '42', colour: 'black' }, 4, 9999, 1, true],
      [`${r}-C`, { size: '44', colour: 'black' }, 4, 8999, 2, false],
      [`${r}-D`, { size: '42', colour: 'white' }, 1, 8999, 2, true],
    ])
    expect(rows.find((v) => v.sku === `${r}-A`)?.id).toBe(idOf(`${r}-A`))
    const [product] = await database().db.select().from(products).where(eq(products.id, productId))
    expect(product).toMatchObject({ stock: 15, price: 8999 })
    // Sent again, the withdrawn SKU is the same variant, back on sale.
    const third = await importItems([shoe(slug, category, [variant(`${r}-C`, '44', 'black', { stock: 7 })])])
    expect(((await third.json()) as ProductImportResult).items[0]?.variants).toEqual([
      { sku: `${r}-C`, id: idOf(`${r}-C`), outcome: 'updated' },
    ])
    const live = (await variantsOf(productId)).filter((v) => v.deletedAt === null)
    expect(live.map((v) => v.sku)).toEqual([`${r}-C`])
    expect((await database().db.select().from(products).where(eq(products.id, productId)))[0]?.stock).toBe(7)
  })

  it('refuses a batch whose variants do not match their options, naming each field, and applies nothing', async () => {
    const category = await newCategory()
    const r = run()
    const taken = await createTestVariantProduct(database().db, { variants: [{ stock: 1 }] })
    const response = await importItems([
      shoe(`good-${r.toLowerCase()}`, category, [variant(`${r}-1`, '42', 'black')]),
      shoe(`bad-${r.toLowerCase()}`, category, [
        variant(`${r}-2`, '42', 'black'),
        variant(`${r}-3`, '45', 'black'),
        variant(`${r}-4`, '42', 'black'),
        variant(`${r}-1`, '43', 'white'),
        variant(taken.skus[0] ?? '', '44', 'white'),
        { sku: `${r}-5`, optionValues: { size: '43' }, price: 100, stock: 1 },
      ]),
    ])
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const problem = (await response.json()) as ProblemDetails
    expect(problem.code).toBe('INVALID_INPUT')
    expect(problem.errors).toEqual([
      { path: 'json.items.1.variants.1.optionValues.size', message: 'unknown value' },
      { path: 'json.items.1.variants.3.sku', message: 'is used by an earlier variant (json.items.0.variants.0)' },
      { path: 'json.items.1.variants.4.sku', message: `belongs to another product (${taken.productId})` },
      { path: 'json.items.1.variants.5.optionValues.colour', message: 'missing: give one value of this option' },
      { path: 'json.items.1.variants.2.optionValues', message: 'is the same combination as variants.0' },
    ])
    const written = await database()
      .db.select()
      .from(productVariants)
      .where(inArray(productVariants.sku, [`${r}-1`, `${r}-2`]))
    expect(written).toEqual([])
  })

  it('puts one product with variants by id', async () => {
    const category = await newCategory()
    const r = run()
    const id = randomUUID()
    const put = async (stock: number) =>
      withKey(app(), await writeKey(), `/api/v1/products/${id}`, {
        method: 'PUT',
        json: shoe(`put-${r.toLowerCase()}`, category, [variant(`${r}-P`, '42', 'black', { stock })]),
      })
    expect((await put(3)).status).toBe(201)
    expect((await put(8)).status).toBe(200)
    expect((await variantsOf(id)).map((v) => [v.sku, v.stock])).toEqual([[`${r}-P`, 8]])
    const bad = await withKey(app(), await writeKey(), `/api/v1/products/${id}`, {
      method: 'PUT',
      json: shoe(`put-${r.toLowerCase()}`, category, [variant(`${r}-P`, '42', 'grey')]),
    })
    expect(((await bad.json()) as ProblemDetails).errors).toEqual([
      { path: 'json.variants.0.optionValues.colour', message: 'unknown value' },
    ])
  })

  it('sets stock by SKU, all or nothing, naming each unknown, withdrawn or repeated SKU', async () => {
    const category = await newCategory()
    const r = run()
    const slug = `stock-${r.toLowerCase()}`
    const created = await importItems([
      shoe(slug, category, [variant(`${r}-A`, '42', 'black'), variant(`${r}-B`, '43', 'black')]),
    ])
    const productId = ((await created.json()) as ProductImportResult).items[0]?.id ?? ''
    await importItems([shoe(slug, category, [variant(`${r}-A`, '42', 'black')])])
    const setStock = async (items: unknown[]) =>
      withKey(app(), await writeKey(), '/api/v1/stock:set', { method: 'POST', json: { items } })

    const refused = await setStock([
      { sku: `${r}-A`, stock: 1 },
      { sku: `${r}-B`, stock: 1 },
      { sku: `${r}-NONE`, stock: 1 },
      { sku: `${r}-A`, stock: 2 },
      { sku: `${r}-A`, stock: -1 },
    ])
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as ProblemDetails).errors?.map((e) => e.path)).toEqual(['json.items.4.stock'])
    const unknown = await setStock([
      { sku: `${r}-A`, stock: 1 },
      { sku: `${r}-B`, stock: 1 },
      { sku: `${r}-NONE`, stock: 1 },
      { sku: `${r}-A`, stock: 2 },
    ])
    expect(((await unknown.json()) as ProblemDetails).errors).toEqual([
      { path: 'json.items.1.sku', message: 'names no variant on sale' },
      { path: 'json.items.2.sku', message: 'names no variant on sale' },
      { path: 'json.items.3.sku', message: 'is used by an earlier item (json.items.0)' },
    ])
    expect((await variantsOf(productId)).map((v) => v.stock)).toEqual([4, 4])

    const before = (await database().db.select().from(products).where(eq(products.id, productId)))[0]
    const saved = await setStock([{ sku: `${r}-A`, stock: 12 }])
    expect(saved.status).toBe(200)
    expect(await saved.json()).toEqual({
      items: [
        { index: 0, sku: `${r}-A`, variantId: expect.any(String), productId, stock: 12, revision: expect.any(Number) },
      ],
    })
    const [after] = await database().db.select().from(products).where(eq(products.id, productId))
    expect(after?.stock).toBe(12)
    expect(after?.version).toBeGreaterThan(before?.version ?? Number.POSITIVE_INFINITY)
    const readOnly = await issueApiKey(await signedInAdmin(app(), database().db, config), { scopes: ['catalog:read'] })
    const forbidden = await withKey(app(), readOnly.token, '/api/v1/stock:set', {
      method: 'POST',
      json: { items: [{ sku: `${r}-A`, stock: 0 }] },
    })
    expect(forbidden.status).toBe(403)
  })
  it('refuses an old absolute stock against the revision read before a sale, and keeps sold units sold with a delta', async () => {
    const category = await newCategory()
    const r = run()
    const created = await importItems([
      shoe(`erp-${r.toLowerCase()}`, category, [variant(`${r}-A`, '42', 'black'), variant(`${r}-B`, '43', 'black')]),
    ])
    const productId = ((await created.json()) as ProductImportResult).items[0]?.id ?? ''
    const setStock = async (items: unknown[]) =>
      withKey(app(), await writeKey(), '/api/v1/stock:set', { method: 'POST', json: { items } })
    const stocks = async () => (await variantsOf(productId)).map((v) => v.stock)

    // The ERP reads the variant (stock 4 and its revision) from the product list …
    const read = await exportedVariant(productId, `${r}-A`)
    expect(read.stock).toBe(4)
    // … then a shopper buys one of it (checkout reserves the unit: stock 3).
    const shopper = createTestBrowser(app())
    await fillCartWithVariants(shopper, [[asProductId(productId), asVariantId(read.id), 1]])
    await orderOf(await postCheckout(shopper))
    expect(await stocks()).toEqual([3, 4])

    // The ERP resends its old count with the revision it read: refused, nothing changed, the body says what is now.
    const stale = await setStock([
      { sku: `${r}-B`, stock: 9 },
      { sku: `${r}-A`, stock: 4, expectedRevision: read.revision },
    ])
    expect(stale.status).toBe(409)
    const problem = (await stale.json()) as ProblemDetails & { conflicts: StockSetConflict[] }
    const now = (await variantsOf(productId))[0]
    expect(problem.code).toBe('EDIT_CONFLICT')
    expect(problem.errors).toEqual([
      { path: 'json.items.1.expectedRevision', message: `the variant is at revision ${now?.revision} now (stock 3)` },
    ])
    expect(problem.conflicts).toEqual([{ index: 1, sku: `${r}-A`, stock: 3, revision: now?.revision }])
    expect(await stocks()).toEqual([3, 4])

    // A delivery of 5 as a delta: the unit sold stays sold.
    const delivered = await setStock([{ sku: `${r}-A`, delta: 5 }])
    expect(delivered.status).toBe(200)
    const [afterDelta] = ((await delivered.json()) as StockSetResult).items
    expect(afterDelta).toMatchObject({ sku: `${r}-A`, stock: 8 })
    expect(await stocks()).toEqual([8, 4])

    // An absolute count at the current revision applies, and answers the next revision.
    const counted = await setStock([{ sku: `${r}-A`, stock: 7, expectedRevision: afterDelta?.revision }])
    expect(counted.status).toBe(200)
    const [afterCount] = ((await counted.json()) as StockSetResult).items
    expect(afterCount?.revision).toBeGreaterThan(afterDelta?.revision ?? Number.POSITIVE_INFINITY)
    expect((await exportedVariant(productId, `${r}-A`)).revision).toBe(afterCount?.revision)

    // A delta below zero: 409 naming the item, the whole batch unchanged.
    const short = await setStock([
      { sku: `${r}-B`, delta: -1 },
      { sku: `${r}-A`, delta: -8 },
    ])
    expect(short.status).toBe(409)
    const shortProblem = (await short.json()) as ProblemDetails & { conflicts: StockSetConflict[] }
    expect(shortProblem.code).toBe('OUT_OF_STOCK')
    expect(shortProblem.errors).toEqual([
      { path: 'json.items.1.delta', message: 'would take the stock below 0 (7 in stock)' },
    ])
    expect(await stocks()).toEqual([7, 4])

    // Without a revision an absolute count still applies (last writer wins), as before.
    expect((await setStock([{ sku: `${r}-B`, stock: 2 }])).status).toBe(200)
    expect(await stocks()).toEqual([7, 2])
  })

  it('takes exactly one of stock or delta per item, and a revision only with stock', async () => {
    const category = await newCategory()
    const r = run()
    await importItems([shoe(`one-of-${r.toLowerCase()}`, category, [variant(`${r}-A`, '42', 'black')])])
    const refused = await withKey(app(), await writeKey(), '/api/v1/stock:set', {
      method: 'POST',
      json: {
        items: [
          { sku: `${r}-A`, stock: 1, delta: 1 },
          { sku: `${r}-A` },
          { sku: `${r}-A`, delta: 1, expectedRevision: 0 },
          { sku: `${r}-A`, delta: 1.5 },
        ],
      },
    })
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as ProblemDetails).errors?.map((e) => e.path)).toEqual([
      'json.items.0.stock',
      'json.items.1.stock',
      'json.items.2.expectedRevision',
      'json.items.3.delta',
    ])
  })
})
