/**
 * Every in-shop link and form of a rendered page carries the page's locale (decision 0027), so a
 * crawler or a click before the app takes over stays in that language. Done once on the finished
 * HTML rather than in each view: a view writes shop paths (`/p/x`) like the app's routes do.
 */

import { localizedPath } from '../../shared/i18n/locale-path.ts'
import { type Locale, locales } from '../../shared/i18n/locales.ts'

/** Paths that are not pages: served the same in every language. */
const notPages = /^\/(?:api|media|assets|icons|email|sitemaps?)(?:[/?#.]|$)/

const inShopLinks = /(\s(?:href|action)=")(\/(?!\/)[^"]*)"/g

export function localizeLinks(html: string, locale: Locale): string {
  return html.replace(inShopLinks, (whole, attribute: string, path: string) =>
    notPages.test(path) ? whole : `${attribute}${localizedPath(locale, path)}"`,
  )
}

/**
 * The page's address in each language and the language-neutral one (x-default), for the
 * `hreflang` alternates; `url` is an absolute URL without a locale.
 */
export function alternateUrls(url: string, locale: Locale): { canonical: string; alternates: [string, string][] } {
  const { origin, pathname, search } = new URL(url)
  const inLocale = (l: Locale) => `${origin}${localizedPath(l, pathname + search)}`
  return {
    canonical: inLocale(locale),
    alternates: [...locales.map((l): [string, string] => [l, inLocale(l)]), ['x-default', url]],
  }
}
