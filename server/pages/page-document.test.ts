import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../platform/repo-root.ts'
import { compileDocumentTemplate } from './page-document.ts'

const sourceIndexHtml = readFileSync(`${repoRoot}/client/index.html`, 'utf8')
/** client/index.html as the build writes it: the entry script, its module preloads and the stylesheet added. */
const builtIndexHtml = sourceIndexHtml.replace(
  '</head>',
  `<script type="module" crossorigin src="/assets/index-9f8e.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-1a2b.js">
    <link rel="stylesheet" crossorigin href="/assets/index-3c4d.css">
  <link rel="manifest" href="/manifest.webmanifest"></head>`,
)

describe('the page document', () => {
  it('renders into client/index.html: language, head, body and data island in their places', () => {
    const render = compileDocumentTemplate(sourceIndexHtml)
    const html = render({
      lang: 'de',
      dir: 'ltr',
      manifest: '/manifest.de.webmanifest',
      head: '<title>Seite · Storefront</title>',
      body: '<main>hello</main>',
      data: { page: 'shell', text: '</script><script>alert(1)</script>' },
      needsScript: false,
    })
    expect(html).toContain('<html lang="de" dir="ltr">')
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(html).toContain('<title>Seite · Storefront</title>')
    expect(html).not.toContain('<meta name="description" content="Storefront — an online shop')
    expect(html.indexOf('<title>')).toBeLessThan(html.indexOf('</head>'))
    expect(html).toContain('<div id="root"><main>hello</main></div><script type="application/json" id="page-data">')
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).not.toContain('<noscript>')
  })

  it('links the web app manifest of the page’s language', () => {
    const html = compileDocumentTemplate(builtIndexHtml)({
      lang: 'ar',
      dir: 'rtl',
      manifest: '/manifest.ar.webmanifest',
      head: '',
      body: '',
      data: null,
      needsScript: true,
    })
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('<link rel="manifest" href="/manifest.ar.webmanifest">')
    expect(html).not.toContain('href="/manifest.webmanifest"')
  })

  it('keeps the "needs JavaScript" notice and the module preloads for pages only the app can show', () => {
    const html = compileDocumentTemplate(builtIndexHtml)({
      lang: 'en',
      dir: 'ltr',
      manifest: '/manifest.de.webmanifest',
      head: '',
      body: '',
      data: null,
      needsScript: true,
    })
    expect(html).toContain('<noscript>')
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/vendor-1a2b.js">')
    expect(html).not.toContain('id="page-data"')
  })

  it('leaves the module preloads out of a page that paints without script, but not its entry script', () => {
    const html = compileDocumentTemplate(builtIndexHtml)({
      lang: 'en',
      dir: 'ltr',
      manifest: '/manifest.de.webmanifest',
      head: '',
      body: '<h1>Hi</h1>',
      data: {},
      needsScript: false,
    })
    expect(html).not.toContain('modulepreload')
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-9f8e.js"></script>')
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-3c4d.css">')
  })

  it('refuses a template without its markers instead of serving a blank page', () => {
    expect(() => compileDocumentTemplate('<!doctype html><title>Shop</title>')).toThrow(/marker/)
  })
})
