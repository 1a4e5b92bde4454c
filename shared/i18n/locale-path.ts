/**
 * The locale in the URL (decision 0027): every page of the shop lives under its language's prefix
 * (`/fr/p/orbit-fold`, `/fr` for the home page). A path without one is the language-neutral address
 * (hreflang's x-default): the server answers it in the negotiated language and the app moves to the
 * prefixed address. API, media and asset paths never carry a prefix.
 */
import { isLocale, type Locale } from './locales.ts'

/** The locale named by the path's first segment, if it names one. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1]
  return isLocale(first) ? first : undefined
}

/** The path inside the shop, without its locale prefix: `/fr/p/x` → `/p/x`, `/fr` → `/`. */
export function stripLocalePrefix(pathname: string): string {
  const locale = localeOfPath(pathname)
  if (!locale) return pathname
  return pathname.slice(locale.length + 1) || '/'
}

/** The address of `path` (a shop path, maybe with a query or hash) in `locale`: `/p/x` → `/fr/p/x`, `/` → `/fr`. */
export function localizedPath(locale: Locale, path: string): string {
  const inShop = stripLocalePrefix(path)
  return inShop === '/' || /^\/[?#]/.test(inShop) ? `/${locale}${inShop.slice(1)}` : `/${locale}${inShop}`
}

/** The web app manifest of `locale`'s pages (written by the build, vite.config.ts). */
export function localeManifestPath(locale: Locale): string {
  return `/manifest.${locale}.webmanifest`
}
