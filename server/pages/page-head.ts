/** The <head> tags of one page: what search engines, link previews and the browser's preloader read. */
import { html, raw } from 'hono/html'
import type { Locale } from '../../shared/i18n/locales.ts'
import { alternateUrls } from './localized-links.ts'
import type { JsonLd } from './structured-data.ts'
import { scriptSafeJson } from './structured-data.ts'

export type PageHead = {
  /** The full title, e.g. "Orbit Fold · Storefront". */
  readonly title: string
  readonly description: string
  /**
   * Absolute URL of the page without a locale; absent for pages that should not be indexed. The head
   * names its address in the page's locale as canonical, with the other languages as alternates.
   */
  readonly canonicalUrl?: string
  readonly noindex?: boolean
  readonly openGraph?: {
    readonly type: 'website' | 'product'
    readonly siteName: string
    readonly image?: { readonly url: string; readonly alt: string }
  }
  readonly jsonLd?: readonly JsonLd[]
  /** The page's largest paint, fetched before the parser finds the <img> (LCP discipline). */
  readonly preloadImage?: {
    readonly type?: string
    readonly srcset: string
    readonly sizes: string
    readonly src: string
  }
}

export async function renderPageHead(head: PageHead, locale: Locale): Promise<string> {
  const og = head.openGraph
  const urls = head.canonicalUrl ? alternateUrls(head.canonicalUrl, locale) : undefined
  const tags = html`<title>${head.title}</title>
<meta name="description" content="${head.description}">
${head.preloadImage ? html`<link rel="preload" as="image"${head.preloadImage.type ? html` type="${head.preloadImage.type}"` : ''} href="${head.preloadImage.src}" imagesrcset="${head.preloadImage.srcset}" imagesizes="${head.preloadImage.sizes}" fetchpriority="high">` : ''}
${head.noindex ? html`<meta name="robots" content="noindex">` : ''}
${urls ? html`<link rel="canonical" href="${urls.canonical}">${urls.alternates.map(([language, url]) => html`<link rel="alternate" hreflang="${language}" href="${url}">`)}` : ''}
${
  og
    ? html`<meta property="og:type" content="${og.type}"><meta property="og:site_name" content="${og.siteName}"><meta property="og:title" content="${head.title}"><meta property="og:description" content="${head.description}">${urls ? html`<meta property="og:url" content="${urls.canonical}">` : ''}${og.image ? html`<meta property="og:image" content="${og.image.url}"><meta property="og:image:alt" content="${og.image.alt}">` : ''}<meta name="twitter:card" content="${og.image ? 'summary_large_image' : 'summary'}">`
    : ''
}
${(head.jsonLd ?? []).map((data) => html`<script type="application/ld+json">${raw(scriptSafeJson(data))}</script>`)}
`
  return String(await tags)
}

/** A meta description of at most ~160 characters, cut at a word. */
export function summarize(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–—-]+$/, '')}…`
}
