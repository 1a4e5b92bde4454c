/**
 * The admin's translation editor: products and categories with what each locale lacks, the counts
 * of those gaps, and the write of translations (a locale sent replaces that locale's texts, the
 * others stay). The product list's "missing" filter and the counts are SQL (100k products); a row's
 * gaps and the few categories' are computed from their texts by the shared rules.
 */
import { z } from 'zod'
import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import {
  categoryTranslationGaps,
  compactCategoryTranslation,
  compactProductTranslation,
  mergeTranslations,
  productTranslationGaps,
  type TranslationField,
  type TranslationGaps,
  unknownOptionIssues,
} from '../../shared/catalog/translation-gaps.ts'
import {
  type CategoryTranslationDocument,
  type CategoryTranslationsPatch,
  type MissingCounts,
  type ProductTranslationDocument,
  type ProductTranslationPage,
  type ProductTranslationsPatch,
  type TranslationListQuery,
  type TranslationSummary,
  translatedLocales,
} from '../../shared/catalog/translation-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../platform/opaque-cursor.ts'
import {
  type CategoryTexts,
  countProductGaps,
  findCategoryTexts,
  findProductTexts,
  listLiveCategoryTexts,
  listLiveProductTexts,
  type ProductTexts,
  writeCategoryTranslations,
  writeProductTranslations,
} from './admin-translations.repository.ts'

type ReadDeps = Pick<AppDeps, 'db'>
type WriteDeps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'responseCache'>

const listCursor = z.object({ name: z.string(), id: z.uuid() }).strict()

export async function listProductTranslations(
  deps: ReadDeps,
  query: TranslationListQuery,
): Promise<ProductTranslationPage> {
  const after = query.cursor === undefined ? null : decodeOpaqueCursor(query.cursor, listCursor)
  if (query.cursor !== undefined && !after)
    throw new AppError(ErrorCode.InvalidCursor, 'The cursor does not belong to this list.')
  // One extra row tells whether another page exists without a count query.
  const rows = await listLiveProductTexts(deps.db, {
    search: query.q,
    missing: query.missing,
    after,
    limit: query.limit + 1,
  })
  const items = rows
    .slice(0, query.limit)
    .map((row) => ({ id: row.id, slug: row.slug, name: row.name, gaps: productGaps(row) }))
  const last = items.at(-1)
  const nextCursor = rows.length > query.limit && last ? encodeOpaqueCursor({ name: last.name, id: last.id }) : null
  return { items, nextCursor }
}

export async function listCategoryTranslations(deps: ReadDeps): Promise<{ items: CategoryTranslationDocument[] }> {
  return { items: (await listLiveCategoryTexts(deps.db)).map(toCategoryDocument) }
}

export async function translationSummary(deps: ReadDeps): Promise<TranslationSummary> {
  const [productCounts, categoryRows] = await Promise.all([
    countProductGaps(deps.db, translatedLocales),
    listLiveCategoryTexts(deps.db),
  ])
  const productMissing = Object.fromEntries(
    translatedLocales.map((locale) => {
      const count = (field: TranslationField | 'any') => productCounts.missing[`${locale}.${field}`] ?? 0
      return [
        locale,
        { name: count('name'), description: count('description'), options: count('options'), any: count('any') },
      ]
    }),
  ) as MissingCounts
  return {
    products: { total: productCounts.total, missing: productMissing },
    categories: { total: categoryRows.length, missing: countMissing(categoryRows.map(categoryGaps)) },
  }
}

export async function getProductTranslations(deps: ReadDeps, id: string): Promise<ProductTranslationDocument> {
  const row = await findProductTexts(deps.db, id)
  if (!row) throw new AppError(ErrorCode.NotFound, `No product ${id}.`)
  return toProductDocument(row)
}

export async function getCategoryTranslations(deps: ReadDeps, id: string): Promise<CategoryTranslationDocument> {
  const row = await findCategoryTexts(deps.db, id)
  if (!row) throw new AppError(ErrorCode.NotFound, `No category ${id}.`)
  return toCategoryDocument(row)
}

/** Under the row's lock, so two admins saving two locales at once both keep theirs. */
export async function patchProductTranslations(
  deps: WriteDeps,
  id: string,
  patch: ProductTranslationsPatch,
): Promise<ProductTranslationDocument> {
  const row = await deps.db.transaction(async (tx) => {
    const current = await findProductTexts(tx, id, true)
    if (!current) throw new AppError(ErrorCode.NotFound, `No product ${id}.`)
    const issues = unknownOptionIssues(current.options, patch.translations, (field) => `json.translations.${field}`)
    if (issues.length > 0) throw new AppError(ErrorCode.InvalidInput, 'Nothing was saved.', issues)
    const merged = mergeTranslations(current.translations, patch.translations, compactProductTranslation)
    return writeProductTranslations(tx, id, merged)
  })
  deps.logger.info({ productId: id, locales: Object.keys(patch.translations) }, 'product translations changed')
  await publishCatalogChanged(deps)
  return toProductDocument(row)
}

export async function patchCategoryTranslations(
  deps: WriteDeps,
  id: string,
  patch: CategoryTranslationsPatch,
): Promise<CategoryTranslationDocument> {
  const row = await deps.db.transaction(async (tx) => {
    const current = await findCategoryTexts(tx, id, true)
    if (!current) throw new AppError(ErrorCode.NotFound, `No category ${id}.`)
    const merged = mergeTranslations(current.translations, patch.translations, compactCategoryTranslation)
    return writeCategoryTranslations(tx, id, merged)
  })
  deps.logger.info({ categoryId: id, locales: Object.keys(patch.translations) }, 'category translations changed')
  await publishCatalogChanged(deps)
  return toCategoryDocument(row)
}

function productGaps(row: ProductTexts): TranslationGaps {
  return gapsByLocale((locale) => productTranslationGaps(row, row.translations[locale]))
}

function categoryGaps(row: CategoryTexts): TranslationGaps {
  return gapsByLocale((locale) => categoryTranslationGaps(row, row.translations[locale]))
}

function gapsByLocale(gapsIn: (locale: TranslatedLocale) => TranslationField[]): TranslationGaps {
  return Object.fromEntries(translatedLocales.map((locale) => [locale, gapsIn(locale)])) as Record<
    TranslatedLocale,
    TranslationField[]
  >
}

function countMissing(all: readonly TranslationGaps[]): MissingCounts {
  return Object.fromEntries(
    translatedLocales.map((locale) => {
      const count = (field: TranslationField) => all.filter((gaps) => gaps[locale].includes(field)).length
      const any = all.filter((gaps) => gaps[locale].length > 0).length
      return [locale, { name: count('name'), description: count('description'), options: count('options'), any }]
    }),
  ) as MissingCounts
}

function toProductDocument(row: ProductTexts): ProductTranslationDocument {
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    source: { name: row.name, description: row.description, options: row.options },
    translations: row.translations,
    gaps: productGaps(row),
  }
}

function toCategoryDocument(row: CategoryTexts): CategoryTranslationDocument {
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    source: { name: row.name, description: row.description },
    translations: row.translations,
    gaps: categoryGaps(row),
  }
}
