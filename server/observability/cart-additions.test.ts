import { describe, expect, it } from 'vitest'
import { asVariantId } from '../../shared/ids.ts'
import { countCartAdditions } from './cart-additions.ts'

/** Two variants (say two sizes) of one product: each line counts on its own. */
const a = asVariantId('00000000-0000-4000-8000-00000000000a')
const b = asVariantId('00000000-0000-4000-8000-00000000000b')

describe('countCartAdditions', () => {
  it.each([
    ['a new line', [], [{ variantId: a, quantity: 1 }], 1],
    ['a raised quantity', [{ variantId: a, quantity: 1 }], [{ variantId: a, quantity: 3 }], 1],
    [
      'two new lines',
      [],
      [
        { variantId: a, quantity: 1 },
        { variantId: b, quantity: 2 },
      ],
      2,
    ],
    ['the same quantity again (a replay)', [{ variantId: a, quantity: 2 }], [{ variantId: a, quantity: 2 }], 0],
    ['a lowered quantity', [{ variantId: a, quantity: 3 }], [{ variantId: a, quantity: 1 }], 0],
    ['a removed line', [{ variantId: a, quantity: 1 }], [], 0],
    [
      'another size beside an unchanged one',
      [{ variantId: a, quantity: 2 }],
      [
        { variantId: a, quantity: 2 },
        { variantId: b, quantity: 1 },
      ],
      1,
    ],
  ])('counts %s as %i', (_name, before, after, expected) => {
    expect(countCartAdditions(before, after)).toBe(expected)
  })
})
