import { describe, expect, it } from 'vitest'
import { asProductId } from '../../shared/ids.ts'
import { countCartAdditions } from './cart-additions.ts'

const a = asProductId('00000000-0000-4000-8000-00000000000a')
const b = asProductId('00000000-0000-4000-8000-00000000000b')

describe('countCartAdditions', () => {
  it.each([
    ['a new line', [], [{ productId: a, quantity: 1 }], 1],
    ['a raised quantity', [{ productId: a, quantity: 1 }], [{ productId: a, quantity: 3 }], 1],
    [
      'two new lines',
      [],
      [
        { productId: a, quantity: 1 },
        { productId: b, quantity: 2 },
      ],
      2,
    ],
    ['the same quantity again (a replay)', [{ productId: a, quantity: 2 }], [{ productId: a, quantity: 2 }], 0],
    ['a lowered quantity', [{ productId: a, quantity: 3 }], [{ productId: a, quantity: 1 }], 0],
    ['a removed line', [{ productId: a, quantity: 1 }], [], 0],
  ])('counts %s as %i', (_name, before, after, expected) => {
    expect(countCartAdditions(before, after)).toBe(expected)
  })
})
