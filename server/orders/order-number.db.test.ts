/**
 * Order numbers (issue 14): the migration numbers the orders a previous release left in creation
 * order from 10001 and the sequence continues after them; checkouts then take the next numbers,
 * and a repeated idempotency key answers the order with the number it already has.
 */
import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateDatabase, rowsOf } from '../platform/migrate.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout } from '../test-support/test-checkout.ts'
import { databaseTargets, type TestDatabase, useTestDatabase } from '../test-support/test-database.ts'

/** Migrations 0000–0013: the schema before order numbers. */
const migrationsBeforeOrderNumbers = 14

describe.each(await databaseTargets())('order numbers after the migration on $name', (target) => {
  if (target.skipReason) {
    it.skip(target.skipReason, () => {})
    return
  }
  let database: TestDatabase
  const rows = async (query: ReturnType<typeof sql>) => rowsOf(await database.db.execute(query))
  // Inserted in another order than they were placed in: the backfill must follow created_at.
  const placed = [
    { id: randomUUID(), createdAt: '2024-03-02T10:00:00Z' },
    { id: randomUUID(), createdAt: '2024-03-01T10:00:00Z' },
    { id: randomUUID(), createdAt: '2024-03-03T10:00:00Z' },
  ]

  beforeAll(async () => {
    database = await target.openEmpty()
    await migrateDatabase(database.db, { schema: database.schema, upTo: migrationsBeforeOrderNumbers })
    for (const order of placed) await insertOldOrder(order)
    await migrateDatabase(database.db, { schema: database.schema })
  })
  afterAll(async () => {
    await database?.dispose()
  })

  async function insertOldOrder(order: { id: string; createdAt: string }): Promise<void> {
    await database.db.execute(sql`
      insert into orders (id, email, status, currency, items_total, shipping_total, tax_total, grand_total,
                          shipping_method, shipping_address, idempotency_key, created_at)
      values (${order.id}, 'old@example.com', 'paid', 'EUR', 1000, 495, 0, 1495, 'standard',
              ${JSON.stringify({ name: 'A', line1: 'B 1', postalCode: '10115', city: 'Berlin', country: 'DE' })}::jsonb,
              ${randomUUID()}, ${order.createdAt}::timestamptz)`)
  }

  it('numbers the existing orders in the order they were placed, from 10001', async () => {
    const numbered = await rows(sql`select id, order_number::int as number from orders order by created_at`)
    expect(numbered).toEqual([
      { id: placed[1]!.id, number: 10001 },
      { id: placed[0]!.id, number: 10002 },
      { id: placed[2]!.id, number: 10003 },
    ])
  })

  it('gives the next order the number after the last one, and never one twice', async () => {
    const [next] = await rows(sql`
      insert into orders (email, status, currency, items_total, shipping_total, tax_total, grand_total,
                          shipping_method, shipping_address, idempotency_key)
      values ('new@example.com', 'pending_payment', 'EUR', 1000, 495, 0, 1495, 'standard', '{}'::jsonb, ${randomUUID()})
      returning order_number::int as number`)
    expect(next).toEqual({ number: 10004 })
    await expect(
      database.db.execute(sql`update orders set order_number = 10001 where id = ${placed[0]!.id}`),
    ).rejects.toThrow()
  })
})

describe.each(await databaseTargets())('order numbers at checkout on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, testConfig({ TRUST_PROXY: 'true' }))
    return testApp
  }

  it('gives checkouts one after the other consecutive numbers, and a repeated key the same one', async () => {
    const placeOrder = async (key = randomUUID()) => {
      const shopper = createTestBrowser(app())
      await fillCart(shopper, [[await createTestProduct(database().db, { stock: 5 }), 1]])
      return { shopper, key, order: await orderOf(await postCheckout(shopper, { key })) }
    }
    const first = await placeOrder()
    const second = await placeOrder()
    expect(first.order.number).toBeGreaterThan(10_000)
    expect(second.order.number).toBe(first.order.number + 1)
    const again = await orderOf(await postCheckout(first.shopper, { key: first.key }))
    expect(again).toMatchObject({ id: first.order.id, number: first.order.number })
  })
})
