/**
 * A server-rendered page is the built index.html (its hashed scripts and styles) with the page's own
 * head, its first view inside #root and the data island after it. The template is split once per
 * build at its markers; a build without them fails loudly here rather than serving a blank page.
 */
import { pageDataElementId } from '../../shared/pages/page-data.ts'
import { scriptSafeJson } from './structured-data.ts'

export type DocumentParts = {
  readonly lang: string
  readonly dir: 'ltr' | 'rtl'
  /** The web app manifest in the page's language (decision 0027). */
  readonly manifest: string
  /** Everything the page adds to <head>: title, description, canonical, Open Graph, JSON-LD, preloads. */
  readonly head: string
  readonly body: string
  /** The data island; null for a page the client renders on its own. */
  readonly data: unknown
  /** Keep the "needs JavaScript" notice: for pages that show nothing without the app. */
  readonly needsScript: boolean
}

export type DocumentTemplate = (parts: DocumentParts) => string

const modulePreloads = /\s*<link rel="modulepreload"[^>]*>/g
const manifestLink = /<link rel="manifest" href="[^"]*">/

const markers = {
  html: /<html lang="[^"]*">/,
  title: /<title>[^<]*<\/title>\s*/,
  description: /<meta name="description"[^>]*>\s*/,
  noscript: /<noscript>[\s\S]*?<\/noscript>\s*/,
  root: '<div id="root"></div>',
} as const

export function compileDocumentTemplate(indexHtml: string): DocumentTemplate {
  for (const [name, marker] of Object.entries(markers)) {
    const found = typeof marker === 'string' ? indexHtml.includes(marker) : marker.test(indexHtml)
    if (!found) throw new Error(`index.html has no ${name} marker (${String(marker)}): cannot render pages into it`)
  }
  const withoutDefaults = indexHtml.replace(markers.title, '').replace(markers.description, '')
  const noscript = markers.noscript.exec(withoutDefaults)?.[0] ?? ''
  const [beforeRoot = '', afterRoot = ''] = withoutDefaults.replace(markers.noscript, '').split(markers.root)
  const headEnd = beforeRoot.indexOf('<meta name="viewport"')
  const headInsertAt = beforeRoot.indexOf('>', headEnd) + 1
  // A page the server rendered needs no script to paint: without the build's modulepreload hints the
  // HTML, its stylesheet and its LCP image have the connection to themselves, and the app's modules
  // follow from its entry script. A page only the app can show keeps them.
  const restOfHead = beforeRoot.slice(headInsertAt)
  const restOfHeadWithoutPreloads = restOfHead.replace(modulePreloads, '')
  return (parts) => {
    const start = beforeRoot
      .slice(0, headInsertAt)
      .replace(markers.html, `<html lang="${parts.lang}" dir="${parts.dir}">`)
    const island =
      parts.data === null
        ? ''
        : `<script type="application/json" id="${pageDataElementId}">${scriptSafeJson(parts.data)}</script>`
    const rest = (parts.needsScript ? restOfHead : restOfHeadWithoutPreloads).replace(
      manifestLink,
      `<link rel="manifest" href="${parts.manifest}">`,
    )
    return `${start}\n${parts.head}${rest}${parts.needsScript ? noscript : ''}<div id="root">${parts.body}</div>${island}${afterRoot}`
  }
}
