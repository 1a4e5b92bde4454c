import { describe, expect, it } from 'vitest'
import {
  type CurrencyCode,
  currencyCodes,
  currencyDecimals,
  minorUnitsPerMajor,
  minorUnitsPerMajorOf,
  money,
  toDecimalString,
} from './money.ts'

describe('currencyDecimals and minorUnitsPerMajorOf', () => {
  it.each<[CurrencyCode, number, number]>([
    ['EUR', 2, 100],
    ['USD', 2, 100],
    ['GBP', 2, 100],
    ['JPY', 0, 1],
  ])('%s has %i decimals, so %i minor units make one major unit', (currency, decimals, perMajor) => {
    expect(currencyDecimals(currency)).toBe(decimals)
    expect(minorUnitsPerMajorOf(currency)).toBe(perMajor)
  })

  it('knows every supported currency', () => {
    for (const currency of currencyCodes) expect(Number.isInteger(currencyDecimals(currency)), currency).toBe(true)
  })

  it('keeps the deprecated constant at 100 for the callers written before the yen', () => {
    expect(minorUnitsPerMajor).toBe(100)
  })
})

describe('toDecimalString', () => {
  it.each<[number, CurrencyCode | undefined, string]>([
    [222_900, undefined, '2229.00'],
    [5, undefined, '0.05'],
    [0, undefined, '0.00'],
    [-5, undefined, '-0.05'],
    [-1250, undefined, '-12.50'],
    [1999, 'EUR', '19.99'],
    [1999, 'GBP', '19.99'],
    [100, 'USD', '1.00'],
    [2840, 'JPY', '2840'],
    [0, 'JPY', '0'],
    [-300, 'JPY', '-300'],
  ])('writes %i minor units of %s as %j', (amount, currency, text) => {
    expect(toDecimalString(amount, currency)).toBe(text)
  })
})

describe('money', () => {
  it('builds yen amounts like any other', () => {
    expect(money(2840, 'JPY')).toEqual({ amount: 2840, currency: 'JPY' })
  })

  it.each([1.5, -1, Number.NaN, 2 ** 53])('refuses %s as an amount', (amount) => {
    expect(() => money(amount, 'EUR')).toThrow()
  })
})
