/**
 * A product's and a category's texts in the shop's other languages (issue 16). The default
 * language's texts are the row's own columns; a translation overrides what it gives and falls back
 * to them for what it leaves out, field by field, so a half-translated product still reads whole.
 */
import type { Locale } from '../i18n/locales.ts'
import type { Category, Product, ProductOption } from './product.ts'

export type TranslatedLocale = Exclude<Locale, 'en'>

export type OptionTranslation = {
  readonly name?: string
  /** By value code. */
  readonly values?: Readonly<Record<string, string>>
}

export type ProductTranslation = {
  readonly name?: string
  readonly description?: string
  /** By option code. */
  readonly options?: Readonly<Record<string, OptionTranslation>>
}

export type CategoryTranslation = { readonly name?: string; readonly description?: string }

export type Translations<T> = Readonly<Partial<Record<TranslatedLocale, T>>>

/** `product` in `locale`: its texts replaced by the translation's, where there is one. */
export function localizeProduct<P extends Pick<Product, 'name' | 'description' | 'options'>>(
  product: P,
  translations: Translations<ProductTranslation> | undefined,
  locale: Locale,
): P {
  const translation = locale === 'en' ? undefined : translations?.[locale]
  if (!translation) return product
  return {
    ...product,
    name: nonBlank(translation.name) ?? product.name,
    description: nonBlank(translation.description) ?? product.description,
    options: product.options.map((option) => localizeOption(option, translation.options?.[option.code])),
  }
}

export function localizeCategory<C extends Pick<Category, 'name' | 'description'>>(
  category: C,
  translations: Translations<CategoryTranslation> | undefined,
  locale: Locale,
): C {
  const translation = locale === 'en' ? undefined : translations?.[locale]
  if (!translation) return category
  return {
    ...category,
    name: nonBlank(translation.name) ?? category.name,
    description: nonBlank(translation.description) ?? category.description,
  }
}

function localizeOption(option: ProductOption, translation: OptionTranslation | undefined): ProductOption {
  if (!translation) return option
  return {
    ...option,
    name: nonBlank(translation.name) ?? option.name,
    values: option.values.map((value) => ({
      ...value,
      label: nonBlank(translation.values?.[value.code]) ?? value.label,
    })),
  }
}

function nonBlank(text: string | undefined): string | undefined {
  return text?.trim() ? text : undefined
}
