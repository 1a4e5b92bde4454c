/** A product image as client/catalog/product-image.tsx renders it: AVIF and WebP sources in a <picture>. */
import { html } from 'hono/html'
import type { ProductImage } from '../../shared/catalog/product.ts'
import { productImageSources } from '../../shared/catalog/product-image-sources.ts'
import type { Html } from './html.ts'

export type ProductImageOptions = {
  readonly alt: string
  readonly sizes: string
  readonly class?: string
  /** The page's largest paint: eager and fetched first; every other image waits for scroll. */
  readonly priority?: boolean
  /** IMAGE_CDN_URL, or null for the shop's own /media. */
  readonly imageCdn: string | null
}

/**
 * The image's placeholder is left out: the client sets it as a DOM property, since the CSP refuses
 * style attributes, and a first visit fetches the image at once anyway.
 */
export function productImageHtml(image: ProductImage, options: ProductImageOptions): Html {
  const picture = productImageSources(image, options.imageCdn)
  const sources = picture.sources.map(
    (source) => html`<source type="${source.type}" srcset="${source.srcset}" sizes="${options.sizes}">`,
  )
  return html`<picture class="product-image">${sources}<img class="product-image__img ${options.class ?? ''}" src="${picture.src}" width="${picture.width}" height="${picture.height}" alt="${options.alt}" loading="${options.priority ? 'eager' : 'lazy'}" decoding="async" fetchpriority="${options.priority ? 'high' : 'auto'}"></picture>`
}

/** What the head preloads for the LCP image: the first (best) format, which a `<picture>` picks too. */
export function productImagePreload(image: ProductImage, sizes: string, imageCdn: string | null) {
  const picture = productImageSources(image, imageCdn)
  const [best] = picture.sources
  return best
    ? { type: best.type, srcset: best.srcset, sizes, src: picture.src }
    : { srcset: '', sizes, src: picture.src }
}
