import { describe, expect, it } from 'vitest'
import { formatOrderNumber, legacyOrderNumber, parseOrderNumber } from './order-number.ts'

describe('formatOrderNumber', () => {
  it.each([
    [10001, 'SF-10001'],
    [10042, 'SF-10042'],
    [1234567, 'SF-1234567'],
  ])('shows %i as %s', (number, shown) => {
    expect(formatOrderNumber(number)).toBe(shown)
  })
})

describe('parseOrderNumber', () => {
  it.each([
    ['SF-10042', 10042],
    ['sf-10042', 10042],
    [' SF 10042 ', 10042],
    ['SF10042', 10042],
    ['#10042', 10042],
    ['10042', 10042],
    ['SF-', null],
    ['SF-10042x', null],
    ['a@b.example', null],
    ['3f2a9c1b-7d4e-4a60-9b1c-2e8f00c0ffee', null],
    ['0', null],
    ['', null],
  ])('reads %j as %j', (text, number) => {
    expect(parseOrderNumber(text)).toBe(number)
  })

  it('reads back every number it formats', () => {
    for (const number of [1, 10001, 99999, 123456789]) expect(parseOrderNumber(formatOrderNumber(number))).toBe(number)
  })
})

describe('legacyOrderNumber', () => {
  it('is the first 8 characters of the uuid in upper case', () => {
    expect(legacyOrderNumber('3f2a9c1b-7d4e-4a60-9b1c-2e8f00c0ffee')).toBe('3F2A9C1B')
  })
})
