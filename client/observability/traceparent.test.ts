import { describe, expect, it } from 'vitest'
import { traceIdOfTraceparent } from './traceparent.ts'

describe('traceIdOfTraceparent', () => {
  it.each([
    ['a sampled header', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', '0af7651916cd43dd8448eb211c80319c'],
    [
      'an unsampled header',
      '00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-00',
      '0af7651916cd43dd8448eb211c80319c',
    ],
    ['the all-zero invalid trace id', '00-00000000000000000000000000000000-b7ad6b7169203331-01', undefined],
    ['a truncated header', '00-0af7651916cd43dd-b7ad6b7169203331-01', undefined],
    ['no header', null, undefined],
  ])('reads %s', (_case, header, expected) => {
    expect(traceIdOfTraceparent(header)).toBe(expected)
  })
})
