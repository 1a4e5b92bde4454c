import { describe, expect, it } from 'vitest'
import { parseExchangeRatesAnswer } from './exchange-rates-answer.ts'

const updatedAt = '2026-12-07T09:00:00.000Z'

describe('parseExchangeRatesAnswer', () => {
  it('reads the contract’s answer', () => {
    const body = { base: 'USD', rates: { EUR: 920_000, GBP: 790_000, JPY: 151_370_000 }, updatedAt }
    expect(parseExchangeRatesAnswer(body)).toEqual(body)
  })

  it('skips currencies the shop does not know and rates that are not positive integers', () => {
    const body = { base: 'USD', rates: { EUR: 920_000, CHF: 880_000, GBP: 0.79, JPY: -1 }, updatedAt }
    expect(parseExchangeRatesAnswer(body).rates).toEqual({ EUR: 920_000 })
  })

  it.each([
    ['another base currency', { base: 'EUR', rates: {}, updatedAt }],
    ['no rates', { base: 'USD', updatedAt }],
    ['rates as a list', { base: 'USD', rates: [920_000], updatedAt }],
    ['a bad time', { base: 'USD', rates: {}, updatedAt: 'yesterday' }],
    ['null', null],
  ])('refuses %s', (_name, body) => {
    expect(() => parseExchangeRatesAnswer(body)).toThrow(TypeError)
  })
})
