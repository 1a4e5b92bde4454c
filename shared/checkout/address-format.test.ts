import { describe, expect, it } from 'vitest'
import {
  addressFormatOf,
  formatAddressLines,
  isValidPostalCode,
  isValidRegion,
  normalizePostalCode,
  regionName,
} from './address-format.ts'
import { shippingCountries } from './checkout-options.ts'
import type { ShippingAddress } from './checkout-totals.ts'

const street = { name: 'Ada Lovelace', line1: '1 Market Street' }

describe('formatAddressLines', () => {
  it.each<[string, ShippingAddress, string[]]>([
    [
      'a US address: city, state and ZIP on one line',
      { ...street, city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' },
      ['Ada Lovelace', '1 Market Street', 'San Francisco, CA 94105', 'United States'],
    ],
    [
      'a Canadian address like a US one',
      { ...street, city: 'Ottawa', region: 'ON', postalCode: 'K1A 0B1', country: 'CA' },
      ['Ada Lovelace', '1 Market Street', 'Ottawa, ON K1A 0B1', 'Canada'],
    ],
    [
      'an Australian address without the comma',
      { ...street, city: 'Sydney', region: 'NSW', postalCode: '2000', country: 'AU' },
      ['Ada Lovelace', '1 Market Street', 'Sydney NSW 2000', 'Australia'],
    ],
    [
      'a UK address with the postcode on a line of its own',
      { ...street, line2: 'Flat 3', city: 'London', postalCode: 'SW1A 1AA', country: 'GB' },
      ['Ada Lovelace', '1 Market Street', 'Flat 3', 'London', 'SW1A 1AA', 'United Kingdom'],
    ],
    [
      'a German address: postal code before the city',
      { ...street, city: 'Berlin', postalCode: '10115', country: 'DE' },
      ['Ada Lovelace', '1 Market Street', '10115 Berlin', 'Germany'],
    ],
    [
      'a Dutch address the continental way',
      { ...street, city: 'Amsterdam', postalCode: '1012 AB', country: 'NL' },
      ['Ada Lovelace', '1 Market Street', '1012 AB Amsterdam', 'Netherlands'],
    ],
    [
      'a Japanese address: ward and prefecture, then the postal code',
      { ...street, city: 'Chiyoda-ku, Tokyo', postalCode: '100-0001', country: 'JP' },
      ['Ada Lovelace', '1 Market Street', 'Chiyoda-ku, Tokyo 100-0001', 'Japan'],
    ],
    [
      'a country the table does not know, the continental way',
      { ...street, city: 'Auckland', postalCode: '1010', country: 'NZ' },
      ['Ada Lovelace', '1 Market Street', '1010 Auckland', 'New Zealand'],
    ],
    [
      'a region stored for a country without regions, left out',
      { ...street, city: 'Berlin', region: 'BE', postalCode: '10115', country: 'DE' },
      ['Ada Lovelace', '1 Market Street', '10115 Berlin', 'Germany'],
    ],
  ])('prints %s', (_name, address, lines) => {
    const country = new Intl.DisplayNames(['en'], { type: 'region' }).of(address.country)
    expect(formatAddressLines(address, country)).toEqual(lines)
  })

  it('leaves the country line out when no name is given', () => {
    const address = { ...street, city: 'Berlin', postalCode: '10115', country: 'DE' }
    expect(formatAddressLines(address)).toEqual(['Ada Lovelace', '1 Market Street', '10115 Berlin'])
  })
})

describe('isValidPostalCode', () => {
  it.each([
    ['US', '94105', true],
    ['US', '94105-1234', true],
    ['US', '9410', false],
    ['US', 'ABCDE', false],
    ['CA', 'K1A 0B1', true],
    ['CA', 'k1a0b1', true],
    ['CA', '12345', false],
    ['AU', '2000', true],
    ['AU', '20000', false],
    ['GB', 'SW1A 1AA', true],
    ['GB', 'm1 1ae', true],
    ['GB', '12345', false],
    ['DE', '10115', true],
    ['DE', '1011', false],
    ['AT', '1010', true],
    ['AT', '10115', false],
    ['NL', '1012 AB', true],
    ['NL', '1012ab', true],
    ['NL', '1012', false],
    ['FR', '75001', true],
    ['CH', '8001', true],
    ['IT', '00184', true],
    ['ES', '2800', false],
    ['JP', '100-0001', true],
    ['JP', '1000001', true],
    ['JP', '100-001', false],
    ['JP', '10000-01', false],
    ['NZ', 'anything', true],
  ])('%s %j: %s', (country, postalCode, valid) => {
    expect(isValidPostalCode(country, postalCode)).toBe(valid)
  })

  it('has a format, and an example that passes its own pattern, for every country the checkout offers', () => {
    for (const country of shippingCountries) {
      const { postal } = addressFormatOf(country)
      expect(postal.example, country).not.toBe('')
      expect(isValidPostalCode(country, postal.example), country).toBe(true)
    }
  })
})

describe('isValidRegion', () => {
  it.each([
    ['US', 'CA', true],
    ['US', 'ca', true],
    ['US', undefined, false],
    ['US', 'ZZ', false],
    ['CA', 'ON', true],
    ['CA', 'CA', false],
    ['AU', 'NSW', true],
    ['DE', undefined, true],
    ['DE', 'anything', true],
  ] as const)('%s %j: %s', (country, region, valid) => {
    expect(isValidRegion(country, region)).toBe(valid)
  })
})

describe('addressFormatOf and friends', () => {
  it('asks for a state in the US, a province in Canada, and for neither in Germany', () => {
    expect(addressFormatOf('us').region?.label).toBe('state')
    expect(addressFormatOf('CA').region?.label).toBe('province')
    expect(addressFormatOf('DE').region).toBeNull()
  })

  it('names a region by its code, and falls back to the code', () => {
    expect(regionName('US', 'CA')).toBe('California')
    expect(regionName('CA', 'QC')).toBe('Quebec')
    expect(regionName('US', 'XX')).toBe('XX')
  })

  it('normalizes postal codes: trimmed, one space, upper case', () => {
    expect(normalizePostalCode('  sw1a   1aa ')).toBe('SW1A 1AA')
  })
})
