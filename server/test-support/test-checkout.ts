/** Checkout steps for tests: a product of its own with a given stock, a filled cart, checkout and payment. */
import { randomUUID } from 'node:crypto'
import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import { asProductId, asVariantId, type ProductId, type VariantId } from '../../shared/ids.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import type { Order } from '../../shared/orders/order.ts'
import { products, productVariants } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import type { TestBrowser } from './test-browser.ts'
import { createTestVariantProduct } from './test-variants.ts'

export const testAddress = {
  name: 'Ada Lovelace',
  line1: '12 Analytical Street',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
} as const

/**
 * A product of the test's own (in a category of its own), so tests never share stock, sold in one
 * form: one variant carries its stock and price (DESIGN §10), in minor units of `currency` (EUR
 * unless given; a cart of it checks out in that currency).
 */
export async function createTestProduct(
  db: Db,
  input: { stock: number; price?: number; currency?: CurrencyCode },
): Promise<ProductId> {
  const { productId } = await createTestVariantProduct(db, {
    variants: [{ stock: input.stock, price: input.price ?? 1000 }],
  })
  if (input.currency) await db.update(products).set({ currency: input.currency }).where(eq(products.id, productId))
  return productId
}

/** Live products of the seeded catalog sold in one form (one variant), in id order: a cart change needs no size. */
export async function productsSoldInOneForm(db: Db, count: number): Promise<ProductId[]> {
  const rows = await db
    .select({ id: products.id })
    .from(products)
    .innerJoin(productVariants, eq(productVariants.productId, products.id))
    .where(and(isNull(products.deletedAt), isNull(productVariants.deletedAt)))
    .groupBy(products.id)
    .having(sql`count(*) = 1`)
    .orderBy(asc(products.id))
    .limit(count)
  if (rows.length < count) throw new Error(`fewer than ${count} products sold in one form`)
  return rows.map((row) => asProductId(row.id))
}

/** The variant of a product sold in one form. */
export async function onlyVariantOf(db: Db, productId: ProductId): Promise<VariantId> {
  const rows = await db
    .select({ id: productVariants.id })
    .from(productVariants)
    .where(eq(productVariants.productId, productId))
  if (rows.length !== 1 || !rows[0]) throw new Error(`product ${productId} has ${rows.length} variants, not one`)
  return asVariantId(rows[0].id)
}

/** Units in stock of a product: the sum over its variants, as the roll-up trigger keeps it. */
export async function stockOf(db: Db, productId: ProductId): Promise<number> {
  const [row] = await db.select({ stock: products.stock }).from(products).where(eq(products.id, productId))
  if (!row) throw new Error(`no product ${productId}`)
  return row.stock
}

export async function variantStockOf(db: Db, variantId: VariantId): Promise<number> {
  const [row] = await db
    .select({ stock: productVariants.stock })
    .from(productVariants)
    .where(eq(productVariants.id, variantId))
  if (!row) throw new Error(`no variant ${variantId}`)
  return row.stock
}

/** Sets the stock of every variant of a product (one, for a product sold in one form). */
export async function setStock(db: Db, productId: ProductId | string, stock: number): Promise<void> {
  await db.update(productVariants).set({ stock }).where(eq(productVariants.productId, productId))
}

/** Sets the price of every variant of a product (one, for a product sold in one form). */
export async function setPrice(db: Db, productId: ProductId | string, price: number): Promise<void> {
  await db.update(productVariants).set({ price }).where(eq(productVariants.productId, productId))
}

export async function fillCart(browser: TestBrowser, lines: readonly [ProductId, number][]): Promise<void> {
  const result = await browser.push(
    lines.map(([productId, quantity]) => ({ kind: 'cart.set_quantity', productId, quantity })),
  )
  const refused = result.outcomes.filter((o) => o.status !== 'applied')
  if (refused.length > 0) throw new Error(`cart not filled: ${JSON.stringify(refused)}`)
}

/** Fills the cart with lines that name their variant, as today's clients send them. */
export async function fillCartWithVariants(
  browser: TestBrowser,
  lines: readonly (readonly [ProductId, VariantId, number])[],
): Promise<void> {
  const result = await browser.push(
    lines.map(([productId, variantId, quantity]) => ({ kind: 'cart.set_quantity', productId, variantId, quantity })),
  )
  const refused = result.outcomes.filter((o) => o.status !== 'applied')
  if (refused.length > 0) throw new Error(`cart not filled: ${JSON.stringify(refused)}`)
}

export async function postCheckout(
  browser: TestBrowser,
  options: { key?: string; body?: Record<string, unknown> } = {},
): Promise<Response> {
  if (!browser.csrfToken) await browser.session()
  return browser.request('/api/checkout', {
    method: 'POST',
    headers: { 'idempotency-key': options.key ?? randomUUID() },
    json: options.body ?? { email: 'guest@example.com', shippingAddress: testAddress, shippingMethod: 'standard' },
  })
}

export async function postPay(browser: TestBrowser, orderId: string, cardNumber: string): Promise<Response> {
  return browser.request(`/api/orders/${orderId}/pay`, {
    method: 'POST',
    json: { cardNumber, expiry: '12/34', cvc: '123' },
  })
}

export async function orderOf(response: Response): Promise<Order> {
  if (response.status >= 300) throw new Error(`expected an order, got ${response.status}: ${await response.text()}`)
  return (await response.json()) as Order
}
