import { A } from '@solidjs/router'
import { type JSX, Show } from 'solid-js'
import type { SearchHit } from '../../shared/search/search-types.ts'
import { ProductImage } from '../catalog/product-image.tsx'
import { RatingLine } from '../catalog/rating-line.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { CatalogPrice } from '../ui/price.tsx'
import { HighlightedText } from './highlighted-text.tsx'

const cardImageSizes = '(min-width: 1100px) 200px, (min-width: 640px) 25vw, 46vw'

/** One result: a link named by the product, with the words the query matched marked. */
export function SearchResultCard(props: {
  readonly hit: SearchHit
  /** From the offline index: prices are the last known ones (DESIGN §3). */
  readonly lastKnown: boolean
  readonly priority: boolean
  readonly onOpen: () => void
}): JSX.Element {
  const { t } = useI18n()
  return (
    <li class="product-card search-result">
      <A class="product-card__link" href={`/p/${props.hit.slug}`} onClick={() => props.onOpen()}>
        <Show when={props.hit.image} fallback={<span class="product-card__image product-card__image--empty" />}>
          {(image) => (
            <ProductImage
              class="product-card__image"
              image={image()}
              alt=""
              sizes={cardImageSizes}
              priority={props.priority}
            />
          )}
        </Show>
        <span class="product-card__name">
          <HighlightedText value={props.hit.highlights.name} />
        </span>
        <RatingLine average={props.hit.rating} count={props.hit.reviewCount} />
        {/* A hit carries its lowest base price, not its variants' market prices: converted. */}
        <CatalogPrice
          source={{ price: props.hit.price, currency: props.hit.currency }}
          from={props.hit.priceFrom}
          lastKnown={props.lastKnown}
        />
        <Show when={!props.hit.inStock}>
          <span class="stock stock--out">{t('stock.out')}</span>
        </Show>
        <Show when={props.hit.highlights.description}>
          {(description) => (
            <span class="search-result__snippet">
              <HighlightedText value={description()} />
            </span>
          )}
        </Show>
      </A>
    </li>
  )
}
