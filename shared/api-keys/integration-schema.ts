/**
 * Wire schemas of the integration API (`/api/v1`, API keys only): the order export and the catalog
 * import. A product is written whole (PUT semantics): every field the import names replaces the
 * stored one; images are not part of the import and stay as they are.
 */
import { z } from 'zod'
import { slug } from '../catalog/product-schema.ts'
import { storableDateTime } from '../date-time-schema.ts'
import { currencyCodes } from '../money.ts'

export const maxExportPage = 200
export const maxImportBatch = 500

/** `GET /api/v1/orders`: orders changed at or after `since`, oldest change first, in keyset pages. */
export const orderExportQuery = z
  .object({
    since: storableDateTime.optional(),
    /** The opaque `nextCursor` of the previous page (it carries `since` along). */
    cursor: z.string().min(1).max(512).optional(),
    limit: z.coerce.number().int().min(1).max(maxExportPage).default(50),
  })
  .strict()
export type OrderExportQuery = z.infer<typeof orderExportQuery>

/** `GET /api/v1/products`: every product on sale, in id order. */
export const productExportQuery = z
  .object({
    cursor: z.string().min(1).max(512).optional(),
    limit: z.coerce.number().int().min(1).max(maxExportPage).default(100),
  })
  .strict()
export type ProductExportQuery = z.infer<typeof productExportQuery>

const productFields = {
  slug,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().trim().max(5000).default(''),
  brand: z.string().trim().min(1, 'must not be empty').max(100),
  /** The category by id … */
  categoryId: z.uuid('must be a UUID').optional(),
  /** … or by slug: exactly one of the two. */
  category: slug.optional(),
  /** Minor units of `currency`. */
  price: z.number().int('must be an integer (minor units)').min(0).max(100_000_000),
  currency: z.enum(currencyCodes),
  stock: z.number().int('must be an integer').min(0).max(1_000_000),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
}

const oneCategory = <T extends { categoryId?: string | undefined; category?: string | undefined }>(item: T) =>
  (item.categoryId === undefined) !== (item.category === undefined)
const oneCategoryIssue = { message: 'give either categoryId or category (a slug)', path: ['categoryId'] }

/** `PUT /api/v1/products/:id`: the product with that id, created when there is none. */
export const productPutInput = z.object(productFields).strict().refine(oneCategory, oneCategoryIssue)
export type ProductPutInput = z.infer<typeof productPutInput>

/** One product of an import: matched by `id` when given, else by `slug`; created when nothing matches. */
export const productImportItem = z
  .object({ id: z.uuid('must be a UUID').optional(), ...productFields })
  .strict()
  .refine(oneCategory, oneCategoryIssue)
export type ProductImportItem = z.infer<typeof productImportItem>

/** `POST /api/v1/products:import`: up to 500 products, applied all or nothing. */
export const productImportInput = z.object({ items: z.array(productImportItem).min(1).max(maxImportBatch) }).strict()
export type ProductImportInput = z.infer<typeof productImportInput>

export type ProductImportOutcome = 'created' | 'updated'

/** The answer of an import: one result per item, in the order given. */
export type ProductImportResult = {
  readonly items: readonly {
    readonly index: number
    readonly id: string
    readonly slug: string
    readonly outcome: ProductImportOutcome
  }[]
}
