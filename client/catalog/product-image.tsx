/**
 * A product image: a `<picture>` with AVIF and WebP sources (through the image CDN when the shop has
 * one), its blurred placeholder behind it while it loads, and the placeholder instead of it when it
 * cannot load (offline and never cached) — never the browser's broken-image glyph.
 */
import { createEffect, createMemo, createSignal, For, type JSX, on, onCleanup, Show } from 'solid-js'
import type { ProductImage as ProductImageData } from '../../shared/catalog/product.ts'
import { productImagePlaceholderUrl, productImageSources } from '../../shared/catalog/product-image-sources.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { scheduleIdle } from '../platform/idle.ts'
import { imageCdnTemplate } from '../platform/image-cdn.ts'

/** At most this long before a still-loading image gets its placeholder; sooner when the page is idle. */
const placeholderDelayMs = 2000

/** A transparent pixel: a failed image without a placeholder shows its box's background instead. */
const blankImage = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'

export function ProductImage(props: {
  readonly image: ProductImageData
  readonly alt: string
  readonly sizes: string
  /** Eager only for the image that is the page's largest paint; everything else waits for scroll. */
  readonly priority?: boolean
  readonly class?: string
}): JSX.Element {
  const { network } = useOffline()
  const picture = createMemo(() => productImageSources(props.image, imageCdnTemplate()))
  // Decoded only when shown: a first visit's images are mostly loaded already (the server's HTML
  // fetched them), and decoding a placeholder costs about a millisecond of a phone's main thread.
  const placeholder = () => decodedPlaceholder(props.image)
  // Keyed by src, so the gallery's next image starts afresh.
  const [failedSrc, setFailedSrc] = createSignal<string | null>(null)
  const [loadedSrc, setLoadedSrc] = createSignal<string | null>(null)
  const failed = () => failedSrc() === props.image.src
  // Back online, a failed image gets another try.
  createEffect(on(network.isOnline, (online) => online && setFailedSrc(null), { defer: true }))

  // The CSP's style-src 'self' refuses style attributes, but not a style set as a DOM property.
  // Only for an image still loading once the browser is idle: one from the cache is complete by then.
  const showPlaceholderBehind = (img: HTMLImageElement) =>
    createEffect(() => {
      if (loadedSrc() === props.image.src) {
        img.style.backgroundImage = ''
        return
      }
      onCleanup(
        scheduleIdle(() => {
          const url = img.complete ? null : placeholder()
          img.style.backgroundImage = url ? `url("${url}")` : ''
        }, placeholderDelayMs),
      )
    })

  const classes = () => `product-image__img ${props.class ?? ''}`
  return (
    <Show
      when={!failed()}
      fallback={
        <img
          class={classes()}
          src={placeholder() ?? blankImage}
          width={props.image.width}
          height={props.image.height}
          alt={props.alt}
        />
      }
    >
      <picture class="product-image">
        <For each={picture().sources}>
          {(source) => <source type={source.type} srcset={source.srcset} sizes={props.sizes} />}
        </For>
        <img
          ref={showPlaceholderBehind}
          class={classes()}
          src={picture().src}
          width={picture().width}
          height={picture().height}
          alt={props.alt}
          loading={props.priority ? 'eager' : 'lazy'}
          decoding="async"
          fetchpriority={props.priority ? 'high' : 'auto'}
          onLoad={() => setLoadedSrc(props.image.src)}
          onError={() => setFailedSrc(props.image.src)}
        />
      </picture>
    </Show>
  )
}

/** Decoded placeholders by hash: grids show the same products again and again. Bounded, for long sessions. */
const placeholders = new Map<string, string | null>()

function decodedPlaceholder(image: ProductImageData): string | null {
  if (!image.placeholder) return null
  let url = placeholders.get(image.placeholder)
  if (url === undefined) {
    if (placeholders.size >= 1000) placeholders.clear()
    url = productImagePlaceholderUrl(image, 16)
    placeholders.set(image.placeholder, url)
  }
  return url
}
