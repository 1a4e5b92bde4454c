/** Discounts for tests: a code of the test's own (unique), created as the admin API creates it. */
import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { type CreateDiscountInput, createDiscountInput } from '../../shared/discounts/discount-schema.ts'
import { asProductId, type ProductId } from '../../shared/ids.ts'
import { products } from '../db/schema.ts'
import { insertDiscount } from '../discounts/discounts.repository.ts'
import type { Db } from '../platform/db.ts'

export function uniqueCode(prefix = 'T'): string {
  return `${prefix}${randomUUID().slice(0, 8)}`.toUpperCase()
}

/** Inserts a discount (parsed by the admin API's schema, so defaults apply); answers its id and code. */
export async function createTestDiscount(
  db: Db,
  input: Partial<Record<keyof CreateDiscountInput, unknown>> = {},
): Promise<{ id: string; code: string | null }> {
  const parsed = createDiscountInput.parse({
    code: uniqueCode(),
    title: 'Test discount',
    benefit: { kind: 'percentage', basisPoints: 1000 },
    ...input,
  })
  const row = await insertDiscount(db, parsed)
  if (!row) throw new Error(`discount ${parsed.code} not inserted`)
  return { id: row.id, code: row.code }
}

/** The category of a test product (each test product has one of its own): scope for automatic promotions. */
export async function categoryOf(db: Db, productId: ProductId | string): Promise<string> {
  const [row] = await db
    .select({ categoryId: products.categoryId })
    .from(products)
    .where(eq(products.id, asProductId(productId)))
  if (!row) throw new Error(`no product ${productId}`)
  return row.categoryId
}
