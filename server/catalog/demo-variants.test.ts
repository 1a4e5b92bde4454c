import { describe, expect, it } from 'vitest'
import { ean13 } from './demo-variants.ts'

describe('ean13', () => {
  it.each([
    ['400638133393', '4006381333931'],
    ['590123412345', '5901234123457'],
    ['200000000000', '2000000000008'],
    ['200000000100', '2000000001005'],
  ])('completes %s with its check digit', (body, code) => {
    expect(ean13(body)).toBe(code)
  })

  it('refuses a body that is not 12 digits', () => {
    expect(() => ean13('12345')).toThrow()
    expect(() => ean13('40063813339A')).toThrow()
  })
})
