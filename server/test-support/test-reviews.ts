/**
 * Reviews for tests: accounts made straight in the tables (aged past the new-account hold unless
 * asked), each with a live session to call the API as, orders that make a purchase verified, and
 * the deps the review services take.
 */
import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { UserId } from '../../shared/account/user.ts'
import type { ProductId } from '../../shared/ids.ts'
import type { OrderStatus } from '../../shared/orders/order-status.ts'
import { issueSession } from '../account/session.service.ts'
import { orderLines, orders, productVariants, users } from '../db/schema.ts'
import type { Config } from '../env.ts'
import { createInProcessBus } from '../platform/bus.ts'
import type { Db } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import type { ReviewAuthor, ReviewDeps } from '../reviews/reviews.service.ts'
import { ensureAccountShopper } from '../shopper/shopper.repository.ts'

const dayMs = 24 * 60 * 60_000

export function reviewDeps(db: Db, clock: () => Date = () => new Date()): ReviewDeps {
  return { db, bus: createInProcessBus(), logger: createLogger('silent'), clock }
}

/** Accounts created `ageDays` ago (default 2: past the new-account hold), inserted in one statement. */
export async function createReviewers(
  db: Db,
  count: number,
  options: { ageDays?: number; name?: string } = {},
): Promise<ReviewAuthor[]> {
  const createdAt = new Date(Date.now() - (options.ageDays ?? 2) * dayMs)
  const rows = Array.from({ length: count }, () => {
    const id = randomUUID()
    return {
      id,
      email: `reviewer-${id}@example.com`,
      name: options.name ?? 'Anna Maria Kowalski',
      passwordHash: 'scrypt$not-a-real-hash',
      createdAt,
    }
  })
  await db.insert(users).values(rows)
  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.createdAt.toISOString() }))
}

type Fetcher = { request: (path: string, init: RequestInit) => Response | Promise<Response> }

/** A signed-in browser of `author`: its session cookie and CSRF token on every request. */
export async function signedInAs(app: Fetcher, db: Db, config: Config, author: ReviewAuthor) {
  const shopperId = await ensureAccountShopper(db, author.id)
  const user = {
    id: author.id as UserId,
    email: `reviewer-${author.id}@example.com`,
    name: author.name,
    role: 'customer' as const,
    locale: null,
    createdAt: author.createdAt,
    emailVerified: false,
  }
  const session = await issueSession({ config, clock: () => new Date() }, db, shopperId, user)
  return {
    author,
    request: (path: string, init: RequestInit & { json?: unknown } = {}) => {
      const headers = new Headers(init.headers)
      headers.set('cookie', `sf_session=${session.token}`)
      headers.set('x-csrf-token', session.csrfToken)
      let body = init.body
      if (init.json !== undefined) {
        headers.set('content-type', 'application/json')
        body = JSON.stringify(init.json)
      }
      return app.request(path, { ...init, headers, body })
    },
  }
}

/** An order of the account with one line of the product's first variant, in `status`, refunded by `refundedTotal`. */
export async function createOrderOf(
  db: Db,
  userId: string,
  productId: ProductId,
  status: OrderStatus,
  refundedTotal = 0,
): Promise<void> {
  const [variant] = await db.select().from(productVariants).where(eq(productVariants.productId, productId))
  if (!variant) throw new Error(`product ${productId} has no variant`)
  const orderId = randomUUID()
  await db.insert(orders).values({
    id: orderId,
    userId,
    email: 'buyer@example.com',
    status,
    currency: 'EUR',
    itemsTotal: 1000,
    shippingTotal: 0,
    taxTotal: 0,
    grandTotal: 1000,
    refundedTotal,
    shippingMethod: 'standard',
    shippingAddress: { name: 'A B', line1: 'Street 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
    idempotencyKey: randomUUID(),
  })
  await db.insert(orderLines).values({
    orderId,
    productId,
    variantId: variant.id,
    sku: variant.sku,
    name: 'Test',
    unitPrice: 1000,
    quantity: 1,
    lineTotal: 1000,
  })
}
