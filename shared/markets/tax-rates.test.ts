import { describe, expect, it } from 'vitest'
import { shippingCountries } from '../checkout/checkout-options.ts'
import { markets } from './market.ts'
import { vatRateBasisPoints, vatRateOf, vatRatesOf } from './tax-rates.ts'

describe('vatRateOf', () => {
  it.each([
    ['DE', 1900],
    ['AT', 2000],
    ['FR', 2000],
    ['NL', 2100],
    ['BE', 2100],
    ['IT', 2200],
    ['ES', 2100],
    ['DK', 2500],
    ['GB', 2000],
    ['JP', 1000],
    ['jp', 1000],
    [' de ', 1900],
    ['US', 0],
    ['CA', 0],
    ['AU', 0],
    ['CH', 0],
    ['NZ', 0],
  ])('taxes %j at %i basis points', (country, rate) => {
    expect(vatRateOf(country)).toBe(rate)
  })

  it('has a rate for every country of an inclusive market, and none for the exclusive ones', () => {
    for (const market of Object.values(markets))
      for (const country of market.countries)
        expect(country in vatRateBasisPoints, country).toBe(market.taxMode === 'inclusive')
  })

  it('lists only countries the checkout offers', () => {
    for (const country of Object.keys(vatRateBasisPoints)) expect(shippingCountries).toContain(country)
  })
})

describe('vatRatesOf', () => {
  it('narrows the table to the countries asked for', () => {
    expect(vatRatesOf(['GB', 'JP'])).toEqual({ GB: 2000, JP: 1000 })
  })

  it('refuses a country without a rate', () => {
    expect(() => vatRatesOf(['DE', 'US'])).toThrow(RangeError)
  })
})
