import { describe, expect, it } from 'vitest'
import { checkAmount } from './admin-refund-amount.ts'

describe('the refund amount, in the order currency', () => {
  it.each([
    // currency, typed, left to refund → amount or message
    ['JPY', '2980', 2980, { ok: true, amount: 2980 }],
    ['JPY', '980', 2980, { ok: true, amount: 980 }],
    ['JPY', '29.80', 2980, { ok: false, message: 'admin.orders.refund.tooManyDecimals' }],
    ['JPY', '2,980', 2980, { ok: false, message: 'admin.orders.refund.tooManyDecimals' }],
    ['JPY', '2981', 2980, { ok: false, message: 'errors.REFUND_EXCEEDS_REMAINING' }],
    ['JPY', '0', 2980, { ok: false, message: 'admin.orders.refund.zero' }],
    ['JPY', '¥100', 2980, { ok: false, message: 'admin.orders.refund.invalid' }],
    ['EUR', '12,34', 2980, { ok: true, amount: 1234 }],
    ['EUR', '29.80', 2980, { ok: true, amount: 2980 }],
    ['USD', '1.234', 2980, { ok: false, message: 'admin.orders.refund.tooManyDecimals' }],
  ] as const)('%s %j with %i left: %j', (currency, text, remaining, expected) => {
    expect(checkAmount(text, remaining, currency)).toEqual(expected)
  })
})
