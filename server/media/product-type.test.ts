import { describe, expect, it } from 'vitest'
import { slugify } from '../catalog/demo-catalog.ts'
import { demoCategories } from '../catalog/demo-catalog-lexicon.ts'
import { productTypeOf } from './product-type.ts'

const lines = demoCategories.flatMap((category) => category.lines.map((line) => ({ category, line })))

describe('product type', () => {
  it.each(lines.map(({ category, line }) => [line.noun, category, line] as const))(
    'reads every demo %s as its own type, whatever its brand, model and attribute',
    (noun, category, line) => {
      const tags = [...line.tags, slugify(noun)]
      for (const brand of category.brands)
        for (const model of category.models)
          for (const attribute of line.attributes) {
            const name = `${brand} ${model} ${attribute} ${noun}`
            expect(productTypeOf({ name, tags: [...tags, slugify(brand)], categorySlug: category.slug }), name).toBe(
              slugify(noun),
            )
            // Without tags too: a renamed or hand-made product is read from its name alone.
            expect(productTypeOf({ name, tags: [], categorySlug: category.slug }), name).toBe(slugify(noun))
          }
    },
  )

  it.each([
    ['Acme Studio Headset', 'other', 'wireless-headphones'],
    ['Acme Travel Coffee Machine', 'kitchen', 'espresso-machine'],
    ['Acme Linen Couch', 'furniture', 'sofa'],
    ['Acme Gravel Bicycle', 'outdoor-sports', 'mountain-bike'],
  ])('understands a synonym: %s', (name, categorySlug, type) => {
    expect(productTypeOf({ name, tags: [], categorySlug })).toBe(type)
  })

  it('falls back to what the category usually sells, then to a parcel', () => {
    expect(productTypeOf({ name: 'Acme Toaster', tags: [], categorySlug: 'kitchen' })).toBe('cooking-pot')
    expect(productTypeOf({ name: 'Acme Turntable', tags: [], categorySlug: 'headphones-audio' })).toBe(
      'wireless-headphones',
    )
    expect(productTypeOf({ name: 'Acme Gift Card', tags: [], categorySlug: 'gifts' })).toBe('parcel')
  })
})
