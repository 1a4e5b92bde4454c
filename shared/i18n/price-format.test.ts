import { describe, expect, it } from 'vitest'
import { formatPrice } from './price-format.ts'

describe('formatPrice', () => {
  it('writes minor units in each currency’s own decimals', () => {
    expect(formatPrice('en', 222900, 'USD')).toBe('$2,229.00')
    expect(formatPrice('ja', 2840, 'JPY')).toBe('￥2,840')
    expect(formatPrice('de', 1999, 'EUR')).toMatch(/^19,99\s€$/)
  })

  it('isolates the currency of a right-to-left price, and only there', () => {
    const arabic = formatPrice('ar', 27999, 'USD')
    expect(arabic).toContain('\u2068US$\u2069')
    expect(formatPrice('fr', 27999, 'USD')).not.toContain('\u2068')
  })
})
