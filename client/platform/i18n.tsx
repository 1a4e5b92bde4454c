/**
 * The intl layer: every user-visible string, number, price and date goes through here. English is in
 * the main bundle; other locales load on demand. The chosen locale is remembered per device.
 */

import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { createIntl, createIntlCache, type FormatNumberOptions, type IntlShape } from '@formatjs/intl'
import { type Accessor, createContext, createEffect, createMemo, createSignal, type JSX, useContext } from 'solid-js'
import en from '../../locales/en.json'
import { isolateArguments } from '../../shared/i18n/bidi.ts'
import { localeManifestPath, localeOfPath, localizedPath } from '../../shared/i18n/locale-path.ts'
import {
  firstSupportedLocale,
  isLocale,
  type Locale,
  localeCookieName,
  localeDirection,
  locales,
  pickLocale,
} from '../../shared/i18n/locales.ts'
import { formatPrice } from '../../shared/i18n/price-format.ts'
import { relativeTimeOf } from '../../shared/i18n/relative-time.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import { pageDataElementId } from '../../shared/pages/page-data.ts'
import { localStorageKeys } from '../local-data/storage-keys.ts'

export { isLocale, type Locale, locales }
export type MessageId = keyof typeof en
/**
 * A full catalog: a locale file missing an id fails the type check where it is loaded. At runtime the
 * values are ICU ASTs, compiled from the JSON strings at build time (vite.config.ts).
 */
export type Messages = Readonly<Record<MessageId, string>> | Readonly<Record<MessageId, MessageFormatElement[]>>
export type MessageValues = Readonly<Record<string, string | number>>

const loaders: Record<Locale, () => Promise<Messages>> = {
  en: async () => en,
  de: async () => (await import('../../locales/de.json')).default,
  fr: async () => (await import('../../locales/fr.json')).default,
  es: async () => (await import('../../locales/es.json')).default,
  ja: async () => (await import('../../locales/ja.json')).default,
  ar: async () => (await import('../../locales/ar.json')).default,
}

export type I18n = {
  readonly locale: Accessor<Locale>
  readonly setLocale: (locale: Locale) => Promise<void>
  readonly t: (id: MessageId, values?: MessageValues) => string
  readonly formatPrice: (amount: number, currency: CurrencyCode) => string
  readonly formatDate: (value: string | Date, options?: Intl.DateTimeFormatOptions) => string
  /** A count, a ratio as a percent (`{ style: 'percent' }`), a unit (`{ style: 'unit', unit: 'megabyte' }`). */
  readonly formatNumber: (value: number, options?: FormatNumberOptions) => string
  /** How long ago (or from now) `at` is, in words: "5 minutes ago", "vor 5 Minuten", "yesterday". */
  readonly formatRelativeTime: (at: string | Date, now?: Date) => string
}

/**
 * The language in the URL (decision 0027), else the stored choice, else the language the server
 * rendered the page in (it negotiated the browser's Accept-Language), else the first of the
 * browser's languages the shop speaks, else English. The account's language is not known yet at
 * start (the session answer comes later): client/account/account-locale.ts follows it then.
 */
export function detectLocale(): Locale {
  return pickLocale({
    inUrl: localeOfPath(location.pathname) ?? null,
    chosen: readStoredLocale(),
    account: null,
    browser: () => {
      if (document.getElementById(pageDataElementId) && isLocale(document.documentElement.lang)) {
        return document.documentElement.lang
      }
      return firstSupportedLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language])
    },
  })
}

export function loadMessages(locale: Locale): Promise<Messages> {
  return loaders[locale]()
}

/** Build the intl state for `locale`, whose messages the caller has already loaded. */
export function createI18n(initial: Locale, initialMessages: Messages): I18n {
  const cache = createIntlCache()
  const [current, setCurrent] = createSignal({ locale: initial, messages: initialMessages })
  const intl: Accessor<IntlShape> = createMemo(() =>
    createIntl({ locale: current().locale, defaultLocale: 'en', messages: current().messages, onError }, cache),
  )
  const locale = () => current().locale

  createEffect(() => {
    document.documentElement.lang = locale()
    document.documentElement.dir = localeDirection(locale())
    document.querySelector('link[rel="manifest"]')?.setAttribute('href', localeManifestPath(locale()))
  })

  return {
    locale,
    async setLocale(next) {
      const messages = await loadMessages(next)
      showLocaleInUrl(next)
      rememberLocale(next)
      setCurrent({ locale: next, messages })
    },
    t: (id, values) => intl().formatMessage({ id }, isolateArguments(values, locale())),
    // Not formatjs's formatNumber: it looks the locale up on every call (shared/i18n/price-format.ts).
    formatPrice: (amount, currency) => formatPrice(locale(), amount, currency),
    formatDate: (value, options) => intl().formatDate(value, options ?? { dateStyle: 'medium', timeStyle: 'short' }),
    formatNumber: (value, options) => intl().formatNumber(value, options),
    formatRelativeTime: (at, now = new Date()) => {
      const { value, unit } = relativeTimeOf(at, now)
      return intl().formatRelativeTime(value, unit, { numeric: 'auto' })
    },
  }
}

const I18nContext = createContext<I18n>()

export function I18nProvider(props: { readonly i18n: I18n; readonly children: JSX.Element }): JSX.Element {
  return <I18nContext.Provider value={props.i18n}>{props.children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n needs an <I18nProvider> above it')
  return i18n
}

function onError(error: Error): void {
  // A missing or malformed message is a bug; formatjs then shows the id, so the page still works.
  console.error(error)
}

/**
 * Puts `locale` in the address, replacing any other one (decision 0027): the address is shareable
 * as it is. An address that already named it was the shopper's choice, remembered for addresses
 * without one.
 */
export function showLocaleInUrl(locale: Locale): void {
  const here = `${location.pathname}${location.search}${location.hash}`
  if (localeOfPath(location.pathname) === locale) rememberLocale(locale)
  const there = localizedPath(locale, here)
  if (there !== here) history.replaceState(history.state, '', there)
}

function rememberLocale(locale: Locale): void {
  if (readStoredLocale() !== locale) writeStoredLocale(locale)
}

/** This device's last choice (a prefixed address the shopper opened counts: `showLocaleInUrl`). */
export function readStoredLocale(): Locale | null {
  try {
    const value = localStorage.getItem(localStorageKeys.locale)
    return isLocale(value) ? value : null
  } catch {
    // Storage can be disabled (privacy settings); fall back to the browser language.
    return null
  }
}

function writeStoredLocale(locale: Locale): void {
  try {
    localStorage.setItem(localStorageKeys.locale, locale)
    // The server renders a first visit's HTML in this language too (server/pages/).
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and older Safari
    document.cookie = `${localeCookieName}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`
  } catch (error) {
    console.warn('could not remember the locale', error)
  }
}
