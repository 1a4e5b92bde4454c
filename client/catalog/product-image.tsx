import type { JSX } from 'solid-js'
import type { ProductImage as ProductImageData } from '../../shared/catalog/product.ts'

/** Widths the media endpoint renders (`?w=`); the browser picks one from `sizes`. */
const widths = [160, 320, 640, 1024] as const

function mediaUrl(src: string, width: number): string {
  return `${src}${src.includes('?') ? '&' : '?'}w=${width}`
}

export function ProductImage(props: {
  readonly image: ProductImageData
  readonly alt: string
  readonly sizes: string
  /** Eager only for the image that is the page's largest paint; everything else waits for scroll. */
  readonly priority?: boolean
  readonly class?: string
}): JSX.Element {
  return (
    <img
      class={props.class}
      src={mediaUrl(props.image.src, 640)}
      srcset={widths.map((w) => `${mediaUrl(props.image.src, w)} ${w}w`).join(', ')}
      sizes={props.sizes}
      width={props.image.width}
      height={props.image.height}
      alt={props.alt}
      loading={props.priority ? 'eager' : 'lazy'}
      decoding="async"
      fetchpriority={props.priority ? 'high' : 'auto'}
    />
  )
}
