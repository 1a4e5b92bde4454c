/**
 * Wire schemas of catalog translations (issue 16): what the admin's translation editor and the
 * integration API's product import send. A locale key other than the five translated languages is
 * refused (`en` too: the English texts are the row's own columns), as is any text longer than the
 * English field it translates may be. A blank text means "not translated": it is dropped on save, so
 * the shop falls back to English for it.
 */
import { z } from 'zod'
import type { CategoryTranslation, ProductTranslation, TranslatedLocale, Translations } from './catalog-translation.ts'
import {
  type CategorySource,
  type ProductSource,
  type TranslationField,
  type TranslationGaps,
  translatedLocales,
  translationLimits,
} from './translation-gaps.ts'

export { translatedLocales, translationLimits }

const code = z.string().min(1).max(40)
const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`)

const optionTranslation = z
  .object({
    name: text(translationLimits.optionName).optional(),
    values: z.record(code, text(translationLimits.optionValue)).optional(),
  })
  .strict()

export const productTranslationInput = z
  .object({
    name: text(translationLimits.name).optional(),
    description: text(translationLimits.description).optional(),
    options: z.record(code, optionTranslation).optional(),
  })
  .strict() satisfies z.ZodType<ProductTranslation>

export const categoryTranslationInput = z
  .object({
    name: text(translationLimits.name).optional(),
    description: text(translationLimits.description).optional(),
  })
  .strict() satisfies z.ZodType<CategoryTranslation>

/** A strict object keyed by the translated locales: `xx` or `en` is named as not allowed. */
function byLocale<T extends z.ZodType>(entry: T) {
  const shape = Object.fromEntries(translatedLocales.map((locale) => [locale, entry.optional()])) as Record<
    TranslatedLocale,
    z.ZodOptional<T>
  >
  return z.object(shape).strict()
}

export const productTranslationsInput = byLocale(productTranslationInput) satisfies z.ZodType<
  Translations<ProductTranslation>
>
export const categoryTranslationsInput = byLocale(categoryTranslationInput) satisfies z.ZodType<
  Translations<CategoryTranslation>
>

/** `PATCH /api/admin/translations/products/:id`: the locales given replace that locale's texts; the others stay. */
export const productTranslationsPatch = z.object({ translations: productTranslationsInput }).strict()
export type ProductTranslationsPatch = z.infer<typeof productTranslationsPatch>

/** `PATCH /api/admin/translations/categories/:id`, likewise. */
export const categoryTranslationsPatch = z.object({ translations: categoryTranslationsInput }).strict()
export type CategoryTranslationsPatch = z.infer<typeof categoryTranslationsPatch>

export const translationIdParam = z.object({ id: z.uuid('must be a UUID') }).strict()

export const maxTranslationPage = 100

/** `GET /api/admin/translations/products`: by name (`q`), optionally only those with a gap in `missing`. */
export const translationListQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    missing: z.enum(translatedLocales).optional(),
    cursor: z.string().min(1).max(512).optional(),
    limit: z.coerce.number().int().min(1).max(maxTranslationPage).default(50),
  })
  .strict()
export type TranslationListQuery = z.infer<typeof translationListQuery>

/** One product of the translation list: its English name and what each locale lacks. */
export type ProductTranslationListItem = {
  readonly id: string
  readonly slug: string
  readonly name: string
  readonly gaps: TranslationGaps
}

export type ProductTranslationPage = {
  readonly items: readonly ProductTranslationListItem[]
  readonly nextCursor: string | null
}

/** What the editor shows: the English texts (the row's own), every translation, and the gaps. */
export type ProductTranslationDocument = {
  readonly id: string
  readonly slug: string
  readonly version: number
  readonly source: ProductSource
  readonly translations: Translations<ProductTranslation>
  readonly gaps: TranslationGaps
}

export type CategoryTranslationDocument = {
  readonly id: string
  readonly slug: string
  readonly version: number
  readonly source: CategorySource
  readonly translations: Translations<CategoryTranslation>
  readonly gaps: TranslationGaps
}

/** Per locale, how many rows lack each kind of text, and how many lack any. */
export type MissingCounts = Readonly<Record<TranslatedLocale, Readonly<Record<TranslationField | 'any', number>>>>

/** `GET /api/admin/translations/summary`. */
export type TranslationSummary = {
  readonly products: { readonly total: number; readonly missing: MissingCounts }
  readonly categories: { readonly total: number; readonly missing: MissingCounts }
}
