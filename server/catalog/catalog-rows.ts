/** Row → shared type mapping for catalog tables, used by every repository that reads them. */
import { getTableColumns, sql } from 'drizzle-orm'
import { localizeCategory, localizeProduct } from '../../shared/catalog/catalog-translation.ts'
import type { Category, Product, ProductVariant } from '../../shared/catalog/product.ts'
import { defaultLocale, type Locale } from '../../shared/i18n/locales.ts'
import { asCategoryId, asProductId, asVariantId } from '../../shared/ids.ts'
import type { RatingCounts } from '../../shared/reviews/review.ts'
import { type categories, products } from '../db/schema.ts'

export type CategoryRow = typeof categories.$inferSelect

/**
 * The outer row's id, always qualified: drizzle writes a bare `"id"` for a column of a single-table
 * select, which inside the subquery below would mean `v.id` (and every product would read no variant).
 */
const outerProductId = sql`${products}.${sql.identifier(products.id.name)}`

/**
 * A product's live variants as the JSON the API sends, in display order: read with the product in one
 * query. `marketPrices` only where the merchant set some (contract: absent = convert).
 */
const liveVariants = sql<ProductVariant[]>`(
  select coalesce(jsonb_agg(jsonb_build_object(
    'id', v.id, 'sku', v.sku, 'optionValues', v.option_values, 'price', v.price,
    'compareAtPrice', v.compare_at_price, 'stock', v.stock, 'barcode', v.barcode,
    'weightGrams', v.weight_grams, 'imageIndexes', to_jsonb(v.image_indexes)
  ) || case when v.market_prices = '{}'::jsonb then '{}'::jsonb
       else jsonb_build_object('marketPrices', v.market_prices) end
  order by v.position, v.id), '[]'::jsonb)
  from product_variants v
  where v.product_id = ${outerProductId} and v.deleted_at is null
)`

/** The columns to select for `toProduct`: the product's own and its variants. */
export const productColumns = { ...getTableColumns(products), variants: liveVariants }

export type ProductRow = typeof products.$inferSelect & { readonly variants: unknown }

/** The category in `locale` (its translation over the default texts, shared/catalog/catalog-translation.ts). */
export function toCategory(row: CategoryRow, locale: Locale = defaultLocale): Category {
  return localizeCategory(toDefaultCategory(row), row.translations, locale)
}

function toDefaultCategory(row: CategoryRow): Category {
  return {
    id: asCategoryId(row.id),
    slug: row.slug,
    name: row.name,
    description: row.description,
    position: row.position,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  }
}

/** The product in `locale` (its translation over the default texts, shared/catalog/catalog-translation.ts). */
export function toProduct(row: ProductRow, locale: Locale = defaultLocale): Product {
  return localizeProduct(toDefaultProduct(row), row.translations, locale)
}

function toDefaultProduct(row: ProductRow): Product {
  return {
    id: asProductId(row.id),
    slug: row.slug,
    name: row.name,
    description: row.description,
    brand: row.brand,
    tags: row.tags,
    categoryId: asCategoryId(row.categoryId),
    price: row.price,
    currency: row.currency,
    stock: row.stock,
    featured: row.featured,
    images: row.images,
    options: row.options,
    variants: parseVariants(row.variants),
    ratingCounts: toRatingCounts(row.ratingCounts),
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  }
}

/** The column's check constraint keeps it five non-negative counts. */
function toRatingCounts(counts: readonly number[]): RatingCounts {
  const [one = 0, two = 0, three = 0, four = 0, five = 0] = counts
  return [one, two, three, four, five]
}

// postgres-js may hand jsonb over as text; PGlite parses it. Ids are branded on the way in.
function parseVariants(value: unknown): ProductVariant[] {
  const variants = (typeof value === 'string' ? JSON.parse(value) : value) as ProductVariant[]
  return variants.map((variant) => ({ ...variant, id: asVariantId(variant.id) }))
}
