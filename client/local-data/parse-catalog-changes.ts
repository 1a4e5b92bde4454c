/**
 * Shape check of `GET /api/sync/catalog` answers. The client does not ship the zod schemas (bundle
 * size), so this checks what the sync relies on — ids, versions, tombstones, the cursor — and lets the
 * rest through as typed. A server/client mismatch then fails loudly instead of corrupting the store.
 */
import type { Category, Product, ProductVariant } from '../../shared/catalog/product.ts'
import { isMarketId } from '../../shared/markets/market.ts'
import { isMinorUnits } from '../../shared/money.ts'
import type { CatalogChanges, CatalogTexts, RowTexts } from '../../shared/sync/catalog-changes.ts'
import { isTranslatedLocale } from '../../shared/sync/catalog-locales.ts'

type Row = { readonly id: string; readonly version: number; readonly deletedAt: string | null }

export function parseCatalogChanges(body: unknown): CatalogChanges {
  if (!isRecord(body)) throw new TypeError('catalog changes: body is not an object')
  const { categories, products, cursor, hasMore } = body
  if (typeof cursor !== 'string' || cursor === '') throw new TypeError('catalog changes: bad cursor')
  if (typeof hasMore !== 'boolean') throw new TypeError('catalog changes: bad hasMore')
  return {
    categories: parseRows(categories, 'categories', isCategory),
    products: parseRows(products, 'products', isProduct),
    cursor,
    hasMore,
  }
}

/**
 * A snapshot file built with translations writes null for a row that has none: stored as no field,
 * like a feed row without any.
 */
function parseRows<T extends Row>(rows: unknown, name: string, isValid: (row: Row) => boolean): T[] {
  if (!Array.isArray(rows)) throw new TypeError(`catalog changes: ${name} is not an array`)
  return rows.map((row: unknown) => {
    if (!isRow(row) || (row.deletedAt === null && !(isValid(row) && hasTranslations(row))))
      throw new TypeError(`catalog changes: malformed row in ${name}`)
    if ((row as { translations?: unknown }).translations !== null) return row as T
    const { translations: _none, ...rest } = row as Row & { translations: null }
    return rest as T
  })
}

/** Translations are keyed by shop locale; their texts are checked where they are shown (they fall back). */
function hasTranslations(row: Row): boolean {
  const { translations } = row as { translations?: unknown }
  if (translations === undefined || translations === null) return true
  return (
    isRecord(translations) &&
    Object.entries(translations).every(([locale, t]) => isTranslatedLocale(locale) && isRecord(t))
  )
}

/** Shape check of `GET /api/sync/catalog/texts` answers. */
export function parseCatalogTexts(body: unknown): CatalogTexts {
  if (!isRecord(body)) throw new TypeError('catalog texts: body is not an object')
  const { locale, categories, products, next } = body
  if (!isTranslatedLocale(locale)) throw new TypeError('catalog texts: bad locale')
  if (next !== null && typeof next !== 'string') throw new TypeError('catalog texts: bad next')
  return { locale, categories: parseTexts(categories), products: parseTexts(products), next }
}

function parseTexts<T>(rows: unknown): RowTexts<T>[] {
  if (
    !Array.isArray(rows) ||
    !rows.every((row) => isRecord(row) && typeof row.id === 'string' && isRecord(row.translation))
  )
    throw new TypeError('catalog texts: malformed rows')
  return rows as RowTexts<T>[]
}

function isRow(value: unknown): value is Row {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    Number.isSafeInteger(value.version) &&
    (value.deletedAt === null || typeof value.deletedAt === 'string')
  )
}

function isCategory(row: Row): boolean {
  const category = row as Partial<Category>
  return typeof category.slug === 'string' && typeof category.name === 'string' && Number.isFinite(category.position)
}

function isProduct(row: Row): boolean {
  const product = row as Partial<Product>
  return (
    typeof product.slug === 'string' &&
    typeof product.name === 'string' &&
    typeof product.categoryId === 'string' &&
    Number.isSafeInteger(product.price) &&
    typeof product.currency === 'string' &&
    Number.isSafeInteger(product.stock) &&
    typeof product.featured === 'boolean' &&
    typeof product.createdAt === 'string' &&
    Array.isArray(product.images) &&
    product.images.every(isProductImage) &&
    Array.isArray(product.tags) &&
    Array.isArray(product.options) &&
    Array.isArray(product.variants) &&
    product.variants.length > 0 &&
    product.variants.every(isVariant) &&
    // Absent from servers and snapshot files older than reviews: no reviews.
    (product.ratingCounts === undefined || isRatingCounts(product.ratingCounts))
  )
}

function isVariant(value: unknown): boolean {
  if (!isRecord(value)) return false
  const variant = value as Partial<ProductVariant>
  return (
    typeof variant.id === 'string' &&
    typeof variant.sku === 'string' &&
    isRecord(variant.optionValues) &&
    Number.isSafeInteger(variant.price) &&
    Number.isSafeInteger(variant.stock) &&
    Array.isArray(variant.imageIndexes) &&
    // Absent from servers older than markets (decision 0026): every market converts the price.
    (variant.marketPrices === undefined || isMarketPrices(variant.marketPrices))
  )
}

function isMarketPrices(value: unknown): boolean {
  return (
    isRecord(value) &&
    Object.entries(value).every(([id, amount]) => isMarketId(id) && typeof amount === 'number' && isMinorUnits(amount))
  )
}

/** Five star counts, index 0 = 1 star: cards and the search index average them without checking. */
function isRatingCounts(value: unknown): boolean {
  return Array.isArray(value) && value.length === 5 && value.every((n) => Number.isSafeInteger(n) && n >= 0)
}

/** Images are rendered straight from the store, so a bad one must fail the sync, not the page. */
function isProductImage(value: unknown): boolean {
  if (!isRecord(value)) return false
  const { src, alt, width, height, placeholder } = value
  return (
    typeof src === 'string' &&
    typeof alt === 'string' &&
    Number.isFinite(width) &&
    Number.isFinite(height) &&
    // The ThumbHash, base64: decoded with atob, which throws on anything else.
    (placeholder === undefined || (typeof placeholder === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(placeholder)))
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
