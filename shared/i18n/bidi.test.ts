import { describe, expect, it } from 'vitest'
import { isolateArguments } from './bidi.ts'

describe('isolateArguments', () => {
  it('wraps text arguments of a right-to-left message in first-strong isolates and keeps numbers', () => {
    expect(isolateArguments({ number: 'SF-10042', count: 3 }, 'ar')).toEqual({
      number: '\u2068SF-10042\u2069',
      count: 3,
    })
  })

  it('leaves left-to-right messages alone', () => {
    const values = { number: 'SF-10042' }
    expect(isolateArguments(values, 'fr')).toBe(values)
  })
})
