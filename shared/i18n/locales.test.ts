import { describe, expect, it } from 'vitest'
import { type Locale, type LocaleSources, negotiateLocale, pickLocale } from './locales.ts'

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

describe('pickLocale', () => {
  const none = { inUrl: null, chosen: null, account: null }
  it.each<[string, Omit<LocaleSources, 'browser'>, Locale]>([
    ['the browser when nothing else is known', none, 'ja'],
    ['the account over the browser', { ...none, account: 'de' }, 'de'],
    ['the device choice over the account', { ...none, chosen: 'fr', account: 'de' }, 'fr'],
    ['the URL prefix over the device choice and the account', { inUrl: 'es', chosen: 'fr', account: 'de' }, 'es'],
    ['the URL prefix over the account', { ...none, inUrl: 'ar', account: 'de' }, 'ar'],
    ['the device choice when the account has none', { ...none, chosen: 'en' }, 'en'],
  ])('takes %s', (_, sources, expected) => {
    expect(pickLocale({ ...sources, browser: () => 'ja' })).toBe(expected)
  })

  it('does not ask the browser when a source above decides', () => {
    const browser = () => {
      throw new Error('asked the browser')
    }
    expect(pickLocale({ inUrl: null, chosen: null, account: 'de', browser })).toBe('de')
  })
})
