import { createSignal } from 'solid-js'
import { describe, expect, it, vi } from 'vitest'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { ExchangeRates } from '../../shared/markets/market-price.ts'
import { localStorageKeys } from '../local-data/storage-keys.ts'
import { createMarketStore } from './market-store.ts'

const rates: ExchangeRates = { EUR: 920_000, GBP: 790_000, JPY: 151_370_000 }
const headphones = { currency: 'USD' as const, price: 1879, variants: [{ price: 1879, compareAtPrice: null }] }

function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

function setUp(options: { stored?: string; locale?: Locale; rates?: ExchangeRates | null } = {}) {
  const storage = fakeStorage(options.stored ? { [localStorageKeys.shippingCountry]: options.stored } : {})
  const cookies: string[] = []
  const [locale, setLocale] = createSignal<Locale>(options.locale ?? 'en')
  const [currentRates, setRates] = createSignal<ExchangeRates | null>(
    options.rates === undefined ? rates : options.rates,
  )
  const store = createMarketStore({
    locale,
    rates: currentRates,
    storage,
    writeCookie: (cookie) => cookies.push(cookie),
  })
  return { store, storage, cookies, setLocale, setRates }
}

describe('the market store', () => {
  it('suggests the market from the language until the shopper chooses, and follows the language', () => {
    const { store, setLocale, cookies } = setUp({ locale: 'ja' })
    expect(store.choice()).toMatchObject({ country: 'JP', suggested: true })
    expect(store.market().id).toBe('jp')
    setLocale('de')
    expect(store.market().id).toBe('eu')
    expect(cookies).toEqual([])
  })

  it('keeps a choice on the device and in the market cookie, and prices in the chosen market', () => {
    const { store, storage, cookies } = setUp({ locale: 'en' })
    expect(store.price(headphones)).toEqual({ amount: 1879, currency: 'USD', compareAt: null, from: false })
    store.choose('jp')
    expect(store.chosenCountry()).toBe('JP')
    expect(storage.items.get(localStorageKeys.shippingCountry)).toBe('JP')
    expect(cookies).toEqual(['market=jp; Path=/; Max-Age=31536000; SameSite=Lax'])
    expect(store.price(headphones)).toEqual({ amount: 2840, currency: 'JPY', compareAt: null, from: false })
  })

  it('starts from the stored choice, whatever the language suggests, and mirrors it in the cookie again', () => {
    const { store, cookies } = setUp({ stored: 'DE', locale: 'ja' })
    expect(store.choice()).toMatchObject({ country: 'DE', suggested: false })
    expect(store.market().id).toBe('eu')
    expect(cookies).toEqual(['market=eu; Path=/; Max-Age=31536000; SameSite=Lax'])
  })

  it('shows the base market until the rates are known, then re-prices (offline, from the stored rates)', () => {
    const { store, setRates } = setUp({ stored: 'DE', rates: null })
    expect(store.choice().market.id).toBe('eu')
    expect(store.market().id).toBe('us')
    expect(store.price(headphones).currency).toBe('USD')
    setRates(rates)
    expect(store.market().id).toBe('eu')
    expect(store.price(headphones)).toMatchObject({ amount: 1699, currency: 'EUR' })
  })

  it('ignores a malformed country and a stored value that is not one', () => {
    const { store, cookies } = setUp({ stored: 'Japan' })
    expect(store.chosenCountry()).toBeNull()
    store.choose('Deutschland')
    expect(store.chosenCountry()).toBeNull()
    expect(cookies).toEqual([])
  })

  it('still works for the page where storage is disabled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const cookies: string[] = []
    const store = createMarketStore({
      locale: () => 'en',
      rates: () => rates,
      storage: {
        getItem: () => {
          throw new DOMException('denied', 'SecurityError')
        },
        setItem: () => {
          throw new DOMException('denied', 'SecurityError')
        },
      },
      writeCookie: (cookie) => cookies.push(cookie),
    })
    store.choose('GB')
    expect(store.market().id).toBe('uk')
    expect(cookies).toHaveLength(1)
    expect(warn).toHaveBeenCalledOnce()
    warn.mockRestore()
  })
})
