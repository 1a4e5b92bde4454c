import { describe, expect, it } from 'vitest'
import type { ProductOption, ProductVariant } from '../catalog/product.ts'
import { asVariantId } from '../ids.ts'
import { isOptionToken, optionToken, parseOptionToken, parseSwatch, toSearchOptions } from './option-values.ts'

const size: ProductOption = {
  code: 'size',
  name: 'Size',
  values: ['40', '41', '42', '43'].map((code) => ({ code, label: code })),
}
const colour: ProductOption = {
  code: 'colour',
  name: 'Colour',
  values: [
    { code: 'black', label: 'Black', swatch: '#111111' },
    { code: 'white', label: 'White', swatch: 'white; background: url(x)' },
  ],
}

function variant(optionValues: Record<string, string>, stock: number): ProductVariant {
  return {
    id: asVariantId(`v-${Object.values(optionValues).join('-')}`),
    sku: Object.values(optionValues).join('-'),
    optionValues,
    price: 9_900,
    compareAtPrice: null,
    stock,
    barcode: null,
    weightGrams: null,
    imageIndexes: [],
  }
}

describe('option values for search', () => {
  it('keeps only the values a live variant has, in the product’s order, with each variant’s stock', () => {
    const entry = toSearchOptions({
      options: [size, colour],
      variants: [
        variant({ size: '42', colour: 'black' }, 0),
        variant({ size: '40', colour: 'black' }, 3),
        variant({ size: '42', colour: 'white' }, 1),
      ],
    })
    expect(entry.options.map((option) => [option.code, option.values.map((value) => value.code)])).toEqual([
      ['size', ['40', '42']],
      ['colour', ['black', 'white']],
    ])
    expect(entry.variants).toEqual([
      { values: ['42', 'black'], inStock: false },
      { values: ['40', 'black'], inStock: true },
      { values: ['42', 'white'], inStock: true },
    ])
  })

  it('leaves out a value its option does not list, and a swatch that is not a plain colour', () => {
    const entry = toSearchOptions({ options: [size, colour], variants: [variant({ size: '99', colour: 'white' }, 1)] })
    expect(entry.variants).toEqual([{ values: [null, 'white'], inStock: true }])
    expect(entry.options[0]!.values).toEqual([])
    expect(entry.options[1]!.values).toEqual([{ code: 'white', label: 'White', swatch: null }])
  })

  it('has nothing to say about a product sold in one form, or stored before products had options', () => {
    expect(toSearchOptions({ options: [], variants: [variant({}, 4)] })).toEqual({ options: [], variants: [] })
    const stored = JSON.parse('{}') as Parameters<typeof toSearchOptions>[0]
    expect(toSearchOptions(stored)).toEqual({ options: [], variants: [] })
  })

  it('counts an option code given twice once', () => {
    const entry = toSearchOptions({
      options: [size, { ...size, name: 'Again' }],
      variants: [variant({ size: '41' }, 1)],
    })
    expect(entry.options.map((option) => option.name)).toEqual(['Size'])
    expect(entry.variants).toEqual([{ values: ['41'], inStock: true }])
  })

  it.each([
    ['size:42', { code: 'size', value: '42' }],
    ['colour:light-blue', { code: 'colour', value: 'light-blue' }],
    ['capacity:1.5:l', { code: 'capacity', value: '1.5:l' }],
    ['size', null],
    [':42', null],
    ['size:', null],
    ['si ze:42', null],
    [`size:${'9'.repeat(81)}`, null],
  ])('reads the token %s', (token, parsed) => {
    expect(parseOptionToken(token)).toEqual(parsed)
    expect(isOptionToken(token)).toBe(parsed !== null)
    if (parsed) expect(optionToken(parsed.code, parsed.value)).toBe(token)
  })

  it.each([
    ['#112233', '#112233'],
    ['#ABC', '#abc'],
    ['red', null],
    ['#1122334', null],
    [undefined, null],
  ])('accepts the swatch %s as %s', (swatch, expected) => {
    expect(parseSwatch(swatch)).toBe(expected)
  })
})
