/**
 * Stores the demo reviews (demo-reviews.ts) in the seeder's transaction: the demo customers, the
 * delivered orders behind "verified purchase", the reviews (published), their votes, and each
 * reviewed product's star counts recounted from the stored reviews — so the counts are exact by
 * construction, as the review services keep them afterwards. One statement per table, its rows as
 * one JSON parameter (as the catalog's seed does), so the seed stays fast.
 */
import { sql } from 'drizzle-orm'
import type { Db } from '../platform/db.ts'
import type { DemoCatalog } from './demo-catalog.ts'
import { type DemoReviews, generateDemoReviews } from './demo-reviews.ts'

export async function insertDemoReviews(tx: Db, catalog: DemoCatalog): Promise<DemoReviews> {
  const demo = generateDemoReviews(catalog)
  await tx.execute(sql`
    insert into users (id, email, name, role, password_hash, created_at)
    select id, email, name, 'customer', "passwordHash", "createdAt"
    from jsonb_to_recordset(${JSON.stringify(demo.customers)}::jsonb)
      as u(id uuid, email text, name text, "passwordHash" text, "createdAt" timestamptz)
    on conflict do nothing`)
  await insertDemoOrders(tx, demo)
  await tx.execute(sql`
    insert into reviews (id, product_id, user_id, rating, title, body, status, verified_purchase, author_name,
      locale, helpful_count, unhelpful_count, reply_body, replied_at, created_at, updated_at, published_at)
    select id, "productId", "userId", rating, title, body, 'published', "verifiedPurchase", "authorName",
      locale, "helpfulCount", "unhelpfulCount", "replyBody", "repliedAt", "publishedAt",
      coalesce("repliedAt", "publishedAt"), "publishedAt"
    from jsonb_to_recordset(${JSON.stringify(demo.reviews)}::jsonb)
      as r(id uuid, "productId" uuid, "userId" uuid, rating int, title text, body text, "verifiedPurchase" boolean,
        "authorName" text, locale text, "helpfulCount" int, "unhelpfulCount" int, "replyBody" text,
        "repliedAt" timestamptz, "publishedAt" timestamptz)
    on conflict do nothing`)
  await tx.execute(sql`
    insert into review_votes (review_id, user_id, helpful, created_at)
    select v."reviewId", v."userId", v.helpful, r.published_at + interval '2 days'
    from jsonb_to_recordset(${JSON.stringify(demo.votes)}::jsonb) as v("reviewId" uuid, "userId" uuid, helpful boolean)
    join reviews r on r.id = v."reviewId"
    on conflict do nothing`)
  const reviewed = [...new Set(demo.reviews.map((review) => review.productId))]
  await tx.execute(sql`
    update products p set rating_counts = c.counts
    from (
      select product_id, array[
        count(*) filter (where rating = 1), count(*) filter (where rating = 2), count(*) filter (where rating = 3),
        count(*) filter (where rating = 4), count(*) filter (where rating = 5)
      ]::integer[] as counts
      from reviews
      where status = 'published'
        and product_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(reviewed)}::jsonb))
      group by product_id
    ) c
    where p.id = c.product_id`)
  return demo
}

/** Delivered, paid with the built-in test provider, long ago: nothing for the shop to do. */
async function insertDemoOrders(tx: Db, demo: DemoReviews): Promise<void> {
  const orders = JSON.stringify(demo.orders)
  await tx.execute(sql`
    insert into orders (id, user_id, email, status, currency, items_total, shipping_total, tax_total, grand_total,
      shipping_method, shipping_address, idempotency_key, payment_provider, payment_status, locale, shipped_at,
      delivered_at, created_at, updated_at)
    select id, "userId", email, 'delivered', currency, "itemsTotal", "shippingTotal", "taxTotal", "grandTotal",
      'standard', "shippingAddress", id, 'test', 'succeeded', locale, "shippedAt", "deliveredAt", "createdAt",
      "deliveredAt"
    from jsonb_to_recordset(${orders}::jsonb)
      as o(id uuid, "userId" uuid, email text, currency text, "itemsTotal" int, "shippingTotal" int, "taxTotal" int,
        "grandTotal" int, "shippingAddress" jsonb, locale text, "shippedAt" timestamptz, "deliveredAt" timestamptz,
        "createdAt" timestamptz)
    -- In the order they were placed, so their numbers run with time as a shop's do.
    order by "createdAt", id
    on conflict do nothing`)
  await tx.execute(sql`
    insert into order_lines (order_id, product_id, variant_id, sku, name, unit_price, quantity, line_total)
    select o.id, (o.line ->> 'productId')::uuid, (o.line ->> 'variantId')::uuid, o.line ->> 'sku', o.line ->> 'name',
      (o.line ->> 'unitPrice')::int, 1, (o.line ->> 'unitPrice')::int
    from jsonb_to_recordset(${orders}::jsonb) as o(id uuid, line jsonb)
    on conflict do nothing`)
}
