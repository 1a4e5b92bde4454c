import { describe, expect, it } from 'vitest'
import { asVariantId } from '../ids.ts'
import type { Product, ProductVariant } from './product.ts'
import {
  chooseValue,
  colourSwatches,
  galleryImageIndexes,
  initialSelection,
  missingOptions,
  optionStates,
  type Selection,
  selectedVariant,
  selectionOf,
  selectionPrice,
  shownVariant,
  type ValueState,
} from './variant-selection.ts'

function variant(id: string, size: string, colour: string, stock: number, price = 10_000): ProductVariant {
  return {
    id: asVariantId(id),
    sku: `SHOE-${size}-${colour}`,
    optionValues: { size, colour },
    price,
    compareAtPrice: null,
    stock,
    barcode: null,
    weightGrams: null,
    imageIndexes: [],
  }
}

/** Sizes 40–42 in black and red (white has no variant); 41 is sold out; 42 comes in black only. */
const shoe: Pick<Product, 'options' | 'variants'> = {
  options: [
    {
      code: 'size',
      name: 'Size',
      values: [
        { code: '40', label: '40' },
        { code: '41', label: '41' },
        { code: '42', label: '42' },
      ],
    },
    {
      code: 'colour',
      name: 'Colour',
      values: [
        { code: 'black', label: 'Black', swatch: '#111111' },
        { code: 'red', label: 'Red', swatch: '#c0392b' },
        { code: 'white', label: 'White', swatch: '#ffffff' },
      ],
    },
  ],
  variants: [
    variant('v41-black', '41', 'black', 0),
    variant('v40-black', '40', 'black', 5),
    variant('v40-red', '40', 'red', 2),
    variant('v41-red', '41', 'red', 0),
    variant('v42-black', '42', 'black', 3, 12_000),
  ],
}

const plain: Pick<Product, 'options' | 'variants'> = { options: [], variants: [variant('only', '', '', 4)] }

function statesOf(selection: Selection): Record<string, Record<string, ValueState>> {
  return Object.fromEntries(
    optionStates(shoe, selection).map(({ option, values }) => [
      option.code,
      Object.fromEntries(values.map(({ value, state }) => [value.code, state])),
    ]),
  )
}

describe('optionStates', () => {
  const sizes = { '40': 'available', '41': 'sold_out', '42': 'available' }
  it.each<[string, Selection, Record<string, ValueState>]>([
    ['nothing chosen', {}, { black: 'available', red: 'available', white: 'unavailable' }],
    ['size 40', { size: '40' }, { black: 'available', red: 'available', white: 'unavailable' }],
    ['size 41 (sold out)', { size: '41' }, { black: 'sold_out', red: 'sold_out', white: 'unavailable' }],
    ['size 42 (black only)', { size: '42' }, { black: 'available', red: 'unavailable', white: 'unavailable' }],
    [
      'size 42 and black',
      { size: '42', colour: 'black' },
      { black: 'available', red: 'unavailable', white: 'unavailable' },
    ],
  ])('with %s, says what each colour leads to and sizes depend on no later choice', (_, selection, colours) => {
    expect(statesOf(selection)).toEqual({ size: sizes, colour: colours })
  })

  it('keeps every existing size reachable whatever colour is chosen', () => {
    expect(statesOf({ colour: 'red' }).size).toEqual(sizes)
  })

  it('has nothing to say about a product sold in one form', () => {
    expect(optionStates(plain, {})).toEqual([])
  })
})

describe('chooseValue', () => {
  it.each<[string, Selection, [string, string], Selection]>([
    [
      'keeps a colour the new size comes in',
      { size: '40', colour: 'black' },
      ['size', '42'],
      { size: '42', colour: 'black' },
    ],
    ['drops a colour the new size does not come in', { size: '40', colour: 'red' }, ['size', '42'], { size: '42' }],
    [
      'keeps a sold-out combination (shown, not addable)',
      { size: '40', colour: 'red' },
      ['size', '41'],
      { size: '41', colour: 'red' },
    ],
    [
      'sets a later option without touching earlier ones',
      { size: '42' },
      ['colour', 'black'],
      { size: '42', colour: 'black' },
    ],
    ['starts a selection', {}, ['colour', 'red'], { colour: 'red' }],
  ])('%s', (_, selection, [option, value], expected) => {
    expect(chooseValue(shoe, selection, option, value)).toEqual(expected)
  })
})

describe('selectedVariant and missingOptions', () => {
  it.each<[string, Selection, string | undefined, string[]]>([
    ['a complete selection names its variant', { size: '40', colour: 'red' }, 'v40-red', []],
    ['a sold-out one too', { size: '41', colour: 'black' }, 'v41-black', []],
    ['a partial one names none and asks for the rest', { size: '42' }, undefined, ['colour']],
    ['an empty one asks for every option', {}, undefined, ['size', 'colour']],
    ['a combination that does not exist names none', { size: '42', colour: 'red' }, undefined, []],
  ])('%s', (_, selection, id, missing) => {
    expect(selectedVariant(shoe, selection)?.id).toBe(id)
    expect(missingOptions(shoe, selection).map((option) => option.code)).toEqual(missing)
  })

  it('names the one variant of a product without options', () => {
    expect(selectedVariant(plain, {})?.id).toBe('only')
  })
})

describe('initialSelection', () => {
  it.each<[string, string | null, Selection]>([
    ['the variant in the URL', 'v42-black', { size: '42', colour: 'black' }],
    ['a sold-out variant in the URL as well', 'v41-red', { size: '41', colour: 'red' }],
    ['the default (first in stock) without one', null, { size: '40', colour: 'black' }],
    ['the default for an id of no variant of this product', 'v99-green', { size: '40', colour: 'black' }],
  ])('opens on %s', (_, param, expected) => {
    expect(initialSelection(shoe, param)).toEqual(expected)
  })

  it('round-trips a variant through its selection', () => {
    for (const each of shoe.variants) expect(selectedVariant(shoe, selectionOf(each))).toBe(each)
  })
})

describe('shownVariant', () => {
  it.each<[string, Selection, string | undefined]>([
    ['the chosen variant', { size: '41', colour: 'black' }, 'v41-black'],
    ['the first in stock of a partial selection', { colour: 'black' }, 'v40-black'],
    ['the first of a partial selection with nothing in stock', { size: '41' }, 'v41-black'],
    ['nothing for a combination that does not exist', { size: '42', colour: 'red' }, undefined],
  ])('is %s', (_, selection, id) => {
    expect(shownVariant(shoe, selection)?.id).toBe(id)
  })
})

describe('colourSwatches', () => {
  it('lists the colours some variant comes in, in option order', () => {
    expect(colourSwatches(shoe).map((value) => value.code)).toEqual(['black', 'red'])
  })

  it('leaves out a colour whose swatch is not a plain hex colour', () => {
    const [size, colour] = shoe.options
    if (!size || !colour) throw new Error('fixture')
    const odd = { ...colour, values: [{ code: 'black', label: 'Black', swatch: 'red;background:url(x)' }] }
    expect(colourSwatches({ ...shoe, options: [size, odd] })).toEqual([])
  })

  it('is empty for a product without a colour option', () => {
    expect(colourSwatches(plain)).toEqual([])
  })
})

describe('galleryImageIndexes', () => {
  const images = { images: [0, 1, 2, 3].map((n) => ({ src: `/media/${n}.jpg`, alt: '', width: 1, height: 1 })) }
  it.each<[string, readonly number[] | undefined, number[]]>([
    ["the variant's own images, main first", [2, 0], [2, 0]],
    ['every image for a variant without its own', [], [0, 1, 2, 3]],
    ['every image while no variant is shown', undefined, [0, 1, 2, 3]],
    ['only the indexes that exist', [9, 1], [1]],
  ])('shows %s', (_, indexes, expected) => {
    expect(galleryImageIndexes(images, indexes ? { imageIndexes: indexes } : undefined)).toEqual(expected)
  })
})

describe('selectionPrice', () => {
  const priced = { ...shoe, price: 10_000 }
  it.each<[string, Selection, { amount: number; from: boolean }]>([
    ['the chosen variant', { size: '42', colour: 'black' }, { amount: 12_000, from: false }],
    ['"from" the lowest of what a partial choice allows', { colour: 'black' }, { amount: 10_000, from: true }],
    ['one price when what it allows costs the same', { colour: 'red' }, { amount: 10_000, from: false }],
  ])('is %s', (_, selection, expected) => {
    expect(selectionPrice(priced, selection)).toMatchObject(expected)
  })
})
