import { describe, expect, it } from 'vitest'
import { isMinorUnits } from '../../shared/money.ts'
import { type DemoProduct, type DemoVariant, generateDemoCatalog } from './demo-catalog.ts'

describe('demo catalog', () => {
  const catalog = generateDemoCatalog()
  const categorySlug = new Map(catalog.categories.map((c) => [c.id, c.slug]))
  const variantsOf = new Map<string, DemoVariant[]>()
  for (const variant of catalog.variants)
    variantsOf.set(variant.productId, [...(variantsOf.get(variant.productId) ?? []), variant])
  const withOptions = catalog.products.filter((p) => p.options.length > 0)
  const single = catalog.products.filter((p) => p.options.length === 0)

  it('is identical on every run with the same seed', () => {
    expect(generateDemoCatalog()).toEqual(catalog)
    expect(generateDemoCatalog({ seed: 7 })).not.toEqual(catalog)
  })

  it('has at least 500 products across 12 categories', () => {
    expect(catalog.products.length).toBeGreaterThanOrEqual(500)
    expect(catalog.categories).toHaveLength(12)
  })

  it('gives every product, variant and category a unique slug and id', () => {
    const productSlugs = catalog.products.map((p) => p.slug)
    expect(new Set(productSlugs).size).toBe(productSlugs.length)
    const ids = [...catalog.products, ...catalog.categories, ...catalog.variants].map((row) => row.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('prices every product and variant in non-negative integer minor units', () => {
    for (const row of [...catalog.products, ...catalog.variants]) expect(isMinorUnits(row.price), row.id).toBe(true)
  })

  it('puts every product in an existing category', () => {
    const categoryIds = new Set(catalog.categories.map((c) => c.id))
    for (const product of catalog.products) expect(categoryIds.has(product.categoryId)).toBe(true)
  })

  it('has a handful of featured products and about one in twelve sold out', () => {
    expect(catalog.products.filter((p) => p.featured)).toHaveLength(16)
    const soldOut = catalog.products.filter((p) => p.stock === 0).length / catalog.products.length
    expect(soldOut).toBeGreaterThan(0.05)
    expect(soldOut).toBeLessThan(0.13)
    for (const product of single) expect(product.stock).toBeLessThanOrEqual(200)
  })

  it('gives every product at least one variant, and a product without options exactly one, with no values', () => {
    for (const product of catalog.products) expect(variantsOf.get(product.id)?.length, product.slug).toBeGreaterThan(0)
    for (const product of single) {
      expect(variantsOf.get(product.id)!.map((v) => v.optionValues)).toEqual([{}])
    }
    expect(withOptions.length).toBeGreaterThan(catalog.products.length / 4)
    expect(single.length).toBeGreaterThan(catalog.products.length / 4)
  })

  it('keeps a product price the lowest of its variants and its stock their sum', () => {
    for (const product of catalog.products) {
      const variants = variantsOf.get(product.id)!
      expect(product.price, product.slug).toBe(Math.min(...variants.map((v) => v.price)))
      expect(product.stock, product.slug).toBe(variants.reduce((sum, v) => sum + v.stock, 0))
    }
  })

  it('sizes and colours every pair of shoes and every garment', () => {
    const codes = (p: DemoProduct) => p.options.map((o) => o.code)
    const shoes = catalog.products.filter((p) => categorySlug.get(p.categoryId) === 'shoes')
    const clothes = catalog.products.filter((p) => categorySlug.get(p.categoryId) === 'clothing')
    for (const product of [...shoes, ...clothes]) expect(codes(product), product.slug).toEqual(['size', 'colour'])
    for (const product of shoes) {
      for (const value of product.options[0]!.values) expect(Number(value.code)).toBeGreaterThanOrEqual(36)
      for (const value of product.options[0]!.values) expect(Number(value.code)).toBeLessThanOrEqual(46)
    }
    const letterSizes = new Set(clothes.flatMap((p) => p.options[0]!.values.map((v) => v.code)))
    expect([...letterSizes].sort()).toEqual(['l', 'm', 's', 'xl', 'xs', 'xxl'])
    for (const product of [...shoes, ...clothes]) {
      expect(product.options[1]!.values.length).toBeGreaterThanOrEqual(2)
      expect(product.options[1]!.values.length).toBeLessThanOrEqual(4)
    }
    const kitchen = catalog.products.filter((p) => categorySlug.get(p.categoryId) === 'kitchen')
    expect(kitchen.every((p) => p.options.length === 0)).toBe(true)
  })

  it('uses only the shared option codes, slug value codes and a swatch on every colour', () => {
    for (const product of withOptions) {
      for (const option of product.options) {
        expect(['size', 'colour', 'capacity']).toContain(option.code)
        const codes = option.values.map((v) => v.code)
        expect(new Set(codes).size).toBe(codes.length)
        for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        for (const value of option.values) {
          if (option.code === 'colour') expect(value.swatch).toMatch(/^#[0-9a-f]{6}$/)
          else expect(value.swatch).toBeUndefined()
        }
      }
    }
  })

  it("names in every variant exactly its product's options, with existing values, each combination once", () => {
    for (const product of catalog.products) {
      const combinations = variantsOf.get(product.id)!.map((variant) => {
        expect(Object.keys(variant.optionValues).sort()).toEqual(product.options.map((o) => o.code).sort())
        for (const option of product.options) {
          expect(option.values.map((v) => v.code)).toContain(variant.optionValues[option.code])
        }
        return product.options.map((o) => variant.optionValues[o.code]).join('/')
      })
      expect(new Set(combinations).size, product.slug).toBe(combinations.length)
    }
  })

  it('leaves some combinations unoffered and sells some out in products still in stock', () => {
    const combinationsOf = (p: DemoProduct) => p.options.reduce((n, option) => n * option.values.length, 1)
    expect(withOptions.some((p) => variantsOf.get(p.id)!.length < combinationsOf(p))).toBe(true)
    const soldOutCombinations = withOptions.filter(
      (p) => p.stock > 0 && variantsOf.get(p.id)!.some((v) => v.stock === 0),
    )
    expect(soldOutCombinations.length).toBeGreaterThan(10)
  })

  it('stocks the middle sizes more than the ends of the run', () => {
    const stockAt = (at: 'middle' | 'ends') => {
      let total = 0
      for (const product of withOptions.filter((p) => p.options[0]!.code === 'size')) {
        const sizes = product.options[0]!.values.map((v) => v.code)
        const picked = at === 'middle' ? [sizes[Math.floor(sizes.length / 2)]] : [sizes[0], sizes[sizes.length - 1]]
        for (const variant of variantsOf.get(product.id)!) {
          if (picked.includes(variant.optionValues.size)) total += variant.stock / picked.length
        }
      }
      return total
    }
    expect(stockAt('middle')).toBeGreaterThan(stockAt('ends') * 1.5)
  })

  it('charges more for more capacity', () => {
    const withCapacity = withOptions.filter((p) => p.options.some((o) => o.code === 'capacity'))
    expect(withCapacity.length).toBeGreaterThan(0)
    for (const product of withCapacity) {
      const order = product.options.find((o) => o.code === 'capacity')!.values.map((v) => v.code)
      const priceOf = new Map(variantsOf.get(product.id)!.map((v) => [v.optionValues.capacity, v.price]))
      const prices = order.filter((code) => priceOf.has(code)).map((code) => priceOf.get(code)!)
      expect(prices, product.slug).toEqual([...prices].sort((a, b) => a - b))
      expect(new Set(prices).size).toBe(prices.length)
    }
  })

  it('gives every variant a catalog-wide unique SKU built from its options', () => {
    const skus = catalog.variants.map((v) => v.sku)
    expect(new Set(skus).size).toBe(skus.length)
    for (const sku of skus) expect(sku).toMatch(/^[A-Z0-9]+-[A-Z0-9]+(-[A-Z0-9]+)*$/)
    const shoe = catalog.variants.find((v) => v.optionValues.size === '42' && v.optionValues.colour === 'black')
    expect(shoe?.sku).toMatch(/-42-BLK$/)
  })

  it('puts some products on sale, every sale price below the price before it', () => {
    const onSale = catalog.variants.filter((v) => v.compareAtPrice !== null)
    expect(onSale.length).toBeGreaterThan(0)
    expect(onSale.length).toBeLessThan(catalog.variants.length / 4)
    for (const variant of onSale) expect(variant.compareAtPrice!).toBeGreaterThan(variant.price)
  })

  it('weighs every variant and gives some a valid, unique EAN-13', () => {
    for (const variant of catalog.variants)
      expect(Number.isInteger(variant.weightGrams) && variant.weightGrams! > 0).toBe(true)
    const barcodes = catalog.variants.flatMap((v) => (v.barcode ? [v.barcode] : []))
    expect(barcodes.length).toBeGreaterThan(catalog.variants.length / 4)
    expect(barcodes.length).toBeLessThan(catalog.variants.length)
    expect(new Set(barcodes).size).toBe(barcodes.length)
    for (const barcode of barcodes) {
      expect(barcode).toMatch(/^\d{13}$/)
      const sum = [...barcode].reduce((total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 1 : 3), 0)
      expect(sum % 10, barcode).toBe(0)
    }
  })

  it('gives every product three shared views, the first with a placeholder of its own', () => {
    for (const product of catalog.products) {
      expect(product.images.slice(0, 3).map((image) => image.src)).toEqual(
        [1, 2, 3].map((n) => `/media/products/${product.slug}-${n}.webp`),
      )
      expect(product.images.slice(1).every((image) => image.placeholder === undefined)).toBe(true)
    }
    const placeholders = catalog.products.map((p) => p.images[0]?.placeholder)
    for (const placeholder of placeholders) expect(placeholder).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(new Set(placeholders).size).toBeGreaterThan(placeholders.length * 0.99)
  })

  it('shows every colour in an image of its own, named in its alt text, that its variants point at', () => {
    for (const product of catalog.products) {
      const colours = product.options.find((o) => o.code === 'colour')?.values ?? []
      expect(product.images).toHaveLength(3 + colours.length)
      colours.forEach((colour, k) => {
        expect(product.images[3 + k]!.src).toBe(`/media/products/${product.slug}-${4 + k}.webp`)
        expect(product.images[3 + k]!.alt).toBe(`${product.name}, ${colour.label}`)
      })
      for (const variant of variantsOf.get(product.id)!) {
        const colour = colours.find((c) => c.code === variant.optionValues.colour)
        if (!colour) expect(variant.imageIndexes).toEqual([])
        else for (const i of variant.imageIndexes) expect(product.images[i]?.alt).toContain(colour.label)
        if (colour) expect(variant.imageIndexes.length).toBeGreaterThan(0)
      }
    }
  })

  it.each(['Wireless Headphones', 'Laptop', 'Wireless Mouse', 'T-Shirt', 'Sofa'])(
    'names products with the searchable words "%s"',
    (words) => {
      expect(catalog.products.some((p) => p.name.includes(words))).toBe(true)
    },
  )
})
