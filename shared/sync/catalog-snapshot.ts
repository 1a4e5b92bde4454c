/**
 * The catalog snapshot (docs/decisions/0015): what a fresh client downloads once, instead of paging
 * the change feed from the beginning, before it pulls the changes since the snapshot's cursor.
 *
 * `GET /api/sync/catalog/snapshot` answers a small pointer; its `url` names an immutable file by the
 * hash of its content. The file is newline-delimited JSON: one header line, then one line per
 * category, then one line per product. Rows are arrays in the order of the header's column lists, so
 * the property names are not repeated 100,000 times (a quarter of the bytes to decode and parse);
 * a reader maps them by name, so a column added later is carried along and a missing one is an error.
 * (`ratingCounts` came later: a file written before it has no such column, and its products read as
 * having no reviews — which they had not — so the format did not change.)
 *
 * Only live rows: a client applying a snapshot starts from an empty catalog, so it needs no
 * tombstones and every row's `deletedAt` is null.
 *
 * A file built for some locales (`?locales=de`) has one more column, `translations`, last: the
 * row's translations in those locales, null for a row that has none (issue 16). The format is the
 * same: a reader maps columns by name.
 */
import type { Category, Product } from '../catalog/product.ts'
import type { SyncedCategory, SyncedProduct } from './catalog-changes.ts'

export const catalogSnapshotFormat = 'storefront-catalog-snapshot/1'

/** Answer of `GET /api/sync/catalog/snapshot`. */
export type CatalogSnapshotPointer = {
  /** Same-origin path of the snapshot file, immutable: its name is the hash of its content. */
  readonly url: string
  /** The catalog cursor to pull changes from once the file is applied (shared/sync/catalog-cursor.ts). */
  readonly cursor: string
  readonly categories: number
  readonly products: number
  /** Length of the file before compression. */
  readonly bytes: number
}

/** The first line of the file. */
export type CatalogSnapshotHeader = {
  readonly format: typeof catalogSnapshotFormat
  readonly categories: number
  readonly products: number
  readonly categoryColumns: readonly string[]
  readonly productColumns: readonly string[]
}

export const snapshotCategoryColumns = [
  'id',
  'slug',
  'name',
  'description',
  'position',
  'version',
  'updatedAt',
] as const satisfies readonly (keyof Category)[]

export const snapshotProductColumns = [
  'id',
  'slug',
  'name',
  'description',
  'brand',
  'tags',
  'categoryId',
  'price',
  'currency',
  'stock',
  'featured',
  'images',
  'options',
  'variants',
  'ratingCounts',
  'createdAt',
  'version',
  'updatedAt',
] as const satisfies readonly (keyof Product)[]

/** The column lists of a file; with translations, `translations` is the last column of both. */
export function snapshotColumns(withTranslations: boolean) {
  return {
    categoryColumns: withTranslations ? [...snapshotCategoryColumns, 'translations' as const] : snapshotCategoryColumns,
    productColumns: withTranslations ? [...snapshotProductColumns, 'translations' as const] : snapshotProductColumns,
  }
}

export type SnapshotColumns = ReturnType<typeof snapshotColumns>

export function snapshotHeader(
  counts: { categories: number; products: number },
  columns: SnapshotColumns = snapshotColumns(false),
): CatalogSnapshotHeader {
  return { format: catalogSnapshotFormat, categories: counts.categories, products: counts.products, ...columns }
}

/** One category as a line of the file (without the newline); an absent value is written as null. */
export function encodeSnapshotCategory(
  category: SyncedCategory,
  columns: SnapshotColumns['categoryColumns'] = snapshotCategoryColumns,
): string {
  return JSON.stringify(columns.map((column) => category[column] ?? null))
}

/** One product as a line of the file (without the newline); an absent value is written as null. */
export function encodeSnapshotProduct(
  product: SyncedProduct,
  columns: SnapshotColumns['productColumns'] = snapshotProductColumns,
): string {
  return JSON.stringify(columns.map((column) => product[column] ?? null))
}

/** Checks the header line's shape; throws on a format this code cannot read. */
export function parseSnapshotHeader(value: unknown): CatalogSnapshotHeader {
  if (typeof value !== 'object' || value === null) throw new TypeError('catalog snapshot: header is not an object')
  const header = value as Record<string, unknown>
  if (header.format !== catalogSnapshotFormat) throw new TypeError(`catalog snapshot: unknown format ${header.format}`)
  const { categories, products, categoryColumns, productColumns } = header
  if (!isCount(categories) || !isCount(products)) throw new TypeError('catalog snapshot: bad row counts')
  if (!isNameList(categoryColumns) || !isNameList(productColumns)) throw new TypeError('catalog snapshot: bad columns')
  return { format: catalogSnapshotFormat, categories, products, categoryColumns, productColumns }
}

/**
 * A row line (already parsed) as an object keyed by the header's column names, with `deletedAt: null`.
 * Only the shape of the row is checked here; the caller checks the fields it relies on.
 */
export function decodeSnapshotRow(columns: readonly string[], values: unknown): Record<string, unknown> {
  if (!Array.isArray(values) || values.length !== columns.length) {
    throw new TypeError('catalog snapshot: a row does not match its columns')
  }
  const row: Record<string, unknown> = { deletedAt: null }
  for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values[i]
  return row
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0
}

function isNameList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((name) => typeof name === 'string' && name !== '')
}
