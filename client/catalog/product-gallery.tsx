import { createEffect, createSignal, For, type JSX, on, Show } from 'solid-js'
import type { Product } from '../../shared/catalog/product.ts'
import { useI18n } from '../platform/i18n.tsx'
import { ProductImage } from './product-image.tsx'

/** Up to ~560 px wide beside the details on desktop, full width on phones. */
const mainImageSizes = '(min-width: 900px) 560px, 100vw'

/**
 * The images at `imageIndexes` (the chosen variant's, main first; see `galleryImageIndexes`): when
 * they change (another colour), the gallery starts again at their main image.
 */
export function ProductGallery(props: {
  readonly product: Product
  readonly imageIndexes: readonly number[]
}): JSX.Element {
  const { t } = useI18n()
  const [selected, setSelected] = createSignal(0)
  createEffect(
    on(
      () => `${props.product.id}:${props.imageIndexes.join(',')}`,
      () => setSelected(0),
      { defer: true },
    ),
  )
  const shown = () => props.imageIndexes.flatMap((index) => props.product.images[index] ?? [])
  const image = () => shown()[selected()] ?? shown()[0]
  const altOf = (alt: string) => alt || t('product.imageAlt', { name: props.product.name })

  return (
    <div class="gallery">
      <Show when={image()} fallback={<div class="gallery__main gallery__main--empty">{t('product.noImage')}</div>}>
        {(current) => (
          <ProductImage
            class="gallery__main"
            image={current()}
            alt={altOf(current().alt)}
            sizes={mainImageSizes}
            priority
          />
        )}
      </Show>
      <Show when={shown().length > 1}>
        <ul class="gallery__thumbs">
          <For each={shown()}>
            {(thumb, index) => (
              <li>
                <button
                  type="button"
                  class="gallery__thumb"
                  aria-label={t('product.showImage', { index: index() + 1, total: shown().length })}
                  aria-pressed={selected() === index()}
                  onClick={() => setSelected(index())}
                >
                  <ProductImage image={thumb} alt="" sizes="80px" />
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  )
}
