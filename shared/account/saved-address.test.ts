import { describe, expect, it } from 'vitest'
import { isSameAddress, type SavedAddress, sortSavedAddresses } from './saved-address.ts'

const berlin = {
  name: 'Ada Lovelace',
  line1: '12 Analytical Street',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
}

describe('isSameAddress', () => {
  it.each([
    ['the same fields', berlin, true],
    ['other case and spacing', { ...berlin, line1: ' 12  analytical STREET', city: 'BERLIN' }, true],
    ['an empty second line and none', { ...berlin, line2: '' }, true],
    ['another street number', { ...berlin, line1: '13 Analytical Street' }, false],
    ['another recipient', { ...berlin, name: 'Charles Babbage' }, false],
    ['a phone number added', { ...berlin, phone: '+493012345678' }, false],
  ])('%s: %s', (_, other, same) => {
    expect(isSameAddress(berlin, other)).toBe(same)
  })
})

describe('sortSavedAddresses', () => {
  const entry = (id: string, createdAt: string, shipping = false, billing = false): SavedAddress => ({
    id,
    address: berlin,
    isDefaultShipping: shipping,
    isDefaultBilling: billing,
    createdAt,
    updatedAt: createdAt,
  })

  it('puts the default shipping address first, then the default billing one, then the newest', () => {
    const sorted = sortSavedAddresses([
      entry('old', '2026-01-01T00:00:00.000Z'),
      entry('billing', '2026-01-02T00:00:00.000Z', false, true),
      entry('new', '2026-01-05T00:00:00.000Z'),
      entry('shipping', '2026-01-03T00:00:00.000Z', true, false),
    ])
    expect(sorted.map((a) => a.id)).toEqual(['shipping', 'billing', 'new', 'old'])
  })
})
