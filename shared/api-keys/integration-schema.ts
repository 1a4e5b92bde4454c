/**
 * Wire schemas of the integration API (`/api/v1`, API keys only): the order export and the catalog
 * import. A product is written whole (PUT semantics): every field the import names replaces the
 * stored one, its variants included (matched by SKU; a variant not sent is withdrawn); images, and
 * which images show a variant, are not part of the import and stay as they are.
 */
import { z } from 'zod'
import { maxStockDelta } from '../catalog/admin-inventory-schema.ts'
import { slug } from '../catalog/product-schema.ts'
import { productTranslationsInput } from '../catalog/translation-schema.ts'
import { storableDateTime } from '../date-time-schema.ts'
import { marketPricesSchema } from '../markets/market-prices-schema.ts'
import { currencyCodes } from '../money.ts'

export const maxExportPage = 200
export const maxImportBatch = 500
export const maxStockBatch = 1000

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

export const maxOptions = 3
export const maxOptionValues = 100
export const maxVariants = 100

/** A code that names an option or value in variants, facets and URLs: `size`, `42`, `navy-blue`. */
const code = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters and digits joined by dashes')

/** A stock keeping unit: unique across the shop, as the ERP knows it. */
export const sku = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'must be letters, digits, ".", "_", "/" or "-"')

const minorUnits = z.number().int('must be an integer (minor units)').min(0).max(100_000_000)
const stockCount = z.number().int('must be an integer').min(0).max(1_000_000)

const optionInput = z
  .object({
    code,
    name: z.string().trim().min(1, 'must not be empty').max(60),
    values: z
      .array(
        z
          .object({
            code,
            label: z.string().trim().min(1, 'must not be empty').max(60),
            swatch: z
              .string()
              .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c')
              .optional(),
          })
          .strict(),
      )
      .min(1)
      .max(maxOptionValues),
  })
  .strict()
export type ProductOptionInput = z.infer<typeof optionInput>

/** One variant of an imported product; `optionValues` names one value code per option code. */
export const variantInput = z
  .object({
    sku,
    optionValues: z
      .record(z.string().max(40), z.string().max(40))
      .refine((values) => Object.keys(values).length <= maxOptions, `names at most ${maxOptions} options`)
      .default({}),
    price: minorUnits,
    /** The struck-through price before a sale; above `price`. */
    compareAtPrice: z.number().int('must be an integer (minor units)').min(1).max(100_000_000).nullable().default(null),
    stock: stockCount,
    barcode: z.string().trim().min(1).max(64).nullable().default(null),
    weightGrams: z.number().int('must be an integer').min(0).max(1_000_000).nullable().default(null),
    /**
     * Explicit prices per market in minor units of each market's currency (`{"eu": 1799, "jp": 2980}`,
     * decision 0026), replacing the variant's; absent: the variant keeps the ones it has.
     */
    marketPrices: marketPricesSchema.optional(),
  })
  .strict()
  .refine((variant) => variant.compareAtPrice === null || variant.compareAtPrice > variant.price, {
    message: 'must be above the price',
    path: ['compareAtPrice'],
  })
export type VariantInput = z.infer<typeof variantInput>

const productFields = {
  slug,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().trim().max(5000).default(''),
  brand: z.string().trim().min(1, 'must not be empty').max(100),
  /** The category by id … */
  categoryId: z.uuid('must be a UUID').optional(),
  /** … or by slug: exactly one of the two. */
  category: slug.optional(),
  currency: z.enum(currencyCodes),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  /** Ordered options (Size, Colour); empty or absent for a product sold in one form. */
  options: z.array(optionInput).max(maxOptions).default([]),
  /**
   * The variants, in display order (DESIGN §10) …
   * … or, for a product sold in one form, `price` (minor units of `currency`) and `stock`, which
   * become its one variant: the shape every import had before variants, still accepted.
   */
  variants: z.array(variantInput).min(1).max(maxVariants).optional(),
  price: minorUnits.optional(),
  stock: stockCount.optional(),
  /**
   * Texts in the shop's other languages, by locale (`de`, `fr`, `es`, `ja`, `ar`): name, description,
   * option names and value labels by code. Unlike the other fields, merged per locale: a locale sent
   * replaces that locale's texts (blank ones dropped), a locale not sent keeps what the shop holds.
   */
  translations: productTranslationsInput.optional(),
}

type ItemShape = {
  categoryId?: string | undefined
  category?: string | undefined
  variants?: readonly unknown[] | undefined
  price?: number | undefined
  stock?: number | undefined
}

/** The refinements every product item shares: one category reference, and variants or price and stock. */
function checkItem(item: ItemShape, context: z.RefinementCtx): void {
  if ((item.categoryId === undefined) === (item.category === undefined))
    context.addIssue({ code: 'custom', message: 'give either categoryId or category (a slug)', path: ['categoryId'] })
  if (item.variants !== undefined) {
    for (const field of ['price', 'stock'] as const)
      if (item[field] !== undefined)
        context.addIssue({ code: 'custom', message: 'is given per variant when variants are sent', path: [field] })
    return
  }
  for (const field of ['price', 'stock'] as const)
    if (item[field] === undefined)
      context.addIssue({ code: 'custom', message: 'is required when no variants are sent', path: [field] })
}

/** `PUT /api/v1/products/:id`: the product with that id, created when there is none. */
export const productPutInput = z.object(productFields).strict().superRefine(checkItem)
export type ProductPutInput = z.infer<typeof productPutInput>

/** One product of an import: matched by `id` when given, else by `slug`; created when nothing matches. */
export const productImportItem = z
  .object({ id: z.uuid('must be a UUID').optional(), ...productFields })
  .strict()
  .superRefine(checkItem)
export type ProductImportItem = z.infer<typeof productImportItem>

/** `POST /api/v1/products:import`: up to 500 products, applied all or nothing. */
export const productImportInput = z.object({ items: z.array(productImportItem).min(1).max(maxImportBatch) }).strict()
export type ProductImportInput = z.infer<typeof productImportInput>

export type ProductImportOutcome = 'created' | 'updated'

/** What an import did with one variant it was sent: `updated` also for a withdrawn SKU brought back. */
export type VariantImportResult = { readonly sku: string; readonly id: string; readonly outcome: ProductImportOutcome }

/** The answer of an import: one result per item, in the order given. */
export type ProductImportResult = {
  readonly items: readonly {
    readonly index: number
    readonly id: string
    readonly slug: string
    readonly outcome: ProductImportOutcome
    /** The variants sent (or the default one), in the order sent. */
    readonly variants: readonly VariantImportResult[]
    /** SKUs of the product's variants that were not sent, now withdrawn from sale. */
    readonly withdrawnSkus: readonly string[]
  }[]
}

/**
 * One item of a stock update by SKU: `delta`, a signed change applied to what the shop holds now
 * (a delivery of 5 is `+5`, the units sold meanwhile stay sold), or `stock`, the absolute count.
 * An absolute count is last-writer-wins unless it carries `expectedRevision`, the variant's
 * `revision` the ERP read (`GET /api/v1/products`): then it is refused (409) once the variant moved on.
 */
const stockSetItem = z
  .object({
    sku,
    stock: stockCount.optional(),
    delta: z.number().int('must be an integer').min(-maxStockDelta).max(maxStockDelta).optional(),
    expectedRevision: z.number().int('must be an integer').min(0).optional(),
  })
  .strict()
  .superRefine((item, context) => {
    if ((item.stock === undefined) === (item.delta === undefined))
      context.addIssue({ code: 'custom', message: 'give either stock or delta', path: ['stock'] })
    else if (item.delta !== undefined && item.expectedRevision !== undefined)
      context.addIssue({
        code: 'custom',
        message: 'is only for an absolute stock (a delta applies to the stock as it is)',
        path: ['expectedRevision'],
      })
  })
export type StockSetItem = z.infer<typeof stockSetItem>

/**
 * `POST /api/v1/stock:set`: the stock of variants by SKU, without sending their products; up to
 * 1000, applied all or nothing.
 */
export const stockSetInput = z.object({ items: z.array(stockSetItem).min(1).max(maxStockBatch) }).strict()
export type StockSetInput = z.infer<typeof stockSetInput>

/** The answer of a stock update: one result per item, in the order given, as stored now. */
export type StockSetResult = {
  readonly items: readonly {
    readonly index: number
    readonly sku: string
    readonly variantId: string
    readonly productId: string
    readonly stock: number
    /** The variant's revision after this write: the `expectedRevision` of the next absolute update. */
    readonly revision: number
  }[]
}

/** An item a refused stock update names (409), as the variant is now, so the ERP can retry. */
export type StockSetConflict = {
  readonly index: number
  readonly sku: string
  readonly stock: number
  readonly revision: number
}
