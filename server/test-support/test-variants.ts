/**
 * Products with variants for tests, written straight to the tables (in a category of their own, so
 * tests never share stock), and stock taken the way a checkout takes it: one conditional UPDATE.
 */
import { randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import type { ProductOption } from '../../shared/catalog/product.ts'
import { asProductId, asVariantId, type ProductId, type VariantId } from '../../shared/ids.ts'
import { categories, products, productVariants } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export const sizeOption: ProductOption = {
  code: 'size',
  name: 'Size',
  values: [
    { code: '41', label: '41' },
    { code: '42', label: '42' },
    { code: '43', label: '43' },
  ],
}

export const colourOption: ProductOption = {
  code: 'colour',
  name: 'Colour',
  values: [
    { code: 'black', label: 'Black', swatch: '#000000' },
    { code: 'white', label: 'White', swatch: '#ffffff' },
  ],
}

export type TestVariantInput = {
  readonly optionValues?: Record<string, string>
  readonly price?: number
  readonly compareAtPrice?: number | null
  readonly stock: number
}

export type TestVariantProduct = {
  readonly productId: ProductId
  readonly name: string
  readonly variantIds: VariantId[]
  readonly skus: string[]
}

/** A live product with the given options and variants (SKUs unique to the test run). */
export async function createTestVariantProduct(
  db: Db,
  input: { readonly options?: readonly ProductOption[]; readonly variants: readonly TestVariantInput[] },
): Promise<TestVariantProduct> {
  const categoryId = randomUUID()
  const id = randomUUID()
  const name = `Test product ${id.slice(0, 8)}`
  await db
    .insert(categories)
    .values({ id: categoryId, slug: `c-${categoryId}`, name: 'Test', description: 'Test', position: 0 })
  const prices = input.variants.map((variant) => variant.price ?? 1000)
  await db.insert(products).values({
    id,
    slug: `p-${id}`,
    name,
    description: 'A product made by a test',
    brand: 'Test',
    categoryId,
    price: Math.min(...prices),
    currency: 'EUR',
    stock: 0,
    options: [...(input.options ?? [])],
  })
  const rows = input.variants.map((variant, position) => ({
    id: randomUUID(),
    productId: id,
    sku: `T-${id.slice(0, 8)}-${position}`.toUpperCase(),
    optionValues: variant.optionValues ?? {},
    price: variant.price ?? 1000,
    compareAtPrice: variant.compareAtPrice ?? null,
    stock: variant.stock,
    position,
  }))
  await db.insert(productVariants).values(rows)
  return {
    productId: asProductId(id),
    name,
    variantIds: rows.map((row) => asVariantId(row.id)),
    skus: rows.map((row) => row.sku),
  }
}

/** Takes units as a checkout reserves them: `stock - n` only where enough is left; false otherwise. */
export async function takeVariantStock(db: Db, variantId: string, quantity: number): Promise<boolean> {
  const taken = await db
    .update(productVariants)
    .set({ stock: sql`${productVariants.stock} - ${quantity}` })
    .where(and(eq(productVariants.id, variantId), sql`${productVariants.stock} >= ${quantity}`))
    .returning({ id: productVariants.id })
  return taken.length === 1
}

export async function variantOf(db: Db, variantId: string) {
  const [row] = await db.select().from(productVariants).where(eq(productVariants.id, variantId))
  if (!row) throw new Error(`no variant ${variantId}`)
  return row
}

/** The product's rolled-up stock and price (the roll-up trigger's work). */
export async function productTotalsOf(db: Db, productId: ProductId) {
  const [row] = await db
    .select({ stock: products.stock, price: products.price, version: products.version })
    .from(products)
    .where(eq(products.id, productId))
  if (!row) throw new Error(`no product ${productId}`)
  return row
}
