import { describe, expect, it } from 'vitest'
import { localizeCategory, localizeProduct } from './catalog-translation.ts'

const product = {
  name: 'Aria Wireless Headphones',
  description: 'Meet the Aria.',
  options: [
    {
      code: 'colour',
      name: 'Colour',
      values: [
        { code: 'black', label: 'Black', swatch: '#000000' },
        { code: 'sand', label: 'Sand', swatch: '#d6c09a' },
      ],
    },
  ],
}

describe('localizeProduct', () => {
  it('replaces the texts a translation gives, option names and value labels included', () => {
    const german = localizeProduct(
      product,
      {
        de: {
          name: 'Aria Funkkopfhörer',
          description: 'Das ist Aria.',
          options: { colour: { name: 'Farbe', values: { black: 'Schwarz' } } },
        },
      },
      'de',
    )
    expect(german.name).toBe('Aria Funkkopfhörer')
    expect(german.description).toBe('Das ist Aria.')
    expect(german.options[0]).toEqual({
      code: 'colour',
      name: 'Farbe',
      values: [
        { code: 'black', label: 'Schwarz', swatch: '#000000' },
        { code: 'sand', label: 'Sand', swatch: '#d6c09a' },
      ],
    })
  })

  it('falls back to the default language for a missing or blank field, and for a locale without a translation', () => {
    const translations = { fr: { name: '  ', description: 'Voici Aria.' } }
    expect(localizeProduct(product, translations, 'fr')).toMatchObject({
      name: product.name,
      description: 'Voici Aria.',
    })
    expect(localizeProduct(product, translations, 'ja')).toBe(product)
    expect(localizeProduct(product, undefined, 'ar')).toBe(product)
  })
})

describe('localizeCategory', () => {
  it('gives the category its translated name, falling back field by field', () => {
    const category = { name: 'Phones', description: 'Smartphones.' }
    expect(localizeCategory(category, { es: { name: 'Teléfonos' } }, 'es')).toEqual({
      name: 'Teléfonos',
      description: 'Smartphones.',
    })
  })
})
