/**
 * Migration 0012 (issue 13) on a database the previous release filled: every product becomes its own
 * default variant, and carts, wishlists, orders and the stock reservations of unpaid orders move onto
 * those variants with nothing lost.
 */
import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findLiveProductBySlug } from '../catalog/catalog.repository.ts'
import { releaseStock } from '../orders/orders.repository.ts'
import { migrateDatabase, rowsOf } from '../platform/migrate.ts'
import { databaseTargets, type TestDatabase } from '../test-support/test-database.ts'

/** Migrations 0000–0011: the schema before variants. */
const migrationsBeforeVariants = 12

const ids = {
  category: randomUUID(),
  lamp: randomUUID(),
  retired: randomUUID(),
  shopper: randomUUID(),
  unpaidOrder: randomUUID(),
  paidOrder: randomUUID(),
}

describe.each(await databaseTargets())('migration to product variants on $name', (target) => {
  if (target.skipReason) {
    it.skip(target.skipReason, () => {})
    return
  }
  let database: TestDatabase
  const rows = async (query: ReturnType<typeof sql>) => rowsOf(await database.db.execute(query))

  beforeAll(async () => {
    database = await target.openEmpty()
    await migrateDatabase(database.db, { schema: database.schema, upTo: migrationsBeforeVariants })
    await fillAsThePreviousReleaseDid(database)
    await migrateDatabase(database.db, { schema: database.schema })
  })
  afterAll(async () => {
    await database?.dispose()
  })

  it('gives every product, withdrawn ones too, one variant with its stock, price and slug as SKU', async () => {
    const variants = await rows(sql`
      select p.slug, v.sku, v.stock, v.price, v.option_values, v.deleted_at is not null as deleted
      from product_variants v join products p on p.id = v.product_id order by p.slug`)
    expect(variants).toEqual([
      { slug: 'desk-lamp', sku: 'DESK-LAMP', stock: 7, price: 4999, option_values: {}, deleted: false },
      { slug: 'old-kettle', sku: 'OLD-KETTLE', stock: 2, price: 1999, option_values: {}, deleted: true },
    ])
    const products = await rows(sql`select slug, stock, price from products order by slug`)
    expect(products).toEqual([
      { slug: 'desk-lamp', stock: 7, price: 4999 },
      { slug: 'old-kettle', stock: 2, price: 1999 },
    ])
  })

  it('moves the cart line and the wishlist item onto the default variant, quantities kept', async () => {
    const [variant] = await rows(sql`select id from product_variants where product_id = ${ids.lamp}`)
    expect(await rows(sql`select variant_id, quantity from cart_lines where shopper_id = ${ids.shopper}`)).toEqual([
      { variant_id: (variant as { id: string }).id, quantity: 3 },
    ])
    expect(await rows(sql`select variant_id from wishlist_items where shopper_id = ${ids.shopper}`)).toEqual([
      { variant_id: (variant as { id: string }).id },
    ])
  })

  it('names the variant and its SKU on every order line, of orders of withdrawn products too', async () => {
    const lines = await rows(sql`
      select o.status, l.sku, l.quantity, l.options, v.product_id = l.product_id as same_product
      from order_lines l join orders o on o.id = l.order_id join product_variants v on v.id = l.variant_id
      order by o.status`)
    expect(lines).toEqual([
      { status: 'paid', sku: 'OLD-KETTLE', quantity: 1, options: [], same_product: true },
      { status: 'pending_payment', sku: 'DESK-LAMP', quantity: 2, options: [], same_product: true },
    ])
  })

  it('returns an unpaid order’s reservation to the variant, and the product follows', async () => {
    await database.db.transaction((tx) => releaseStock(tx, ids.unpaidOrder))
    expect(await rows(sql`select stock from product_variants where product_id = ${ids.lamp}`)).toEqual([{ stock: 9 }])
    expect(await rows(sql`select stock from products where id = ${ids.lamp}`)).toEqual([{ stock: 9 }])
  })

  it('serves the product with its one variant through the catalog', async () => {
    const product = await findLiveProductBySlug(database.db, 'desk-lamp')
    expect(product?.options).toEqual([])
    expect(product?.variants).toMatchObject([{ sku: 'DESK-LAMP', stock: 9, price: 4999, optionValues: {} }])
  })

  it('refuses a write of a product’s stock or price that would bypass its variants', async () => {
    await expect(database.db.execute(sql`update products set stock = 100 where id = ${ids.lamp}`)).rejects.toThrow()
    await expect(database.db.execute(sql`update products set price = 1 where id = ${ids.lamp}`)).rejects.toThrow()
    expect(await rows(sql`select stock, price from products where id = ${ids.lamp}`)).toEqual([
      { stock: 9, price: 4999 },
    ])
  })
})

/** Rows as the release before variants wrote them: product stock, product-keyed cart and order lines. */
async function fillAsThePreviousReleaseDid(database: TestDatabase): Promise<void> {
  const { db } = database
  await db.execute(sql`
    insert into categories (id, slug, name, description, position)
    values (${ids.category}, 'home', 'Home', 'Things for the home', 0)`)
  await db.execute(sql`
    insert into products (id, slug, name, description, brand, category_id, price, currency, stock, deleted_at)
    values (${ids.lamp}, 'desk-lamp', 'Desk Lamp', 'A lamp', 'Lumo', ${ids.category}, 4999, 'EUR', 7, null),
      (${ids.retired}, 'old-kettle', 'Old Kettle', 'A kettle', 'Boil', ${ids.category}, 1999, 'EUR', 2, now())`)
  await db.execute(sql`insert into shoppers (id) values (${ids.shopper})`)
  await db.execute(sql`
    insert into cart_lines (shopper_id, product_id, quantity, changed_at, added_at)
    values (${ids.shopper}, ${ids.lamp}, 3, 1, 1)`)
  await db.execute(sql`
    insert into wishlist_items (shopper_id, product_id, changed_at, added_at) values (${ids.shopper}, ${ids.lamp}, 1, 1)`)
  const address = JSON.stringify({ name: 'Ada', line1: '1 Street', postalCode: '10115', city: 'Berlin', country: 'DE' })
  await db.execute(sql`
    insert into orders (id, shopper_id, email, status, currency, items_total, shipping_total, tax_total, grand_total,
      shipping_method, shipping_address, idempotency_key, reservation_expires_at)
    values
      (${ids.unpaidOrder}, ${ids.shopper}, 'ada@example.com', 'pending_payment', 'EUR', 9998, 0, 0, 9998,
        'standard', ${address}::jsonb, ${randomUUID()}, now() + interval '30 minutes'),
      (${ids.paidOrder}, ${ids.shopper}, 'ada@example.com', 'paid', 'EUR', 1999, 0, 0, 1999,
        'standard', ${address}::jsonb, ${randomUUID()}, null)`)
  await db.execute(sql`
    insert into order_lines (order_id, product_id, name, unit_price, quantity, line_total)
    values (${ids.unpaidOrder}, ${ids.lamp}, 'Desk Lamp', 4999, 2, 9998),
      (${ids.paidOrder}, ${ids.retired}, 'Old Kettle', 1999, 1, 1999)`)
}
