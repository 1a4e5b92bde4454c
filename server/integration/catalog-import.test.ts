import { describe, expect, it } from 'vitest'
import { type ProductImportItem, productImportItem } from '../../shared/api-keys/integration-schema.ts'
import { type ExistingCatalog, planImport } from './catalog-import.ts'
import type { ExistingVariant } from './integration.repository.ts'

const categoryId = '00000000-0000-4000-8000-0000000000c1'
const productId = '00000000-0000-4000-8000-0000000000a1'
const otherProductId = '00000000-0000-4000-8000-0000000000b1'

const options = [
  {
    code: 'size',
    name: 'Size',
    values: [
      { code: '42', label: '42' },
      { code: '43', label: '43' },
    ],
  },
  { code: 'colour', name: 'Colour', values: [{ code: 'black', label: 'Black', swatch: '#000000' }] },
]

const variant = (sku: string, size: string, overrides: Record<string, unknown> = {}) => ({
  sku,
  optionValues: { size, colour: 'black' },
  price: 5000,
  stock: 3,
  ...overrides,
})

/** An item as the route hands it over: parsed by the wire schema, defaults applied. */
const item = (overrides: Record<string, unknown> = {}): ProductImportItem =>
  productImportItem.parse({
    slug: 'trail-shoe',
    name: 'Trail shoe',
    brand: 'Acme',
    categoryId,
    currency: 'EUR',
    options,
    variants: [variant('SHOE-42', '42'), variant('SHOE-43', '43')],
    ...overrides,
  })

const existingVariant = (sku: string, overrides: Partial<ExistingVariant> = {}): ExistingVariant => ({
  id: `00000000-0000-4000-8000-${sku.replace(/\D/g, '').padStart(12, '0')}`,
  productId,
  sku,
  optionValues: {},
  compareAtPrice: null,
  barcode: null,
  weightGrams: null,
  live: true,
  ...overrides,
})

const catalog = (
  variants: ExistingVariant[] = [],
  known: ExistingCatalog['products'] = [{ id: productId, slug: 'trail-shoe', translations: {} }],
): ExistingCatalog => ({
  products: known,
  categoryIds: new Set([categoryId]),
  categoryIdBySlug: new Map(),
  variants,
})

let counter = 0
const newId = () => `00000000-0000-4000-9000-${String(++counter).padStart(12, '0')}`
const pathOf = (index: number, field: string) => `json.items.${index}.${field}`

describe('planImport of variants', () => {
  it.each([
    {
      case: 'a value the option does not offer',
      items: [item({ variants: [variant('SHOE-42', '42'), variant('SHOE-44', '44')] })],
      issues: [['json.items.0.variants.1.optionValues.size', 'unknown value']],
    },
    {
      case: 'an option the product does not have',
      items: [
        item({ variants: [variant('SHOE-42', '42', { optionValues: { size: '42', colour: 'black', fit: 'wide' } })] }),
      ],
      issues: [['json.items.0.variants.0.optionValues.fit', 'unknown option']],
    },
    {
      case: 'an option left out',
      items: [item({ variants: [variant('SHOE-42', '42', { optionValues: { size: '42' } })] })],
      issues: [['json.items.0.variants.0.optionValues.colour', 'missing: give one value of this option']],
    },
    {
      case: 'the same combination twice',
      items: [item({ variants: [variant('SHOE-42', '42'), variant('SHOE-42B', '42')] })],
      issues: [['json.items.0.variants.1.optionValues', 'is the same combination as variants.0']],
    },
    {
      case: 'the same SKU twice in one product',
      items: [item({ variants: [variant('SHOE-42', '42'), variant('SHOE-42', '43')] })],
      issues: [['json.items.0.variants.1.sku', 'is used by an earlier variant (json.items.0.variants.0)']],
    },
    {
      case: 'the same SKU in two products',
      items: [item(), item({ slug: 'road-shoe', variants: [variant('SHOE-43', '43')] })],
      issues: [['json.items.1.variants.0.sku', 'is used by an earlier variant (json.items.0.variants.1)']],
    },
    {
      case: 'an option code twice',
      items: [
        item({
          options: [options[0], options[0]],
          variants: [variant('SHOE-42', '42', { optionValues: { size: '42' } })],
        }),
      ],
      issues: [['json.items.0.options.1.code', 'is used by an earlier option']],
    },
    {
      case: 'options without variants',
      items: [item({ variants: undefined, price: 5000, stock: 1 })],
      issues: [['json.items.0.options', 'need variants: send each combination with its SKU']],
    },
  ])('refuses $case, naming the field', ({ items, issues }) => {
    const plan = planImport(items, catalog(), newId, pathOf)
    expect(plan.ok).toBe(false)
    if (!plan.ok) expect(plan.issues.map((issue) => [issue.path, issue.message])).toEqual(issues)
  })

  it('refuses a SKU that belongs to another product, withdrawn or not', () => {
    const theirs = existingVariant('SHOE-43', { productId: otherProductId, live: false })
    const plan = planImport([item()], catalog([theirs]), newId, pathOf)
    expect(plan.ok ? [] : plan.issues).toEqual([
      { path: 'json.items.0.variants.1.sku', message: `belongs to another product (${otherProductId})` },
    ])
  })

  it('upserts by SKU: updates and revives its own, creates new ones, withdraws the live ones not sent', () => {
    const kept = existingVariant('SHOE-42', { optionValues: { size: '42', colour: 'black' } })
    const revived = existingVariant('SHOE-43', { live: false, optionValues: { size: '43', colour: 'black' } })
    const dropped = existingVariant('SHOE-41', { optionValues: { size: '41', colour: 'black' } })
    const plan = planImport([item()], catalog([kept, revived, dropped]), newId, pathOf)
    if (!plan.ok) throw new Error(JSON.stringify(plan.issues))
    expect(plan.variants.map((write) => [write.sku, write.id, write.position])).toEqual([
      ['SHOE-42', kept.id, 0],
      ['SHOE-43', revived.id, 1],
    ])
    expect(plan.withdrawals).toEqual([dropped.id])
    expect(plan.parked).toEqual([])
    expect(plan.results[0]).toMatchObject({ outcome: 'updated', withdrawnSkus: ['SHOE-41'] })
    expect(plan.products[0]).toMatchObject({ price: 5000, stock: 6, options })
  })

  it('parks the live variants whose combination changes, so two can swap theirs', () => {
    const a = existingVariant('SHOE-42', { optionValues: { size: '43', colour: 'black' } })
    const b = existingVariant('SHOE-43', { optionValues: { size: '42', colour: 'black' } })
    const plan = planImport([item()], catalog([a, b]), newId, pathOf)
    expect(plan.ok && plan.parked).toEqual([a.id, b.id])
  })

  it('turns price and stock without variants into one default variant named by the slug', () => {
    const plan = planImport(
      [item({ options: [], variants: undefined, price: 1999, stock: 4 })],
      catalog([], []),
      newId,
      pathOf,
    )
    if (!plan.ok) throw new Error(JSON.stringify(plan.issues))
    expect(plan.variants).toEqual([
      expect.objectContaining({ sku: 'TRAIL-SHOE', optionValues: {}, price: 1999, stock: 4, compareAtPrice: null }),
    ])
    expect(plan.results[0]?.outcome).toBe('created')
  })

  it('names the slug when the SKU a product without variants would get belongs to another product', () => {
    const theirs = existingVariant('TRAIL-SHOE', { productId: otherProductId })
    const sent = item({ options: [], variants: undefined, price: 1999, stock: 4 })
    const plan = planImport([sent], catalog([theirs], []), newId, pathOf)
    expect(plan.ok ? [] : plan.issues).toEqual([
      {
        path: 'json.items.0.slug',
        message: `gives the SKU TRAIL-SHOE, which belongs to another product (${otherProductId}): send variants with a SKU`,
      },
    ])
  })

  it('keeps the one variant of a product sent without variants, ending a sale the new price reaches', () => {
    const only = existingVariant('LEGACY-1', { compareAtPrice: 2500, barcode: '4006381333931' })
    const sent = (price: number) => item({ options: [], variants: undefined, price, stock: 2 })
    const onSale = planImport([sent(1999)], catalog([only]), newId, pathOf)
    expect(onSale.ok && onSale.variants).toEqual([
      expect.objectContaining({ id: only.id, sku: 'LEGACY-1', compareAtPrice: 2500, barcode: '4006381333931' }),
    ])
    const ended = planImport([sent(2500)], catalog([only]), newId, pathOf)
    expect(ended.ok && ended.variants[0]?.compareAtPrice).toBeNull()
  })
})

describe('the import item schema', () => {
  const issuesOf = (input: Record<string, unknown>) =>
    productImportItem.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? []
  const base = { slug: 'a', name: 'A', brand: 'B', categoryId, currency: 'EUR' }

  it('takes variants, or price and stock, never both', () => {
    expect(issuesOf({ ...base, price: 1, stock: 1 })).toEqual([])
    expect(issuesOf({ ...base, variants: [{ sku: 'A', price: 1, stock: 1 }] })).toEqual([])
    expect(issuesOf({ ...base, price: 1, variants: [{ sku: 'A', price: 1, stock: 1 }] })).toEqual([
      ['price', 'is given per variant when variants are sent'],
    ])
    expect(issuesOf(base)).toEqual([
      ['price', 'is required when no variants are sent'],
      ['stock', 'is required when no variants are sent'],
    ])
  })

  it('wants a compare-at price above the price', () => {
    expect(issuesOf({ ...base, variants: [{ sku: 'A', price: 500, compareAtPrice: 500, stock: 1 }] })).toEqual([
      ['variants.0.compareAtPrice', 'must be above the price'],
    ])
  })
})

describe('planImport of translations', () => {
  const stored = { de: { name: 'Trailschuh' }, fr: { name: 'Chaussure', description: 'Ancienne' } }
  const known = [{ id: productId, slug: 'trail-shoe', translations: stored }]

  it('replaces the locales sent and keeps the others', () => {
    const plan = planImport(
      [item({ translations: { fr: { name: 'Chaussure de trail' }, ja: { name: 'トレイルシューズ' } } })],
      catalog([], known),
      newId,
      pathOf,
    )
    if (!plan.ok) throw new Error(JSON.stringify(plan.issues))
    expect(plan.products[0]?.translations).toEqual({
      de: { name: 'Trailschuh' },
      fr: { name: 'Chaussure de trail' },
      ja: { name: 'トレイルシューズ' },
    })
  })

  it('keeps every stored locale when an item sends no translations', () => {
    const plan = planImport([item()], catalog([], known), newId, pathOf)
    if (!plan.ok) throw new Error(JSON.stringify(plan.issues))
    expect(plan.products[0]?.translations).toEqual(stored)
  })

  it('refuses translations of options and values the item does not have, by path', () => {
    const plan = planImport(
      [item({ translations: { es: { options: { fit: { name: 'Horma' }, size: { values: { '44': '44' } } } } } })],
      catalog([], known),
      newId,
      pathOf,
    )
    expect(plan.ok ? [] : plan.issues.map((issue) => issue.path)).toEqual([
      'json.items.0.translations.es.options.fit',
      'json.items.0.translations.es.options.size.values.44',
    ])
  })
})
