import { describe, expect, it } from 'vitest'
import type { ProductTranslation } from './catalog-translation.ts'
import {
  categoryTranslationGaps,
  compactProductTranslation,
  mergeTranslations,
  productTranslationGaps,
  unknownOptionIssues,
} from './translation-gaps.ts'
import { productTranslationsInput } from './translation-schema.ts'

const product = {
  name: 'Aria Wireless Headphones',
  description: 'Meet the Aria.',
  options: [
    {
      code: 'colour',
      name: 'Colour',
      values: [
        { code: 'black', label: 'Black' },
        { code: 'sand', label: 'Sand' },
      ],
    },
  ],
}
const fullOptions = { colour: { name: 'Couleur', values: { black: 'Noir', sand: 'Sable' } } }

describe('productTranslationGaps', () => {
  it.each<[string, ProductTranslation | undefined, string[]]>([
    ['no translation', undefined, ['name', 'description', 'options']],
    ['a complete one', { name: 'Casque', description: 'Voici Aria.', options: fullOptions }, []],
    ['blank texts', { name: '  ', description: '', options: fullOptions }, ['name', 'description']],
    [
      'one value label missing',
      { name: 'Casque', description: 'Voici.', options: { colour: { name: 'Couleur', values: { black: 'Noir' } } } },
      ['options'],
    ],
    [
      'the option name missing',
      { name: 'Casque', description: 'Voici.', options: { colour: { values: { black: 'Noir', sand: 'Sable' } } } },
      ['options'],
    ],
  ])('finds the gaps of %s', (_case, translation, gaps) => {
    expect(productTranslationGaps(product, translation)).toEqual(gaps)
  })

  it('asks no translation of an empty English description nor of a product without options', () => {
    expect(productTranslationGaps({ name: 'Mug', description: '', options: [] }, { name: 'Tasse' })).toEqual([])
  })
})

describe('categoryTranslationGaps', () => {
  it.each([
    [{ name: 'Audio', description: 'Sound' }, undefined, ['name', 'description']],
    [{ name: 'Audio', description: '' }, { name: 'Son' }, []],
    [{ name: 'Audio', description: 'Sound' }, { name: 'Son' }, ['description']],
  ])('finds the gaps of %o translated as %o', (source, translation, gaps) => {
    expect(categoryTranslationGaps(source, translation)).toEqual(gaps)
  })
})

describe('mergeTranslations', () => {
  const stored = { de: { name: 'Kopfhörer' }, fr: { name: 'Casque', description: 'Voici.' } }
  it.each<[string, Record<string, ProductTranslation | undefined>, Record<string, ProductTranslation>]>([
    ['nothing given keeps all', {}, stored],
    [
      'a locale given replaces its texts whole',
      { fr: { name: 'Casque Aria' } },
      { ...stored, fr: { name: 'Casque Aria' } },
    ],
    ['a new locale is added', { ja: { name: 'ヘッドホン' } }, { ...stored, ja: { name: 'ヘッドホン' } }],
    ['a locale given blank is removed', { de: { name: ' ', options: { colour: { name: '' } } } }, { fr: stored.fr }],
  ])('%s', (_case, given, expected) => {
    expect(mergeTranslations(stored, given, compactProductTranslation)).toEqual(expected)
  })

  it('drops blank option labels but keeps the others', () => {
    expect(
      compactProductTranslation({ options: { colour: { name: '', values: { black: 'Noir', sand: '' } } } }),
    ).toEqual({ options: { colour: { values: { black: 'Noir' } } } })
  })
})

describe('unknownOptionIssues', () => {
  it('lets blank texts for unknown codes pass: they are no translation', () => {
    const blank = { fr: { options: { size: { name: ' ' }, colour: { values: { teal: '' } } } } }
    expect(unknownOptionIssues(product.options, blank, (field) => field)).toEqual([])
  })

  it('names options and values the product does not have, by path', () => {
    const issues = unknownOptionIssues(
      product.options,
      { fr: { options: { colour: { values: { black: 'Noir', teal: 'Bleu' } }, size: { name: 'Taille' } } } },
      (field) => `json.translations.${field}`,
    )
    expect(issues.map((issue) => issue.path)).toEqual([
      'json.translations.fr.options.colour.values.teal',
      'json.translations.fr.options.size',
    ])
  })
})

describe('productTranslationsInput', () => {
  it.each([
    [{ en: { name: 'x' } }, ['en']],
    [{ xx: { name: 'x' } }, ['xx']],
    [{ fr: { name: 'x'.repeat(201) } }, ['fr', 'name']],
    [
      { ar: { options: { colour: { values: { black: 'x'.repeat(61) } } } } },
      ['ar', 'options', 'colour', 'values', 'black'],
    ],
  ])('refuses %o at the field', (input, path) => {
    const result = productTranslationsInput.safeParse(input)
    expect(result.success).toBe(false)
    const issue = result.error?.issues[0]
    expect(issue && (issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys] : issue.path)).toEqual(path)
  })

  it('accepts every translated locale', () => {
    expect(productTranslationsInput.safeParse({ de: {}, fr: {}, es: {}, ja: {}, ar: { name: 'سماعات' } }).success).toBe(
      true,
    )
  })
})
