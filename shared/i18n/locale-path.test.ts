import { describe, expect, it } from 'vitest'
import { localeOfPath, localizedPath, stripLocalePrefix } from './locale-path.ts'

describe('locale paths', () => {
  it.each([
    ['/fr/p/orbit', 'fr', '/p/orbit'],
    ['/ar', 'ar', '/'],
    ['/ar/', 'ar', '/'],
    ['/p/orbit', undefined, '/p/orbit'],
    ['/', undefined, '/'],
    ['/french/x', undefined, '/french/x'],
    ['/EN/x', undefined, '/EN/x'],
  ])('reads %s as locale %s and shop path %s', (path, locale, inShop) => {
    expect(localeOfPath(path)).toBe(locale)
    expect(stripLocalePrefix(path)).toBe(inShop)
  })

  it.each([
    ['de', '/', '/de'],
    ['de', '/p/orbit?variant=1', '/de/p/orbit?variant=1'],
    ['de', '/?q=1', '/de?q=1'],
    ['ja', '/fr/cart', '/ja/cart'],
    ['ja', '/fr', '/ja'],
  ])('puts %s in front of %s: %s', (locale, path, expected) => {
    expect(localizedPath(locale as 'de', path)).toBe(expected)
  })
})
