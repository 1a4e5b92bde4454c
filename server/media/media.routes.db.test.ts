import { existsSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { ProductPage } from '../../shared/catalog/product.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

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
    return page.items[0]!.images[0]!.src
  }

  it.each([160, 320, 640, 1024])('renders a %i px wide webp', async (width) => {
    const response = await app().request(`${await firstImage()}?w=${width}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
    expect(meta).toMatchObject({ format: 'webp', width, height: width })
  })

  it('defaults to 640 px', async () => {
    const response = await app().request(await firstImage())
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(640)
  })

  it('serves the second request from the disk cache with identical bytes', async () => {
    const src = `${(await firstImage()).replace('-1.webp', '-2.webp')}?w=320`
    const first = await app().request(src)
    expect(first.headers.get('x-media-cache')).toBe('miss')
    const file = src.split('/').at(-1)!.split('?')[0]!
    expect(existsSync(join(config.dataDir, 'media-cache', 'products', '320', file))).toBe(true)
    const second = await app().request(src)
    expect(second.headers.get('x-media-cache')).toBe('hit')
    expect(Buffer.from(await second.arrayBuffer())).toEqual(Buffer.from(await first.arrayBuffer()))
  })

  it('renders concurrent requests for one uncached image once, all complete', async () => {
    const src = `${(await firstImage()).replace('-1.webp', '-3.webp')}?w=160`
    const responses = await Promise.all(Array.from({ length: 5 }, () => app().request(src)))
    const bodies = await Promise.all(responses.map(async (r) => Buffer.from(await r.arrayBuffer())))
    for (const body of bodies) expect(body).toEqual(bodies[0])
    expect((await sharp(bodies[0]!).metadata()).width).toBe(160)
  })

  it('draws different art for different images of a product', async () => {
    const src = await firstImage()
    const one = Buffer.from(await (await app().request(`${src}?w=160`)).arrayBuffer())
    const two = Buffer.from(await (await app().request(`${src.replace('-1.webp', '-2.webp')}?w=160`)).arrayBuffer())
    expect(one.equals(two)).toBe(false)
  })

  it.each([
    ['an unsupported width', (src: string) => `${src}?w=123`, 400],
    ['an unknown parameter', (src: string) => `${src}?h=10`, 400],
    ['an unknown product', () => '/media/products/no-such-product-1.webp', 404],
    ['an image number out of range', (src: string) => src.replace('-1.webp', '-4.webp'), 404],
    ['a non-webp name', (src: string) => src.replace('.webp', '.png'), 404],
  ])('answers %s with a problem', async (_, pathFor, status) => {
    const response = await app().request(pathFor(await firstImage()))
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })
})
