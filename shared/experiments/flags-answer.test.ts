import { describe, expect, it } from 'vitest'
import { parseFlagsAnswer } from './flags-answer.ts'

describe('parseFlagsAnswer', () => {
  it('keeps flags and assignments, and refuses a malformed answer', () => {
    const answer = {
      flags: { a: true, b: 'blue', c: 3 },
      experiments: { e: { flagKey: 'a', variant: 'treatment' } },
    }
    expect(parseFlagsAnswer(answer)).toEqual(answer)
    expect(() => parseFlagsAnswer({ flags: {} })).toThrow(TypeError)
    expect(() => parseFlagsAnswer({ flags: { a: null }, experiments: {} })).toThrow(/flag a/)
    expect(() => parseFlagsAnswer({ flags: {}, experiments: { e: { variant: 'x' } } })).toThrow(/experiment e/)
  })
})
