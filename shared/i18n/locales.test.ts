import { describe, expect, it } from 'vitest'
import { negotiateLocale } from './locales.ts'

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['de-CH,de;q=0.9,en;q=0.8', 'de'],
    ['fr-FR,fr;q=0.9,de;q=0.5,en;q=0.4', 'fr'],
    ['pt-BR,pt;q=0.9,de;q=0.5,en;q=0.4', 'de'],
    ['ar-EG', 'ar'],
    ['en;q=0.3,de;q=0.7', 'de'],
    ['de;q=0,en', 'en'],
    ['ja,zh', 'ja'],
    ['zh,ko', 'en'],
    ['*', 'en'],
    ['EN-us', 'en'],
  ])('picks the best supported language of %j: %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected)
  })
})
