/** A product image as client/catalog/product-image.tsx renders it. */
import { html } from 'hono/html'
import type { ProductImage } from '../../shared/catalog/product.ts'
import type { Html } from './html.ts'

const widths = [160, 320, 640, 1024] as const

export type ProductImageOptions = {
  readonly alt: string
  readonly sizes: string
  readonly class?: string
  /** The page's largest paint: eager and fetched first; every other image waits for scroll. */
  readonly priority?: boolean
}

export function productImageSrcset(image: ProductImage): { src: string; srcset: string } {
  return { src: mediaUrl(image.src, 640), srcset: widths.map((w) => `${mediaUrl(image.src, w)} ${w}w`).join(', ') }
}

export function productImageHtml(image: ProductImage, options: ProductImageOptions): Html {
  const { src, srcset } = productImageSrcset(image)
  const className = options.class ? html` class="${options.class}"` : ''
  return html`<img${className} src="${src}" srcset="${srcset}" sizes="${options.sizes}" width="${image.width}" height="${image.height}" alt="${options.alt}" loading="${options.priority ? 'eager' : 'lazy'}" decoding="async" fetchpriority="${options.priority ? 'high' : 'auto'}">`
}

function mediaUrl(src: string, width: number): string {
  return `${src}${src.includes('?') ? '&' : '?'}w=${width}`
}
