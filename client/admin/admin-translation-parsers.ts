/** Shape checks of `/api/admin/translations/*` answers (the client ships no zod). */
import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import { type TranslationGaps, translatedLocales } from '../../shared/catalog/translation-gaps.ts'
import type {
  CategoryTranslationDocument,
  ProductTranslationDocument,
  ProductTranslationPage,
  TranslationSummary,
} from '../../shared/catalog/translation-schema.ts'
import { isRecord } from '../orders/parse-order.ts'

export function parseTranslationPage(body: unknown): ProductTranslationPage {
  if (!isRecord(body) || !Array.isArray(body.items)) throw new TypeError('translations: items is not an array')
  if (!(body.nextCursor === null || typeof body.nextCursor === 'string'))
    throw new TypeError('translations: bad nextCursor')
  const bad = body.items.findIndex(
    (item) => !isRecord(item) || typeof item.id !== 'string' || typeof item.name !== 'string' || !isGaps(item.gaps),
  )
  if (bad >= 0) throw new TypeError(`translations: bad item at ${bad}`)
  return body as ProductTranslationPage
}

export function parseProductDocument(body: unknown): ProductTranslationDocument {
  if (!isDocument(body) || !isRecord(body.source) || !Array.isArray(body.source.options))
    throw new TypeError('not a product translation document')
  return body as ProductTranslationDocument
}

export function parseCategoryDocument(body: unknown): CategoryTranslationDocument {
  if (!isDocument(body)) throw new TypeError('not a category translation document')
  return body as CategoryTranslationDocument
}

export function parseCategoryList(body: unknown): CategoryTranslationDocument[] {
  if (!isRecord(body) || !Array.isArray(body.items) || !body.items.every(isDocument))
    throw new TypeError('not a category translation list')
  return body.items as CategoryTranslationDocument[]
}

export function parseSummary(body: unknown): TranslationSummary {
  const isPart = (part: unknown) =>
    isRecord(part) &&
    Number.isSafeInteger(part.total) &&
    isRecord(part.missing) &&
    translatedLocales.every((locale) => isRecord((part.missing as Record<string, unknown>)[locale]))
  if (!isRecord(body) || !isPart(body.products) || !isPart(body.categories))
    throw new TypeError('not a translation summary')
  return body as TranslationSummary
}

function isDocument(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    Number.isSafeInteger(value.version) &&
    isRecord(value.source) &&
    typeof value.source.name === 'string' &&
    typeof value.source.description === 'string' &&
    isRecord(value.translations) &&
    isGaps(value.gaps)
  )
}

function isGaps(value: unknown): value is TranslationGaps {
  return isRecord(value) && translatedLocales.every((locale: TranslatedLocale) => Array.isArray(value[locale]))
}
