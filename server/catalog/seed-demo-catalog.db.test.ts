import { asc } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { products, productVariants } from '../db/schema.ts'
import { createLogger } from '../platform/logger.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { generateDemoCatalog } from './demo-catalog.ts'
import { seedDemoCatalog } from './seed-demo-catalog.ts'

describe.each(await databaseTargets())('seeding the demo catalog on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  const catalog = generateDemoCatalog()

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

  it('leaves a seeded catalog alone', async () => {
    const again = await seedDemoCatalog({ db: database().db, logger: createLogger('silent') })
    expect(again).toEqual({ seeded: false, categories: 0, products: 0, variants: 0 })
  })
})
