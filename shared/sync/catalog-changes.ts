import type {
  CategoryTranslation,
  ProductTranslation,
  TranslatedLocale,
  Translations,
} from '../catalog/catalog-translation.ts'
import type { Category, Product } from '../catalog/product.ts'

/**
 * A product as the sync sends it: its default-language texts, plus the translations of the locales the
 * client asked for (`?locales=`, shared/sync/catalog-locales.ts) that the product has. A device stores
 * it as it comes and localizes when it reads (`localizeProduct`).
 */
export type SyncedProduct = Product & { readonly translations?: Translations<ProductTranslation> }
export type SyncedCategory = Category & { readonly translations?: Translations<CategoryTranslation> }

/**
 * Answer of `GET /api/sync/catalog?since=`: rows changed after the cursor `since`, including
 * tombstones (`deletedAt` set), each at its latest version. A row may come again in a later pull
 * (replace by id is idempotent). `cursor` is opaque (shared/sync/catalog-cursor.ts): the client
 * stores it with the page and sends it back; when `hasMore` is true it asks again at once.
 */
export type CatalogChanges = {
  readonly categories: readonly SyncedCategory[]
  readonly products: readonly SyncedProduct[]
  readonly cursor: string
  readonly hasMore: boolean
}

/** One row's texts in one locale. */
export type RowTexts<T> = { readonly id: string; readonly translation: T }

/**
 * Answer of `GET /api/sync/catalog/texts?locale=`: one locale's texts of the live catalog, for a
 * device that switches to a locale it has not pulled (it keeps its feed cursor; from then on the
 * feed carries that locale too). Only rows that have a translation in the locale; products paged by
 * id (`after` = the previous page's `next`), the categories on the first page.
 */
export type CatalogTexts = {
  readonly locale: TranslatedLocale
  readonly categories: readonly RowTexts<CategoryTranslation>[]
  readonly products: readonly RowTexts<ProductTranslation>[]
  /** The `after` of the next page; null on the last. */
  readonly next: string | null
}
