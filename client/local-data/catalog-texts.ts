/**
 * Merging one locale's texts into the device's catalog rows (issue 16): a device that switches to a
 * locale it has not pulled fetches only that locale's texts (`GET /api/sync/catalog/texts`) and sets
 * them beside the translations it already holds. Pure, so the rules are tested without IndexedDB.
 */
import type { TranslatedLocale, Translations } from '../../shared/catalog/catalog-translation.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import { canonicalLocales } from '../../shared/sync/catalog-locales.ts'

/**
 * The row with `translation` as its text in `locale`, its other locales untouched. The texts are
 * newer than or as new as the row (fetched after it was stored): they replace what the row had in
 * that locale. A row the answer does not name keeps what it has.
 */
export function withLocaleTexts<R extends { readonly translations?: Translations<T> }, T>(
  row: R,
  locale: TranslatedLocale,
  translation: T,
): R {
  return { ...row, translations: { ...row.translations, [locale]: translation } }
}

/** The locales the device holds once it has `locale` too. */
export function withLocale(held: readonly TranslatedLocale[], locale: Locale): TranslatedLocale[] {
  return canonicalLocales([...held, locale])
}

/** Whether the device must pull `locale`'s texts before showing it (the default language needs none). */
export function lacksLocale(held: readonly TranslatedLocale[], locale: Locale): locale is TranslatedLocale {
  return locale !== 'en' && !(held as readonly string[]).includes(locale)
}
