import sharp from 'sharp'
import { thumbHashToAverageRGBA } from 'thumbhash'
import { describe, expect, it } from 'vitest'
import { generateDemoCatalog } from '../catalog/demo-catalog.ts'
import { type ArtSubject, buildProductArtSvg } from './product-art.ts'
import { productArtPlaceholder } from './product-art-placeholder.ts'

const catalog = generateDemoCatalog()
const categorySlugs = new Map(catalog.categories.map((c) => [c.id, c.slug]))
const sample: ArtSubject[] = catalog.products
  .filter((_, i) => i % 25 === 0)
  .map((p, i) => ({
    slug: p.slug,
    imageNumber: 1 + (i % 3),
    name: p.name,
    tags: p.tags,
    categorySlug: categorySlugs.get(p.categoryId)!,
  }))

describe('product art placeholder', () => {
  it('is a short base64 ThumbHash', () => {
    const placeholder = productArtPlaceholder(sample[0]!)
    expect(placeholder).toMatch(/^[A-Za-z0-9+/]{20,40}={0,2}$/)
    expect(productArtPlaceholder({ ...sample[0]! })).toBe(placeholder)
  })

  it('has the average colour of the rendered art, though nothing was rendered', async () => {
    for (const subject of sample) {
      const rendered = await sharp(Buffer.from(buildProductArtSvg(subject)))
        .resize(64, 64)
        .stats()
      const [r, g, b] = rendered.channels.map((channel) => channel.mean / 255)
      const hashed = thumbHashToAverageRGBA(Buffer.from(productArtPlaceholder(subject), 'base64'))
      const distance = Math.hypot(hashed.r - r!, hashed.g - g!, hashed.b - b!)
      expect(distance, subject.slug).toBeLessThan(0.12)
    }
  })
})
