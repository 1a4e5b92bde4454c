import { rgbaToThumbHash } from 'thumbhash'
import { describe, expect, it } from 'vitest'
import type { ProductImage } from './product.ts'
import {
  imageCdnTemplateProblem,
  productImagePlaceholderUrl,
  productImageSources,
  productImageWidths,
} from './product-image-sources.ts'

/** A brick-red square, as ThumbHash sees it. */
const brick = [200, 60, 40] as const
const brickHash = rgbaToThumbHash(8, 8, Array.from({ length: 64 }, () => [...brick, 255]).flat())

const image: ProductImage = {
  src: '/media/products/sonora-aria-soundbar-1.webp',
  alt: 'Sonora Aria Soundbar, view 1',
  width: 1024,
  height: 1024,
  placeholder: btoa(String.fromCharCode(...brickHash)),
}

const urlsOf = (srcset: string) => srcset.split(', ').map((candidate) => candidate.split(' '))

describe('product image sources', () => {
  it('offers AVIF before WebP, each at every width, from the shop itself', () => {
    const picture = productImageSources(image)
    expect(picture.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp'])
    expect(urlsOf(picture.sources[0]!.srcset)).toEqual(
      productImageWidths.map((w) => [`/media/products/sonora-aria-soundbar-1.avif?w=${w}`, `${w}w`]),
    )
    expect(urlsOf(picture.sources[1]!.srcset)).toEqual(
      productImageWidths.map((w) => [`/media/products/sonora-aria-soundbar-1.webp?w=${w}`, `${w}w`]),
    )
  })

  it('gives the img a 640 px WebP and the image’s intrinsic size', () => {
    expect(productImageSources({ ...image, width: 800, height: 600 })).toMatchObject({
      src: '/media/products/sonora-aria-soundbar-1.webp?w=640',
      width: 800,
      height: 600,
    })
  })

  it('shows a foreign image as it is when there is no CDN to resize it', () => {
    const foreign = { ...image, src: 'https://images.example.com/soundbar.jpg' }
    expect(productImageSources(foreign)).toEqual({ sources: [], src: foreign.src, width: 1024, height: 1024 })
    expect(productImageSources(foreign, null).sources).toEqual([])
  })

  describe('through an image CDN', () => {
    it.each([
      [
        'imgix',
        'https://shop.imgix.net/{path}?w={width}&fm={format}&q={quality}',
        'https://shop.imgix.net/media/products/sonora-aria-soundbar-1.webp?w=320&fm=avif&q=55',
      ],
      [
        'Cloudflare, on the shop’s own origin',
        '/cdn-cgi/image/width={width},format={format},quality={quality}/{path}',
        '/cdn-cgi/image/width=320,format=avif,quality=55/media/products/sonora-aria-soundbar-1.webp',
      ],
      [
        'Cloudinary fetch',
        'https://res.cloudinary.com/shop/image/fetch/w_{width},f_{format}/https://shop.example.com/{path}',
        'https://res.cloudinary.com/shop/image/fetch/w_320,f_avif/https://shop.example.com/media/products/sonora-aria-soundbar-1.webp',
      ],
    ])('rewrites every URL for %s', (_, template, avif320) => {
      const picture = productImageSources(image, template)
      expect(urlsOf(picture.sources[0]!.srcset)[1]).toEqual([avif320, '320w'])
      const webp = urlsOf(picture.sources[1]!.srcset).map(([url]) => url!)
      expect(webp).toHaveLength(4)
      for (const url of webp) expect(url).not.toContain('avif')
      expect(picture.src).toBe(webp[productImageWidths.indexOf(640)])
    })

    it('passes each format its own quality', () => {
      const picture = productImageSources(image, 'https://cdn.example.com/{path}?w={width}&fm={format}&q={quality}')
      expect(picture.sources[0]!.srcset).toContain('fm=avif&q=55')
      expect(picture.sources[1]!.srcset).toContain('fm=webp&q=80')
    })

    it('sends a foreign image to the CDN percent-encoded', () => {
      const foreign = { ...image, src: 'https://images.example.com/a b.jpg' }
      const picture = productImageSources(foreign, 'https://cdn.example.com/{path}?w={width}&fm={format}')
      expect(picture.src).toBe('https://cdn.example.com/https%3A%2F%2Fimages.example.com%2Fa%20b.jpg?w=640&fm=webp')
    })
  })

  describe('IMAGE_CDN_URL templates', () => {
    it.each([
      'https://cdn.example.com/{path}?w={width}&fm={format}&q={quality}',
      'http://127.0.0.1:8080/{path}?w={width}&fm={format}',
      '/cdn-cgi/image/width={width},format={format}/{path}',
    ])('accepts %s', (template) => {
      expect(imageCdnTemplateProblem(template)).toBeNull()
    })

    it.each([
      ['https://cdn.example.com/{path}?w={width}', 'must contain {format}'],
      ['https://cdn.example.com/?fm={format}', 'must contain {path}, {width}'],
      ['https://cdn.example.com/{path}?w={width}&fm={format}&dpr={dpr}', 'unknown placeholder {dpr}'],
      ['ftp://cdn.example.com/{path}?w={width}&fm={format}', 'must be an http:// or https:// URL'],
      ['//cdn.example.com/{path}?w={width}&fm={format}', 'must be an http:// or https:// URL'],
      ['cdn.example.com/{path}?w={width}&fm={format}', 'must be an http:// or https:// URL'],
    ])('refuses %s', (template, problem) => {
      expect(imageCdnTemplateProblem(template)).toContain(problem)
    })
  })

  describe('placeholder', () => {
    it('is a small PNG data URL of the ThumbHash', () => {
      const url = productImagePlaceholderUrl(image)
      expect(url).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/)
      expect(url!.length).toBeLessThan(600)
    })

    it('is 8 px square and keeps the colour of the image', () => {
      const png = Uint8Array.from(atob(productImagePlaceholderUrl(image)!.split(',')[1]!), (c) => c.charCodeAt(0))
      const view = new DataView(png.buffer)
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([8, 8])
      // thumbhash writes stored (uncompressed) rows: signature, IHDR, IDAT header, zlib header, block header, filter.
      const firstPixel = png.subarray(8 + 25 + 8 + 2 + 6, 8 + 25 + 8 + 2 + 6 + 3)
      for (const [i, channel] of brick.entries()) expect(Math.abs(firstPixel[i]! - channel)).toBeLessThan(16)
    })

    it('is null for an image without one', () => {
      expect(productImagePlaceholderUrl({ ...image, placeholder: undefined })).toBeNull()
    })
  })
})
