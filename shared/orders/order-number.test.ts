import { describe, expect, it } from 'vitest'
import { orderNumber } from './order-number.ts'

describe('orderNumber', () => {
  it('is the first 8 characters of the uuid in upper case', () => {
    expect(orderNumber('3f2a9c1b-7d4e-4a60-9b1c-2e8f00c0ffee')).toBe('3F2A9C1B')
  })

  it('never includes the first hyphen of the uuid', () => {
    expect(orderNumber('00000000-0000-4000-8000-000000000000')).toBe('00000000')
  })
})
