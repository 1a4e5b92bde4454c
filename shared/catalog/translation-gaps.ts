/**
 * What a translation lacks, and how a write of translations combines with what is stored: the rules
 * the admin's editor, its "missing" counts and the integration import share.
 */
import type { FieldIssue } from '../errors.ts'
import { isLocale, locales } from '../i18n/locales.ts'
import type {
  CategoryTranslation,
  OptionTranslation,
  ProductTranslation,
  TranslatedLocale,
  Translations,
} from './catalog-translation.ts'
import type { Category, Product } from './product.ts'

/** The limits of the English fields (integration-schema.ts), so a translation fits wherever its source does. */
export const translationLimits = { name: 200, description: 5000, optionName: 60, optionValue: 60 } as const

/** The locales a translation is written for: every shop locale but the default, whose texts are the row's own. */
export const translatedLocales = locales.filter((locale): locale is TranslatedLocale => locale !== 'en')

export function isTranslatedLocale(value: unknown): value is TranslatedLocale {
  return value !== 'en' && isLocale(value)
}

/** A text kind a translation may lack; an English field left empty needs no translation. */
export type TranslationField = 'name' | 'description' | 'options'

export type ProductSource = Pick<Product, 'name' | 'description' | 'options'>
export type CategorySource = Pick<Category, 'name' | 'description'>

/** Per translated locale, the field kinds without a translation (empty when complete). */
export type TranslationGaps = Readonly<Record<TranslatedLocale, readonly TranslationField[]>>

const isBlank = (value: string | undefined) => !value?.trim()

/** The kinds of text `translation` leaves in English: an option counts when its name or any value label does. */
export function productTranslationGaps(
  source: ProductSource,
  translation: ProductTranslation | undefined,
): TranslationField[] {
  const gaps: TranslationField[] = []
  if (!isBlank(source.name) && isBlank(translation?.name)) gaps.push('name')
  if (!isBlank(source.description) && isBlank(translation?.description)) gaps.push('description')
  const optionGap = source.options.some((option) => {
    const given = translation?.options?.[option.code]
    return isBlank(given?.name) || option.values.some((value) => isBlank(given?.values?.[value.code]))
  })
  if (optionGap) gaps.push('options')
  return gaps
}

export function categoryTranslationGaps(
  source: CategorySource,
  translation: CategoryTranslation | undefined,
): TranslationField[] {
  const gaps: TranslationField[] = []
  if (!isBlank(source.name) && isBlank(translation?.name)) gaps.push('name')
  if (!isBlank(source.description) && isBlank(translation?.description)) gaps.push('description')
  return gaps
}

/** Blank texts dropped and what is then empty with them, so a stored translation holds only real text. */
export function compactProductTranslation(translation: ProductTranslation): ProductTranslation | undefined {
  const options: Record<string, OptionTranslation> = {}
  for (const [code, option] of Object.entries(translation.options ?? {})) {
    const values = Object.fromEntries(Object.entries(option.values ?? {}).filter(([, label]) => !isBlank(label)))
    const compact: OptionTranslation = {
      ...(isBlank(option.name) ? {} : { name: option.name }),
      ...(Object.keys(values).length > 0 ? { values } : {}),
    }
    if (Object.keys(compact).length > 0) options[code] = compact
  }
  const result: ProductTranslation = {
    ...(isBlank(translation.name) ? {} : { name: translation.name }),
    ...(isBlank(translation.description) ? {} : { description: translation.description }),
    ...(Object.keys(options).length > 0 ? { options } : {}),
  }
  return Object.keys(result).length > 0 ? result : undefined
}

export function compactCategoryTranslation(translation: CategoryTranslation): CategoryTranslation | undefined {
  const result: CategoryTranslation = {
    ...(isBlank(translation.name) ? {} : { name: translation.name }),
    ...(isBlank(translation.description) ? {} : { description: translation.description }),
  }
  return Object.keys(result).length > 0 ? result : undefined
}

/**
 * The stored translations after a write: each locale `given` replaces that locale's texts whole (a
 * locale given with only blanks is removed), every locale not given is kept as stored.
 */
export function mergeTranslations<T extends object>(
  stored: Translations<T>,
  given: Translations<T>,
  compact: (translation: T) => T | undefined,
): Translations<T> {
  const merged: Partial<Record<TranslatedLocale, T>> = { ...stored }
  for (const [locale, translation] of Object.entries(given) as [TranslatedLocale, T | undefined][]) {
    const kept = translation === undefined ? undefined : compact(translation)
    if (kept === undefined) delete merged[locale]
    else merged[locale] = kept
  }
  return merged
}

/**
 * Translations naming an option or value the product does not have: refused rather than stored,
 * since the shop would never show them and a typo in a code would go unnoticed. A blank text for one
 * is no translation at all (it would be dropped), so it passes: an editor opened before an option
 * was removed can still save once its text is cleared.
 */
export function unknownOptionIssues(
  options: ProductSource['options'],
  translations: Translations<ProductTranslation>,
  pathOf: (field: string) => string,
): FieldIssue[] {
  const issues: FieldIssue[] = []
  for (const [locale, translation] of Object.entries(translations) as [TranslatedLocale, ProductTranslation][]) {
    for (const [code, option] of Object.entries(translation?.options ?? {})) {
      const known = options.find((candidate) => candidate.code === code)
      const givenValues = Object.entries(option.values ?? {}).filter(([, label]) => !isBlank(label))
      if (!known) {
        if (!isBlank(option.name) || givenValues.length > 0)
          issues.push({ path: pathOf(`${locale}.options.${code}`), message: 'names no option of this product' })
        continue
      }
      for (const [valueCode] of givenValues)
        if (!known.values.some((value) => value.code === valueCode))
          issues.push({
            path: pathOf(`${locale}.options.${code}.values.${valueCode}`),
            message: 'names no value of this option',
          })
    }
  }
  return issues
}
