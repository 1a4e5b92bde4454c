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
