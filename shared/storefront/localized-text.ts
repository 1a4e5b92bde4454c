import type { Locale } from '../i18n/locales.ts'

/**
 * Text the admin writes once per shop language. English is required; another language left blank
 * (or never written: rows saved before the shop spoke it) falls back to the English, so a block never
 * shows an empty heading.
 */
export type LocalizedText = { readonly en: string } & { readonly [L in Exclude<Locale, 'en'>]?: string }

/** The text in `locale`, or the English when that language was left blank. */
export function localize(text: LocalizedText, locale: Locale): string {
  const value = text[locale]?.trim() ?? ''
  return value === '' ? text.en : value
}
