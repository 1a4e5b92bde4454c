/**
 * A shop-sized data set for query plans (server/observability/query-plans.db.test.ts): 100k
 * products, 20k shoppers, 50k orders over a year with two lines and a history row each, 50k events
 * and 50k applied mutation ids over the last weeks, and 5k carts. Written with set-based SQL
 * (`insert … select … from generate_series`), so it takes seconds, then ANALYZEd so the planner
 * sees the sizes. Slugs, emails and category slugs are predictable for the requests that follow.
 */
import { sql } from 'drizzle-orm'
import type { Db } from '../platform/db.ts'

export const largeDataset = {
  categories: 50,
  products: 100_000,
  shoppers: 20_000,
  orders: 50_000,
  events: 50_000,
  appliedMutations: 50_000,
  carts: 5_000,
} as const

/** The slug of the n-th generated product (1-based) and of the n-th category. */
export const generatedProductSlug = (n: number) => `gen-p-${n}`
export const generatedCategorySlug = (n: number) => `gen-c-${n}`

export async function fillLargeDataset(db: Db): Promise<void> {
  const n = largeDataset
  await db.execute(sql`
    insert into categories (id, slug, name, description, position)
    select gen_random_uuid(), 'gen-c-' || g, 'Category ' || g, 'Generated', 1000 + g
    from generate_series(1, ${n.categories}) g`)
  // Stock from 0 to 99, so about 6 % are "low" (≤ 5) for the dashboard; one in 50 featured.
  await db.execute(sql`
    with c as (select array_agg(id order by position) as ids from categories where slug like 'gen-c-%')
    insert into products (id, slug, name, description, brand, category_id, price, currency, stock, featured, created_at)
    select gen_random_uuid(), 'gen-p-' || g, 'Product ' || g, 'Generated', 'Brand ' || (g % 40),
      c.ids[1 + g % ${n.categories}], 100 + (g * 37) % 20000, 'EUR', (g * 7) % 100, g % 50 = 0,
      now() - g * interval '5 minutes'
    from generate_series(1, ${n.products}) g, c`)
  // Sold in one form: one variant each, with the stock and price its product already has, so the
  // roll-up trigger (which would rewrite 100k product rows to the same values) is off meanwhile.
  await db.execute(sql`alter table product_variants disable trigger product_variants_roll_up_insert`)
  await db.execute(sql`
    insert into product_variants (id, product_id, sku, price, stock, position)
    select gen_random_uuid(), id, upper(slug), price, stock, 0 from products where slug like 'gen-p-%'`)
  await db.execute(sql`alter table product_variants enable trigger product_variants_roll_up_insert`)
  await db.execute(sql`
    insert into shoppers (id) select gen_random_uuid() from generate_series(1, ${n.shoppers})`)
  // One order every ten minutes back over about a year; one in 100 still awaiting payment.
  await db.execute(sql`
    with s as (select array_agg(id) as ids from shoppers)
    insert into orders (id, shopper_id, email, status, currency, items_total, shipping_total, tax_total,
      grand_total, shipping_method, shipping_address, idempotency_key, reservation_expires_at, created_at, updated_at)
    select gen_random_uuid(), s.ids[1 + g % ${n.shoppers}], 'buyer' || g || '@example.com',
      case when g % 100 = 0 then 'pending_payment' when g % 7 = 0 then 'shipped' else 'delivered' end,
      'EUR', 2000, 495, 0, 2495, 'standard',
      '{"name":"A","line1":"B","postalCode":"1","city":"C","country":"DE"}'::jsonb, gen_random_uuid(),
      case when g % 100 = 0 then now() - g * interval '10 minutes' + interval '30 minutes' end,
      now() - g * interval '10 minutes', now() - g * interval '10 minutes'
    from generate_series(1, ${n.orders}) g, s`)
  // Joined by row number: subscripting three 100k-element arrays per row detoasts them every time.
  await db.execute(sql`
    with v as (
      select id, product_id, sku, row_number() over (order by id) - 1 as n
      from product_variants where sku like 'GEN-P-%'
    ),
    o as (select id, row_number() over (order by id) as g from orders)
    insert into order_lines (order_id, product_id, variant_id, sku, name, unit_price, quantity, line_total)
    select o.id, v.product_id, v.id, v.sku, 'Product', 1000, 1, 1000
    from o cross join (values (1), (2)) as lines (k) join v on v.n = (o.g * k) % ${n.products}`)
  await db.execute(sql`
    insert into order_history (order_id, from_status, to_status, reason, at)
    select id, null, 'pending_payment', 'checkout', created_at from orders`)
  // Events one a minute back over about 35 days, most of them cart changes.
  await db.execute(sql`
    with s as (select array_agg(id) as ids from shoppers)
    insert into events (shopper_id, type, data, created_at)
    select s.ids[1 + g % ${n.shoppers}], case when g % 5 = 0 then 'order.created' else 'cart.updated' end,
      jsonb_build_object('version', g), now() - (${n.events} - g) * interval '1 minute'
    from generate_series(1, ${n.events}) g, s`)
  await db.execute(sql`
    with s as (select array_agg(id) as ids from shoppers)
    insert into applied_mutations (shopper_id, mutation_id, applied_at)
    select s.ids[1 + g % ${n.shoppers}], gen_random_uuid(), now() - g * interval '2 minutes'
    from generate_series(1, ${n.appliedMutations}) g, s`)
  await db.execute(sql`
    with s as (select array_agg(id) as ids from shoppers),
    v as (select id, product_id, row_number() over (order by id) - 1 as n from product_variants)
    insert into cart_lines (shopper_id, product_id, variant_id, quantity, changed_at, added_at)
    select s.ids[g], v.product_id, v.id, 1, g, g
    from generate_series(1, ${n.carts}) g cross join s cross join (values (1), (3)) as lines (k)
      join v on v.n = (g * k) % ${n.products}`)
  // Only this data set's tables: a bare ANALYZE would visit every schema of a shared test database.
  await db.execute(
    sql`analyze categories, products, product_variants, shoppers, orders, order_lines, order_history, events, applied_mutations, cart_lines`,
  )
}
