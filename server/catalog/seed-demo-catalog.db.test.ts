import { asc, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { products, productVariants } from '../db/schema.ts'
import { createLogger } from '../platform/logger.ts'
import { rowsOf } from '../platform/migrate.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { generateDemoCatalog } from './demo-catalog.ts'
import { generateDemoReviews } from './demo-reviews.ts'
import { seedDemoCatalog } from './seed-demo-catalog.ts'

describe.each(await databaseTargets())('seeding the demo catalog on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  const catalog = generateDemoCatalog()
  const demo = generateDemoReviews(catalog)
  const sqlRows = async <T>(query: ReturnType<typeof sql>) => rowsOf(await database().db.execute(query)) as T[]
  /** Products whose stored star counts differ from a recount of their published reviews. */
  const miscounted = () =>
    sqlRows<{ slug: string }>(sql`
      select p.slug from products p
      left join lateral (
        select array[
          count(*) filter (where r.rating = 1), count(*) filter (where r.rating = 2),
          count(*) filter (where r.rating = 3), count(*) filter (where r.rating = 4),
          count(*) filter (where r.rating = 5)
        ]::integer[] as counts
        from reviews r where r.product_id = p.id and r.status = 'published'
      ) c on true
      where p.rating_counts <> c.counts`)

  it('stores every product and variant as generated, the products rolled up from their variants', async () => {
    const stored = await database().db.select().from(products).orderBy(asc(products.slug))
    const expected = [...catalog.products].sort((a, b) => (a.slug < b.slug ? -1 : 1))
    expect(stored.map((p) => [p.slug, p.price, p.stock, p.options, p.images])).toEqual(
      expected.map((p) => [p.slug, p.price, p.stock, p.options, p.images]),
    )
    const variants = await database().db.select().from(productVariants)
    const byId = new Map(variants.map((v) => [v.id, v]))
    expect(variants).toHaveLength(catalog.variants.length)
    for (const variant of catalog.variants) {
      expect(byId.get(variant.id), variant.sku).toMatchObject({ ...variant, deletedAt: null })
    }
  })

  it('stores the demo reviews as generated, published, each product’s star counts an exact recount', async () => {
    const stored = await sqlRows<{ id: string; rating: number; status: string }>(
      sql`select id, rating, status from reviews order by id`,
    )
    const expected = [...demo.reviews].sort((a, b) => (a.id < b.id ? -1 : 1))
    expect(stored).toEqual(expected.map((review) => ({ id: review.id, rating: review.rating, status: 'published' })))
    expect(await miscounted()).toEqual([])
    const [rated] = await sqlRows<{ n: number }>(
      sql`select count(*)::int as n from products where rating_counts <> '{0,0,0,0,0}'`,
    )
    expect(rated!.n).toBe(new Set(demo.reviews.map((review) => review.productId)).size)
  })

  it('backs every verified review with its author’s delivered order of the product', async () => {
    const unbacked = await sqlRows<{ id: string }>(sql`
      select r.id from reviews r
      where r.verified_purchase and not exists (
        select 1 from orders o join order_lines l on l.order_id = o.id
        where o.user_id = r.user_id and l.product_id = r.product_id and o.status = 'delivered')`)
    expect(unbacked).toEqual([])
    const [verified] = await sqlRows<{ n: number }>(sql`select count(*)::int as n from reviews where verified_purchase`)
    expect(verified!.n).toBe(demo.orders.length)
    expect(verified!.n).toBeGreaterThan(0)
  })

  it('counts helpful and unhelpful votes as the stored votes', async () => {
    const wrong = await sqlRows<{ id: string }>(sql`
      select r.id from reviews r
      where r.helpful_count <> (select count(*) from review_votes v where v.review_id = r.id and v.helpful)
         or r.unhelpful_count <> (select count(*) from review_votes v where v.review_id = r.id and not v.helpful)`)
    expect(wrong).toEqual([])
  })

  it('leaves a seeded catalog alone', async () => {
    const again = await seedDemoCatalog({ db: database().db, logger: createLogger('silent') })
    expect(again).toEqual({ seeded: false, categories: 0, products: 0, variants: 0, reviews: 0 })
  })

  it('adds the reviews, once, to a demo catalog seeded before there were any', async () => {
    const db = database().db
    await db.execute(sql`delete from orders where user_id in (select id from users where email like '%.invalid')`)
    await db.execute(sql`delete from users where email like '%.invalid'`)
    await db.execute(sql`update products set rating_counts = '{0,0,0,0,0}'`)
    const deps = { db, logger: createLogger('silent') }
    expect(await seedDemoCatalog(deps)).toMatchObject({ seeded: true, products: 0, reviews: demo.reviews.length })
    expect(await miscounted()).toEqual([])
    expect(await seedDemoCatalog(deps)).toMatchObject({ seeded: false, reviews: 0 })
  })
})
