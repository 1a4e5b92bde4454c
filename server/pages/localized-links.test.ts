import { describe, expect, it } from 'vitest'
import { alternateUrls, localizeLinks } from './localized-links.ts'

describe('localizeLinks', () => {
  it('puts the locale in front of every page link and form action', () => {
    const html =
      '<a href="/">Home</a><a class="x" href="/p/orbit?variant=1">Orbit</a><form action="/search"></form><a href="/fr/cart">c</a>'
    expect(localizeLinks(html, 'de')).toBe(
      '<a href="/de">Home</a><a class="x" href="/de/p/orbit?variant=1">Orbit</a><form action="/de/search"></form><a href="/de/cart">c</a>',
    )
  })

  it('leaves fragments, other origins, the API, media and assets alone', () => {
    const html =
      '<a href="#reviews">r</a><a href="https://carrier.example/t">t</a><a href="//cdn.example/x">x</a><img src="/media/x.webp"><a href="/media/p.webp">p</a><a href="/api/x">a</a><link href="/assets/app.css"><a href="/email/unsubscribe?t=1">u</a>'
    expect(localizeLinks(html, 'ja')).toBe(html)
  })
})

describe('alternateUrls', () => {
  it('names the page in every language and the language-neutral address as x-default', () => {
    const { canonical, alternates } = alternateUrls('https://shop.example/p/orbit?variant=1', 'fr')
    expect(canonical).toBe('https://shop.example/fr/p/orbit?variant=1')
    expect(alternates).toContainEqual(['ar', 'https://shop.example/ar/p/orbit?variant=1'])
    expect(alternates).toContainEqual(['x-default', 'https://shop.example/p/orbit?variant=1'])
    expect(alternates).toHaveLength(7)
  })

  it('gives the home page its bare prefix', () => {
    expect(alternateUrls('https://shop.example/', 'de').canonical).toBe('https://shop.example/de')
  })
})
