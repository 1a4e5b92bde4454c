/**
 * Which catalog translations a device holds and asks for (issue 16, decision 0027). The sync feed
 * and the snapshot carry, beside each row's default-language texts, the translations of the locales
 * the client names in `?locales=`; the default language needs none. A locale set is canonical —
 * shop order, no duplicates, no default — so `de,fr` and `fr,de,en` are one cache entry and one file.
 */
import { z } from 'zod'
import type { TranslatedLocale, Translations } from '../catalog/catalog-translation.ts'
import { defaultLocale, isLocale, locales } from '../i18n/locales.ts'

/** Every shop locale but the default, in shop order (a test keeps it in step with `locales`). */
export const translatedLocales = ['de', 'fr', 'es', 'ja', 'ar'] as const satisfies readonly TranslatedLocale[]

export function isTranslatedLocale(value: unknown): value is TranslatedLocale {
  return isLocale(value) && value !== defaultLocale
}

/** `locales` in shop order, each once, without the default language. */
export function canonicalLocales(list: readonly string[]): TranslatedLocale[] {
  return translatedLocales.filter((locale) => list.includes(locale))
}

/** The set as it goes into a URL and a cache key: `de,fr`; empty for none. */
export function formatLocales(list: readonly TranslatedLocale[]): string {
  return canonicalLocales(list).join(',')
}

/**
 * `?locales=de,fr`: shop locale codes separated by commas (the default language is accepted and
 * carries nothing). Exact codes, not tags: a device asks for what it stores under those keys.
 */
export const syncLocalesParam = z
  .string()
  .max(64)
  .refine(
    (value) => value === '' || value.split(',').every(isLocale),
    `must be shop locales separated by commas (${locales.join(', ')})`,
  )
  .transform((value) => canonicalLocales(value === '' ? [] : value.split(',')))

/** Only the translations of `wanted`; undefined when none of them is there (the row then carries none). */
export function pickTranslations<T>(
  translations: Translations<T> | null | undefined,
  wanted: readonly TranslatedLocale[],
): Translations<T> | undefined {
  if (!translations || wanted.length === 0) return undefined
  const picked: Partial<Record<TranslatedLocale, T>> = {}
  let any = false
  for (const locale of wanted) {
    const translation = translations[locale]
    if (translation === undefined) continue
    picked[locale] = translation
    any = true
  }
  return any ? picked : undefined
}
