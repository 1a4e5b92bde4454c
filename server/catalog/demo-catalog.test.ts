import { describe, expect, it } from 'vitest'
import { isMinorUnits } from '../../shared/money.ts'
import { generateDemoCatalog } from './demo-catalog.ts'

describe('demo catalog', () => {
  const catalog = generateDemoCatalog()

  it('is identical on every run with the same seed', () => {
    expect(generateDemoCatalog()).toEqual(catalog)
    expect(generateDemoCatalog({ seed: 7 })).not.toEqual(catalog)
  })

  it('has at least 500 products across 12 categories', () => {
    expect(catalog.products.length).toBeGreaterThanOrEqual(500)
    expect(catalog.categories).toHaveLength(12)
  })

  it('gives every product and category a unique slug and id', () => {
    const productSlugs = catalog.products.map((p) => p.slug)
    expect(new Set(productSlugs).size).toBe(productSlugs.length)
    const ids = [...catalog.products, ...catalog.categories].map((row) => row.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('prices every product in non-negative integer minor units', () => {
    for (const product of catalog.products) expect(isMinorUnits(product.price), product.name).toBe(true)
  })

  it('puts every product in an existing category', () => {
    const categoryIds = new Set(catalog.categories.map((c) => c.id))
    for (const product of catalog.products) expect(categoryIds.has(product.categoryId)).toBe(true)
  })

  it('has a handful of featured and some sold-out products, stock within 0..200', () => {
    expect(catalog.products.filter((p) => p.featured)).toHaveLength(16)
    expect(catalog.products.some((p) => p.stock === 0)).toBe(true)
    for (const product of catalog.products) expect(product.stock).toBeGreaterThanOrEqual(0)
    for (const product of catalog.products) expect(product.stock).toBeLessThanOrEqual(200)
  })

  it('gives every product three images, the first with a placeholder of its own', () => {
    expect(catalog.products.every((p) => p.images.length === 3)).toBe(true)
    expect(catalog.products.every((p) => p.images.slice(1).every((image) => image.placeholder === undefined))).toBe(
      true,
    )
    const placeholders = catalog.products.map((p) => p.images[0]?.placeholder)
    expect(placeholders).toHaveLength(catalog.products.length)
    for (const placeholder of placeholders) expect(placeholder).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(new Set(placeholders).size).toBeGreaterThan(placeholders.length * 0.99)
  })

  it.each(['Wireless Headphones', 'Laptop', 'Wireless Mouse', 'T-Shirt', 'Sofa'])(
    'names products with the searchable words "%s"',
    (words) => {
      expect(catalog.products.some((p) => p.name.includes(words))).toBe(true)
    },
  )
})
