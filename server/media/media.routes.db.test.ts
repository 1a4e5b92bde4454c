import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { ProductImage, ProductOption, ProductPage } from '../../shared/catalog/product.ts'
import { productImageSources } from '../../shared/catalog/product-image-sources.ts'
import { rowsOf } from '../platform/migrate.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { findLiveProductArtFacts } from './media.repository.ts'

const formats = ['webp', 'avif'] as const
// sharp names AVIF by its container, HEIF.
const sharpFormat = { webp: 'webp', avif: 'heif' } as const

describe.each(await databaseTargets())('product media on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  const config = testConfig()
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  const firstImage = async () => {
    const page = (await (await app().request('/api/products?limit=1')).json()) as ProductPage
    return page.items[0]!.images[0]!
  }
  const firstSrc = async () => (await firstImage()).src
  /** A seeded product that comes in colours: its shared views, then one image per colour. */
  const colourProduct = async () => {
    const [row] = rowsOf(
      await database().db.execute(
        sql`select slug, options, images from products where options @> '[{"code": "colour"}]' order by slug limit 1`,
      ),
    ) as { slug: string; options: ProductOption[]; images: ProductImage[] }[]
    return row!
  }
  const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer())

  describe.each(formats)('as %s', (format) => {
    const srcOf = async (imageNumber = 1) => (await firstSrc()).replace(/-1\.webp$/, `-${imageNumber}.${format}`)

    it.each([160, 320, 640, 1024])('renders a %i px wide image, cached for a year', async (width) => {
      const response = await app().request(`${await srcOf()}?w=${width}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe(`image/${format}`)
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      const meta = await sharp(await bytesOf(response)).metadata()
      expect(meta).toMatchObject({ format: sharpFormat[format], width, height: width })
    })

    it('serves the original, 1024 px, without ?w=', async () => {
      const response = await app().request(await srcOf())
      expect((await sharp(await bytesOf(response)).metadata()).width).toBe(1024)
    })

    it('serves the second request from the disk cache with identical bytes', async () => {
      const src = `${await srcOf(2)}?w=320`
      const first = await app().request(src)
      expect(first.headers.get('x-media-cache')).toBe('miss')
      const file = src.split('/').at(-1)!.split('?')[0]!
      const [name, extension] = file.split('.')
      const cached = readdirSync(join(config.dataDir, 'media-cache', 'products', 'v3', '320'))
      expect(cached.some((entry) => entry.startsWith(name!) && entry.endsWith(`.${extension}`))).toBe(true)
      const second = await app().request(src)
      expect(second.headers.get('x-media-cache')).toBe('hit')
      expect(await bytesOf(second)).toEqual(await bytesOf(first))
    })

    it('renders concurrent requests for one uncached image once, all complete', async () => {
      const src = `${await srcOf(3)}?w=160`
      const responses = await Promise.all(Array.from({ length: 5 }, () => app().request(src)))
      const bodies = await Promise.all(responses.map(bytesOf))
      for (const body of bodies) expect(body).toEqual(bodies[0])
      expect((await sharp(bodies[0]!).metadata()).width).toBe(160)
    })
  })

  it('answers every URL of the shared source builder', async () => {
    const picture = productImageSources(await firstImage())
    const urls = [picture.src, ...picture.sources.flatMap((s) => s.srcset.split(', ').map((c) => c.split(' ')[0]!))]
    expect(urls).toHaveLength(9)
    for (const url of urls) expect((await app().request(url)).status, url).toBe(200)
  })

  it('draws different art for different images of a product', async () => {
    const src = await firstSrc()
    const one = await bytesOf(await app().request(`${src}?w=160`))
    const two = await bytesOf(await app().request(`${src.replace('-1.webp', '-2.webp')}?w=160`))
    expect(one.equals(two)).toBe(false)
  })

  it.each([
    ['an unsupported width', (src: string) => `${src}?w=123`, 400],
    ['an unknown parameter', (src: string) => `${src}?h=10`, 400],
    ['an unknown product', () => '/media/products/no-such-product-1.webp', 404],
    ['an image number out of range', (src: string) => src.replace('-1.webp', '-99.webp'), 404],
    ['an image number that is not one', (src: string) => src.replace('-1.webp', '-0.webp'), 404],
    ['a format not served', (src: string) => src.replace('.webp', '.png'), 404],
  ])('answers %s with a problem', async (_, pathFor, status) => {
    const response = await app().request(pathFor(await firstSrc()))
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })

  it("draws a colour's own image, numbered after the shared views, and none beyond the product's images", async () => {
    const product = await colourProduct()
    const colours = product.options.find((o) => o.code === 'colour')!.values
    expect(product.images).toHaveLength(3 + colours.length)
    const [first, second] = await Promise.all(
      [4, 5].map(async (n) => {
        const response = await app().request(`/media/products/${product.slug}-${n}.webp?w=160`)
        expect(response.status).toBe(200)
        return bytesOf(response)
      }),
    )
    expect(first!.equals(second!)).toBe(false)
    const beyond = await app().request(`/media/products/${product.slug}-${product.images.length + 1}.webp`)
    expect(beyond.status).toBe(404)
  })

  it('draws each image of a product in colours in the colour its alt text names, the shared views in the first', async () => {
    const product = await colourProduct()
    const colours = product.options.find((o) => o.code === 'colour')!.values
    const drawn = await Promise.all(
      product.images.map((_, i) => findLiveProductArtFacts(database().db, product.slug, i + 1)),
    )
    expect(drawn.slice(0, 3).map((facts) => facts?.colour)).toEqual(Array(3).fill(colours[0]!.swatch))
    product.images.slice(3).forEach((image, k) => {
      const colour = colours.find((c) => image.alt.endsWith(`, ${c.label}`))
      expect(drawn[3 + k]?.colour, image.alt).toBe(colour?.swatch)
    })
  })
})
