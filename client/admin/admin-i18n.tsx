/**
 * The admin area's strings. They live in their own catalogs (locales/admin-*.json, every id
 * `admin.*`), loaded on demand into `admin-*` chunks, so shoppers neither download nor precache them.
 * `t` takes an admin id or a shop id (errors, order statuses, …); numbers, prices and dates are the
 * shop's. The admin catalog follows the shop's locale.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { createIntl, createIntlCache } from '@formatjs/intl'
import { createContext, createMemo, createResource, type JSX, Show, useContext } from 'solid-js'
import type adminEn from '../../locales/admin-en.json'
import { isolateArguments } from '../../shared/i18n/bidi.ts'
import { type I18n, type Locale, type MessageId, type MessageValues, useI18n } from '../platform/i18n.tsx'

export type AdminMessageId = keyof typeof adminEn
/** Any id an admin page may show: its own or a shared one from the shop's catalog. */
export type AdminPageMessageId = AdminMessageId | MessageId
/** A full admin catalog, checked like the shop's `Messages`: a locale missing an id fails here. */
export type AdminMessages =
  | Readonly<Record<AdminMessageId, string>>
  | Readonly<Record<AdminMessageId, MessageFormatElement[]>>

// The file names start with `admin-`, so the chunks do too and stay out of the precache (vite.config.ts).
const loaders: Record<Locale, () => Promise<AdminMessages>> = {
  en: async () => (await import('../../locales/admin-en.json')).default,
  de: async () => (await import('../../locales/admin-de.json')).default,
  fr: async () => (await import('../../locales/admin-fr.json')).default,
  es: async () => (await import('../../locales/admin-es.json')).default,
  ja: async () => (await import('../../locales/admin-ja.json')).default,
  ar: async () => (await import('../../locales/admin-ar.json')).default,
}

export type AdminI18n = Omit<I18n, 't'> & {
  readonly t: (id: AdminPageMessageId, values?: MessageValues) => string
}

function isAdminId(id: AdminPageMessageId): id is AdminMessageId {
  return id.startsWith('admin.')
}

const AdminI18nContext = createContext<AdminI18n>()

/**
 * Loads the admin catalog for the shop's locale, then renders `children`. The first load suspends
 * (the nearest <Suspense> shows its fallback; a failed load reaches the nearest <ErrorBoundary>); a
 * language switch keeps the page and swaps the strings once the new catalog is in.
 */
export function AdminI18nProvider(props: { readonly children: JSX.Element }): JSX.Element {
  const shop = useI18n()
  const cache = createIntlCache()
  const [catalog] = createResource(shop.locale, async (locale) => ({ locale, messages: await loaders[locale]() }))
  const intl = createMemo(() => {
    const loaded = catalog.latest
    return (
      loaded && createIntl({ locale: loaded.locale, defaultLocale: 'en', messages: loaded.messages, onError }, cache)
    )
  })
  const adminI18n: AdminI18n = {
    ...shop,
    t: (id, values) =>
      isAdminId(id)
        ? (intl()?.formatMessage({ id }, isolateArguments(values, shop.locale())) ?? '')
        : shop.t(id, values),
  }
  return (
    <Show when={intl()}>
      <AdminI18nContext.Provider value={adminI18n}>{props.children}</AdminI18nContext.Provider>
    </Show>
  )
}

export function useAdminI18n(): AdminI18n {
  const i18n = useContext(AdminI18nContext)
  if (!i18n) throw new Error('useAdminI18n needs an <AdminI18nProvider> above it')
  return i18n
}

function onError(error: Error): void {
  // As in the shop's catalog: a missing or malformed message is a bug; formatjs then shows the id.
  console.error(error)
}
