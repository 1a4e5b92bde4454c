/**
 * A shop language's name in the admin's own language ("German" to an English admin, "allemand" to a
 * French one), from the browser's CLDR data rather than 36 more catalog entries; the code when the
 * browser has no name for it.
 */
import type { Locale } from '../../shared/i18n/locales.ts'

const namers = new Map<Locale, Intl.DisplayNames>()

export function languageName(language: Locale, inLocale: Locale): string {
  let namer = namers.get(inLocale)
  if (!namer) {
    namer = new Intl.DisplayNames([inLocale], { type: 'language' })
    namers.set(inLocale, namer)
  }
  return namer.of(language) ?? language
}
