import { createEffect, createSignal, For, type JSX, on, Show } from 'solid-js'
import type { Product } from '../../shared/catalog/product.ts'
import { useI18n } from '../platform/i18n.tsx'
import { ProductImage } from './product-image.tsx'

/** Up to ~560 px wide beside the details on desktop, full width on phones. */
const mainImageSizes = '(min-width: 900px) 560px, 100vw'

export function ProductGallery(props: { readonly product: Product }): JSX.Element {
  const { t } = useI18n()
  const [selected, setSelected] = createSignal(0)
  createEffect(
    on(
      () => props.product.id,
      () => setSelected(0),
      { defer: true },
    ),
  )
  const image = () => props.product.images[selected()] ?? props.product.images[0]
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
      <Show when={props.product.images.length > 1}>
        <ul class="gallery__thumbs">
          <For each={props.product.images}>
            {(thumb, index) => (
              <li>
                <button
                  type="button"
                  class="gallery__thumb"
                  aria-label={t('product.showImage', { index: index() + 1, total: props.product.images.length })}
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
