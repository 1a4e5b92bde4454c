import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../platform/repo-root.ts'
import { compileDocumentTemplate } from './page-document.ts'

const sourceIndexHtml = readFileSync(`${repoRoot}/client/index.html`, 'utf8')

describe('the page document', () => {
  it('renders into client/index.html: language, head, body and data island in their places', () => {
    const render = compileDocumentTemplate(sourceIndexHtml)
    const html = render({
      lang: 'de',
      head: '<title>Seite · Storefront</title>',
      body: '<main>hello</main>',
      data: { page: 'shell', text: '</script><script>alert(1)</script>' },
      needsScript: false,
    })
    expect(html).toContain('<html lang="de">')
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(html).toContain('<title>Seite · Storefront</title>')
    expect(html).not.toContain('<meta name="description" content="Storefront — an online shop')
    expect(html.indexOf('<title>')).toBeLessThan(html.indexOf('</head>'))
    expect(html).toContain('<div id="root"><main>hello</main></div><script type="application/json" id="page-data">')
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).not.toContain('<noscript>')
  })

  it('keeps the "needs JavaScript" notice for pages only the app can show', () => {
    const html = compileDocumentTemplate(sourceIndexHtml)({
      lang: 'en',
      head: '',
      body: '',
      data: null,
      needsScript: true,
    })
    expect(html).toContain('<noscript>')
    expect(html).not.toContain('id="page-data"')
  })

  it('refuses a template without its markers instead of serving a blank page', () => {
    expect(() => compileDocumentTemplate('<!doctype html><title>Shop</title>')).toThrow(/marker/)
  })
})
