import { describe, expect, it } from 'vitest'
import { parseCatalogChanges } from './parse-catalog-changes.ts'

const image = {
  src: '/media/products/sonora-aria-soundbar-1.webp',
  alt: 'Sonora Aria Soundbar, view 1',
  width: 1024,
  height: 1024,
  placeholder: 'mAcGBYCGl3iId4eId3eIeIh4iAiHeIeA',
}

const product = (images: unknown[]) => ({
  id: 'p1',
  version: 3,
  deletedAt: null,
  slug: 'sonora-aria-soundbar',
  name: 'Sonora Aria Soundbar',
  categoryId: 'c1',
  price: 14_999,
  currency: 'USD',
  stock: 4,
  featured: false,
  createdAt: '2025-01-01T00:00:00.000Z',
  images,
  tags: ['soundbar'],
})

const changes = (images: unknown[]) => ({ categories: [], products: [product(images)], cursor: '3', hasMore: false })

describe('catalog changes: product images', () => {
  it('keeps the placeholder, so it reaches the local store', () => {
    expect(parseCatalogChanges(changes([image])).products[0]!.images).toEqual([image])
  })

  it('accepts images without a placeholder (rows written before there were any)', () => {
    const { placeholder: _, ...withoutPlaceholder } = image
    expect(parseCatalogChanges(changes([withoutPlaceholder])).products[0]!.images).toEqual([withoutPlaceholder])
  })

  it.each([
    ['a placeholder that is not base64', { ...image, placeholder: 'not base64!' }],
    ['a placeholder that is not a string', { ...image, placeholder: 42 }],
    ['an image without a src', { ...image, src: undefined }],
    ['an image without a size', { ...image, width: '1024' }],
  ])('refuses %s', (_, bad) => {
    expect(() => parseCatalogChanges(changes([bad]))).toThrow(/malformed row in products/)
  })
})
