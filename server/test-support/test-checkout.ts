/** Checkout steps for tests: a product of its own with a given stock, a filled cart, checkout and payment. */
import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { asProductId, type ProductId } from '../../shared/ids.ts'
import type { Order } from '../../shared/orders/order.ts'
import { categories, products } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import type { TestBrowser } from './test-browser.ts'

export const testAddress = {
  name: 'Ada Lovelace',
  line1: '12 Analytical Street',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
} as const

/** A product of the test's own (in a category of its own), so tests never share stock. */
export async function createTestProduct(db: Db, input: { stock: number; price?: number }): Promise<ProductId> {
  const categoryId = randomUUID()
  const id = randomUUID()
  await db
    .insert(categories)
    .values({ id: categoryId, slug: `c-${categoryId}`, name: 'Test', description: 'Test', position: 0 })
  await db.insert(products).values({
    id,
    slug: `p-${id}`,
    name: `Test product ${id.slice(0, 8)}`,
    description: 'A product made by a test',
    brand: 'Test',
    categoryId,
    price: input.price ?? 1000,
    currency: 'EUR',
    stock: input.stock,
  })
  return asProductId(id)
}

export async function stockOf(db: Db, productId: ProductId): Promise<number> {
  const [row] = await db.select({ stock: products.stock }).from(products).where(eq(products.id, productId))
  if (!row) throw new Error(`no product ${productId}`)
  return row.stock
}

export async function fillCart(browser: TestBrowser, lines: readonly [ProductId, number][]): Promise<void> {
  const result = await browser.push(
    lines.map(([productId, quantity]) => ({ kind: 'cart.set_quantity', productId, quantity })),
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
