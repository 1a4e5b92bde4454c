/** The <head> tags of one page: what search engines, link previews and the browser's preloader read. */
import { html, raw } from 'hono/html'
import type { JsonLd } from './structured-data.ts'
import { scriptSafeJson } from './structured-data.ts'

export type PageHead = {
  /** The full title, e.g. "Orbit Fold · Storefront". */
  readonly title: string
  readonly description: string
  /** Absolute canonical URL; absent for pages that should not be indexed. */
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

export async function renderPageHead(head: PageHead): Promise<string> {
  const og = head.openGraph
  const tags = html`<title>${head.title}</title>
<meta name="description" content="${head.description}">
${head.preloadImage ? html`<link rel="preload" as="image"${head.preloadImage.type ? html` type="${head.preloadImage.type}"` : ''} href="${head.preloadImage.src}" imagesrcset="${head.preloadImage.srcset}" imagesizes="${head.preloadImage.sizes}" fetchpriority="high">` : ''}
${head.noindex ? html`<meta name="robots" content="noindex">` : ''}
${head.canonicalUrl ? html`<link rel="canonical" href="${head.canonicalUrl}">` : ''}
${
  og
    ? html`<meta property="og:type" content="${og.type}"><meta property="og:site_name" content="${og.siteName}"><meta property="og:title" content="${head.title}"><meta property="og:description" content="${head.description}">${head.canonicalUrl ? html`<meta property="og:url" content="${head.canonicalUrl}">` : ''}${og.image ? html`<meta property="og:image" content="${og.image.url}"><meta property="og:image:alt" content="${og.image.alt}">` : ''}<meta name="twitter:card" content="${og.image ? 'summary_large_image' : 'summary'}">`
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
