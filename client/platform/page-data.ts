/**
 * The server's data island (decision 0014): on a first visit the HTML already shows the page, and
 * the app renders the same view from the same data until this device holds the whole catalog, so
 * taking over from the server's HTML changes nothing on screen.
 */
import type { Category } from '../../shared/catalog/product.ts'
import { isLocale, type Locale } from '../../shared/i18n/locales.ts'
import { type PageData, pageDataElementId } from '../../shared/pages/page-data.ts'
import { isCatalogPending, isCatalogTextPending, type Offline } from '../offline/offline-context.tsx'
import { chooseFirstView } from './first-view.ts'

let island: PageData | null | undefined
/** The language the server rendered the island's texts in: `<html lang>` as it came, read with the island. */
let islandLocale: Locale | undefined

/** The island of this document, read once; null when the page came from the app shell (or offline). */
export function documentPageData(): PageData | null {
  if (island === undefined) {
    island = readIsland()
    const lang = document.documentElement.lang
    islandLocale = isLocale(lang) ? lang : undefined
  }
  return island
}

/**
 * The island if its texts are in the page's language: after a switch to another language it is
 * stale (German names on a French page), and the device's catalog shows instead.
 */
function islandIn(sync: Offline['sync']): PageData | null {
  const data = documentPageData()
  return data && islandLocale === sync.locale() ? data : null
}

/**
 * Whether the device's catalog can show the page: complete, and holding the page language's texts
 * (else its rows would read in English over the server's German, issue 16).
 */
function isLocalComplete(sync: Offline['sync']): boolean {
  return !isCatalogPending(sync) && !isCatalogTextPending(sync)
}

/** What a page shows on a first visit: see `chooseFirstView`; the island counts only for its own `path`. */
export function preferLocal<L, S>(
  sync: Offline['sync'],
  path: string,
  local: L | undefined,
  fromServer: (data: PageData) => S | undefined,
): L | S | undefined {
  const data = islandIn(sync)
  const server = data && data.path === path ? fromServer(data) : undefined
  return chooseFirstView({ local, server, catalogComplete: isLocalComplete(sync) })
}

/** The header's categories from the island, whatever the page, until the local ones are there. */
export function serverCategories(sync: Offline['sync'], local: readonly Category[]): readonly Category[] {
  const data = islandIn(sync)
  if (!data || (local.length > 0 && isLocalComplete(sync))) return local
  return data.categories
}

/** Whether the island says this path does not exist (the server answered 404). */
export function isServerNotFound(path: string): boolean {
  const data = documentPageData()
  return data?.page === 'not-found' && data.path === path
}

/**
 * The island is written by this shop's server into the same document as this script, so it is
 * checked for its shape (kind and path) rather than parsed field by field like an API answer.
 */
function readIsland(): PageData | null {
  const text = document.getElementById(pageDataElementId)?.textContent
  if (!text) return null
  try {
    const value: unknown = JSON.parse(text)
    return isPageData(value) ? value : null
  } catch (error) {
    console.error('the page data island is not JSON', error)
    return null
  }
}

function isPageData(value: unknown): value is PageData {
  if (typeof value !== 'object' || value === null) return false
  const { page, path, categories } = value as Record<string, unknown>
  return typeof page === 'string' && typeof path === 'string' && Array.isArray(categories)
}
