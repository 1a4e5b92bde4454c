/**
 * A discount scoped to collections (decision 0018): the server decides each cart line's collections
 * with the storefront's rule (shared/storefront/collection-rules.ts) over the live products and the
 * published collections, so only in-collection lines are discounted, in the quote and in the order.
 */
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { CheckoutQuote } from '../../shared/checkout/checkout-options.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { Order } from '../../shared/orders/order.ts'
import { type CollectionRule, emptyCollectionRule } from '../../shared/storefront/collection.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { createLogger } from '../platform/logger.ts'
import { insertCollection } from '../storefront/storefront.repository.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, uniqueEmail } from '../test-support/test-browser.ts'
import { fillCart, orderOf, postCheckout, testAddress } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { createTestDiscount } from '../test-support/test-discounts.ts'
import { createTestVariantProduct } from '../test-support/test-variants.ts'

describe.each(await databaseTargets())('collection-scoped discounts on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const admin = { email: uniqueEmail(), password: 'the admin password' }
  const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  const db = () => database().db
  const quote = async (shopper: TestBrowser, discountCode: string) => {
    if (!shopper.csrfToken) await shopper.session()
    const response = await shopper.request('/api/checkout/quote', {
      method: 'POST',
      json: { shippingAddress: { country: 'DE' }, shippingMethod: 'standard', discountCode },
    })
    expect(response.status).toBe(200)
    return (await response.json()) as CheckoutQuote
  }
  const collection = async (
    fields: { kind: 'rule'; rule: CollectionRule } | { kind: 'manual'; productIds: string[] },
    published = true,
  ) => {
    const slug = `k-${randomUUID()}`
    const row = await insertCollection(db(), {
      slug,
      title: { en: slug, de: slug },
      description: { en: '', de: '' },
      rule: fields.kind === 'rule' ? fields.rule : emptyCollectionRule,
      productIds: fields.kind === 'manual' ? fields.productIds : [],
      kind: fields.kind,
      position: 0,
      published,
    })
    return row.id
  }
  const percentOffCollections = (collectionIds: string[]) =>
    createTestDiscount(db(), {
      benefit: { kind: 'percentage', basisPoints: 2000 },
      scope: { kind: 'collection', collectionIds },
    })

  it('discounts only the lines of a cart in the collection, in the quote and in the order', async () => {
    const sale = await createTestVariantProduct(db(), { variants: [{ stock: 10, price: 1000, compareAtPrice: 1500 }] })
    const full = await createTestVariantProduct(db(), { variants: [{ stock: 10, price: 3000 }] })
    const picked = await createTestVariantProduct(db(), { variants: [{ stock: 10, price: 2000 }] })
    const onSale = await collection({ kind: 'rule', rule: { ...emptyCollectionRule, onSale: true } })
    const picks = await collection({ kind: 'manual', productIds: [picked.productId] })
    const shopper = createTestBrowser(app())
    await fillCart(shopper, [
      [sale.productId, 2],
      [full.productId, 1],
      [picked.productId, 1],
    ])

    const { code } = await percentOffCollections([onSale])
    const applied = await quote(shopper, code ?? '')
    expect(applied.discountRefusal).toBeNull()
    // 20 % of the on-sale line only (2 × 1000).
    expect(applied.totals.discount).toBe(400)
    const shares = new Map<string, number>(applied.discount?.allocation.map((a) => [a.variantId, a.amount]))
    expect(shares.get(sale.variantIds[0] ?? '')).toBe(400)
    expect(shares.get(full.variantIds[0] ?? '')).toBe(0)
    expect(shares.get(picked.variantIds[0] ?? '')).toBe(0)

    const either = await percentOffCollections([onSale, picks])
    expect((await quote(shopper, either.code ?? '')).totals.discount).toBe(800)

    const response = await postCheckout(shopper, {
      body: {
        email: 'guest@example.com',
        shippingAddress: testAddress,
        shippingMethod: 'standard',
        discountCode: code,
      },
    })
    const order: Order = await orderOf(response)
    expect(order.discount).toMatchObject({ code, amount: 400 })
    const lineDiscounts = Object.fromEntries(order.lines.map((line) => [line.variantId, line.discount ?? 0]))
    expect(lineDiscounts).toEqual({
      [sale.variantIds[0] ?? '']: 400,
      [full.variantIds[0] ?? '']: 0,
      [picked.variantIds[0] ?? '']: 0,
    })
  })

  it('refuses a code whose collections hold none of the cart, or are not published', async () => {
    const product = await createTestVariantProduct(db(), { variants: [{ stock: 10, price: 1000 }] })
    const shopper = createTestBrowser(app())
    await fillCart(shopper, [[product.productId, 1]])
    const elsewhere = await collection({ kind: 'manual', productIds: [randomUUID()] })
    const draft = await collection({ kind: 'manual', productIds: [product.productId] }, false)
    for (const collectionId of [elsewhere, draft]) {
      const { code } = await percentOffCollections([collectionId])
      expect(await quote(shopper, code ?? '')).toMatchObject({
        discount: null,
        discountRefusal: 'DISCOUNT_NOT_APPLICABLE',
      })
    }
  })

  it('lets the admin create a collection-scoped code, and names the field of a scope it does not know', async () => {
    await ensureAdmin({ db: db(), config, logger: createLogger('silent') })
    const adminBrowser = createTestBrowser(app())
    expect((await adminBrowser.signIn(admin)).status).toBe(200)
    const collectionId = await collection({ kind: 'rule', rule: { ...emptyCollectionRule, onSale: true } })
    const body = { code: null, title: '20% off the sale', benefit: { kind: 'percentage', basisPoints: 2000 } }
    const created = await adminBrowser.request('/api/admin/discounts', {
      method: 'POST',
      json: { ...body, scope: { kind: 'collection', collectionIds: [collectionId] } },
    })
    expect(created.status).toBe(201)
    expect(await created.json()).toMatchObject({ scope: { kind: 'collection', collectionIds: [collectionId] } })
    const bad = await adminBrowser.request('/api/admin/discounts', {
      method: 'POST',
      json: { ...body, scope: { kind: 'collection', collectionIds: ['on-sale'] } },
    })
    expect(bad.status).toBe(400)
    const paths = ((await bad.json()) as ProblemDetails).errors?.map((e) => e.path)
    expect(paths).toEqual(['json.scope.collectionIds.0'])
    const bySlug = await adminBrowser.request('/api/admin/discounts', {
      method: 'POST',
      json: { ...body, scope: { kind: 'collection', slugs: ['on-sale'] } },
    })
    expect(bySlug.status).toBe(400)
    const slugPaths = ((await bySlug.json()) as ProblemDetails).errors?.map((e) => e.path)
    expect(slugPaths).toEqual(expect.arrayContaining(['json.scope.collectionIds']))
  })
})
