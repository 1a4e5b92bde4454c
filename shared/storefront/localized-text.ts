import type { Locale } from '../i18n/locales.ts'

/**
 * Text the admin writes once per shop language. English is required; a German left blank falls
 * back to the English, so a block never shows an empty heading.
 */
export type LocalizedText = { readonly en: string; readonly de: string }

/** The text in `locale`, or the English when that language was left blank. */
export function localize(text: LocalizedText, locale: Locale): string {
  const value = text[locale].trim()
  return value === '' ? text.en : value
}
