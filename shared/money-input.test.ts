import { describe, expect, it } from 'vitest'
import { formatMoneyInput, parseMoneyInput } from './money-input.ts'

describe('parseMoneyInput', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12.50', 1250],
    ['12,50', 1250],
    ['12,5', 1250],
    [' 0.01 ', 1],
    ['0', 0],
    ['19.99', 1999], // 19.99 × 100 is 1998.9999999999998 as a float
    ['007.10', 710],
    ['90071992547409.91', 9007199254740991],
  ])('reads %j as %i minor units', (text, amount) => {
    expect(parseMoneyInput(text)).toEqual({ ok: true, amount })
  })

  it.each([
    ['12.505', 'too_many_decimals'],
    ['1,000', 'too_many_decimals'],
    ['-1', 'invalid'],
    ['+1', 'invalid'],
    ['abc', 'invalid'],
    ['', 'invalid'],
    ['12.', 'invalid'],
    ['.5', 'invalid'],
    ['1.000,50', 'invalid'],
    ['1e3', 'invalid'],
    ['12 €', 'invalid'],
    ['90071992547409.92', 'invalid'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseMoneyInput(text)).toEqual({ ok: false, problem })
  })
})

describe('formatMoneyInput', () => {
  it.each([
    [1250, '.', '12.50'],
    [1250, ',', '12,50'],
    [5, '.', '0.05'],
    [0, ',', '0,00'],
    [123456789, '.', '1234567.89'],
  ] as const)('writes %i as %j with %j', (amount, separator, text) => {
    expect(formatMoneyInput(amount, separator)).toBe(text)
    expect(parseMoneyInput(text)).toEqual({ ok: true, amount })
  })
})

describe('money input in a zero-decimal currency (JPY)', () => {
  it.each([
    ['2980', 2980],
    [' 600 ', 600],
    ['0', 0],
    ['10000', 10_000],
  ])('reads %j as ¥%i (the yen is the minor unit)', (text, amount) => {
    expect(parseMoneyInput(text, 'JPY')).toEqual({ ok: true, amount })
  })

  it.each([
    ['2980.5', 'too_many_decimals'],
    ['29.80', 'too_many_decimals'],
    ['2,980', 'too_many_decimals'], // a grouping comma is not guessed
    ['¥2980', 'invalid'],
    ['-1', 'invalid'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseMoneyInput(text, 'JPY')).toEqual({ ok: false, problem })
  })

  it.each(['.', ','] as const)('writes whole yen without a separator (%j) and reads them back', (separator) => {
    expect(formatMoneyInput(2980, separator, 'JPY')).toBe('2980')
    expect(formatMoneyInput(0, separator, 'JPY')).toBe('0')
    expect(parseMoneyInput(formatMoneyInput(2980, separator, 'JPY'), 'JPY')).toEqual({ ok: true, amount: 2980 })
  })

  it.each([
    ['EUR', '12,50', 1250],
    ['GBP', '12.5', 1250],
    ['USD', '0.01', 1],
  ] as const)('keeps two decimals for %s: %j is %i', (currency, text, amount) => {
    expect(parseMoneyInput(text, currency)).toEqual({ ok: true, amount })
  })
})
