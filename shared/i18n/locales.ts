/** The shop's languages, and how a request or a browser picks one of them. */

export const locales = ['en', 'de', 'fr', 'es', 'ja', 'ar'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

/** The cookie the client writes when the shopper picks a language, so the server's HTML matches it. */
export const localeCookieName = 'locale'

const rightToLeft: ReadonlySet<Locale> = new Set<Locale>(['ar'])

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** The writing direction of `locale`, for `<html dir>`. */
export function localeDirection(locale: Locale): 'ltr' | 'rtl' {
  return rightToLeft.has(locale) ? 'rtl' : 'ltr'
}

/**
 * The shop's language for a BCP 47 tag (`fr-CA` → `fr`, `AR` → `ar`), or undefined when the shop
 * does not speak it. The fallback chain is the tag's language: no shop locale has a region.
 */
export function localeOfTag(tag: string): Locale | undefined {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0]
  return isLocale(language) ? language : undefined
}

/** The first of `tags` (most preferred first, like `navigator.languages`) the shop speaks, else the default. */
export function firstSupportedLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const locale = localeOfTag(tag)
    if (locale) return locale
  }
  return defaultLocale
}

/**
 * The best of `locales` for an Accept-Language header (`de-CH,de;q=0.9,en;q=0.8`): highest q first,
 * a region tag matching its language, the default when nothing matches.
 */
export function negotiateLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return defaultLocale
  const ranked = acceptLanguage
    .split(',')
    .slice(0, 20)
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
      return { tag, q: q === undefined ? 1 : Number(q), order }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
  return firstSupportedLocale(ranked.map((entry) => entry.tag))
}

/** The message id of a language's name; each catalog names every language in itself (an endonym). */
export function localeNameId<L extends Locale>(locale: L): `locale.${L}` {
  return `locale.${locale}`
}

/** What a page's language is chosen from, most binding first (decision 0027). */
export type LocaleSources = {
  /** The address's prefix (`/fr/...`): a choice made by following the link. */
  readonly inUrl: Locale | null
  /** This device's last choice (localStorage in the app, the `locale` cookie on the server). */
  readonly chosen: Locale | null
  /** The signed-in account's language: the last choice made on any of the shopper's devices. */
  readonly account: Locale | null
  /** The browser's languages; asked only when nothing above decides. */
  readonly browser: () => Locale
}

/** The URL's prefix, else the device's choice, else the account's, else the browser's languages. */
export function pickLocale(sources: LocaleSources): Locale {
  return sources.inUrl ?? sources.chosen ?? sources.account ?? sources.browser()
}
