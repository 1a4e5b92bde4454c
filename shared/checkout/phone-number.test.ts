import { describe, expect, it } from 'vitest'
import { formatPhoneNumber, normalizePhoneNumber } from './phone-number.ts'

describe('normalizePhoneNumber', () => {
  it.each([
    ['a Berlin number typed nationally', '030 1234567', 'DE', '+49301234567'],
    ['the same with the 00 prefix', '0049 30 1234567', 'DE', '+49301234567'],
    ['a French mobile with spaces', '06 12 34 56 78', 'FR', '+33612345678'],
    ['a US number with brackets and a dash', '(415) 555-2671', 'US', '+14155552671'],
    ['a Japanese mobile with dashes', '090-1234-5678', 'JP', '+819012345678'],
    ['a UK mobile', '07911 123456', 'GB', '+447911123456'],
    ['an Australian mobile', '0412 345 678', 'AU', '+61412345678'],
    ['a German number on a French address, with +', '+49 30 1234567', 'FR', '+49301234567'],
    [
      'an international number on an address in a country the plans do not know',
      '+1 415 555 2671',
      'ZZ',
      '+14155552671',
    ],
    ['lower-case country codes', '030 1234567', 'de', '+49301234567'],
  ])('reads %s', (_name, input, country, expected) => {
    expect(normalizePhoneNumber(input, country)).toBe(expected)
  })

  it.each([
    ['too short', '12', 'DE'],
    ['a US number without its area code', '555-0100', 'US'],
    ['letters', 'call me', 'DE'],
    ['empty', '', 'FR'],
    ['a national number on an address in a country the plans do not know', '030 1234567', 'ZZ'],
  ])('refuses %s', (_name, input, country) => {
    expect(normalizePhoneNumber(input, country)).toBeNull()
  })
})

describe('formatPhoneNumber', () => {
  it.each([
    ['nationally for a number of the destination', '+49301234567', 'DE', '030 1234567'],
    ['nationally in the US', '+14155552671', 'US', '(415) 555-2671'],
    ['nationally in Japan', '+819012345678', 'JP', '090-1234-5678'],
    ['nationally for a UK number whatever territory shares +44', '+447911123456', 'GB', '07911 123456'],
    ['internationally for a number from another country', '+447911123456', 'FR', '+44 7911 123456'],
    ['internationally for a destination the plans do not know', '+33612345678', 'ZZ', '+33 6 12 34 56 78'],
    ['as stored when it cannot be read', 'not a number', 'DE', 'not a number'],
  ])('prints %s', (_name, e164, country, expected) => {
    expect(formatPhoneNumber(e164, country)).toBe(expected)
  })
})
