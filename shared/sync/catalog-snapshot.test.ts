import { describe, expect, it } from 'vitest'
import type { Category, Product } from '../catalog/product.ts'
import type { CategoryId, ProductId, VariantId } from '../ids.ts'
import {
  decodeSnapshotRow,
  encodeSnapshotCategory,
  encodeSnapshotProduct,
  parseSnapshotHeader,
  snapshotHeader,
} from './catalog-snapshot.ts'

const category: Category = {
  id: '00000000-0000-4000-8000-000000000001' as CategoryId,
  slug: 'audio',
  name: 'Audio',
  description: 'Things that make sound',
  position: 2,
  version: 7,
  updatedAt: '2026-01-02T03:04:05.678Z',
  deletedAt: null,
}

const product: Product = {
  id: '00000000-0000-4000-8000-000000000002' as ProductId,
  slug: 'sonora-aria-headphones',
  name: 'Sonora Aria Headphones',
  description: 'Quiet "on" the train\nand off it',
  brand: 'Sonora',
  tags: ['wireless', 'headphones'],
  categoryId: category.id,
  price: 12_999,
  currency: 'EUR',
  stock: 0,
  featured: true,
  images: [{ src: '/media/products/a.webp', alt: 'Front', width: 1024, height: 768 }],
  options: [{ code: 'colour', name: 'Colour', values: [{ code: 'black', label: 'Black', swatch: '#111111' }] }],
  variants: [
    {
      id: '00000000-0000-4000-8000-000000000003' as VariantId,
      sku: 'SONORA-ARIA-BLACK',
      optionValues: { colour: 'black' },
      price: 12_999,
      compareAtPrice: null,
      stock: 0,
      barcode: null,
      weightGrams: null,
      imageIndexes: [0],
    },
  ],
  ratingCounts: [1, 0, 2, 5, 11],
  createdAt: '2025-05-06T07:08:09.010Z',
  version: 42,
  updatedAt: '2026-01-02T03:04:05.678Z',
  deletedAt: null,
}

describe('catalog snapshot format', () => {
  const header = parseSnapshotHeader(JSON.parse(JSON.stringify(snapshotHeader({ categories: 1, products: 1 }))))

  it('reads back every field of a category and a product, one line each', () => {
    const categoryLine = encodeSnapshotCategory(category)
    const productLine = encodeSnapshotProduct(product)
    expect(categoryLine).not.toContain('\n')
    expect(productLine).not.toContain('\n')
    expect(decodeSnapshotRow(header.categoryColumns, JSON.parse(categoryLine))).toEqual(category)
    expect(decodeSnapshotRow(header.productColumns, JSON.parse(productLine))).toEqual(product)
  })

  it('reads a file written before star counts as products without them (no reviews)', () => {
    const oldColumns = header.productColumns.filter((column) => column !== 'ratingCounts')
    const { ratingCounts: _, ...older } = product
    const line = JSON.stringify(oldColumns.map((column) => older[column as keyof typeof older]))
    expect(decodeSnapshotRow(oldColumns, JSON.parse(line))).toEqual(older)
  })

  it('writes no property names in rows', () => {
    expect(encodeSnapshotProduct(product)).not.toContain('"slug"')
  })

  it('carries a column it does not know along, by name', () => {
    const row = decodeSnapshotRow(['id', 'ribbon'], ['p1', 'new'])
    expect(row).toEqual({ id: 'p1', ribbon: 'new', deletedAt: null })
  })

  it.each([
    ['another format', { ...snapshotHeader({ categories: 0, products: 0 }), format: 'other/2' }],
    ['a negative count', { ...snapshotHeader({ categories: 0, products: 0 }), products: -1 }],
    ['columns that are not names', { ...snapshotHeader({ categories: 0, products: 0 }), productColumns: [1] }],
    ['no object', 'header'],
  ])('refuses a header with %s', (_name, value) => {
    expect(() => parseSnapshotHeader(value)).toThrow(TypeError)
  })

  it('refuses a row whose length does not match its columns', () => {
    expect(() => decodeSnapshotRow(header.categoryColumns, ['only-an-id'])).toThrow(TypeError)
    expect(() => decodeSnapshotRow(header.categoryColumns, { id: 'x' })).toThrow(TypeError)
  })
})
