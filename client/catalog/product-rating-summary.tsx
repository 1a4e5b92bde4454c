import { type JSX, Show } from 'solid-js'
import type { Product } from '../../shared/catalog/product.ts'
import { summarizeRatings } from '../../shared/reviews/rating-summary.ts'
import { StarRating } from '../reviews/star-rating.tsx'

/**
 * Under the product's name: its stars and number of reviews, a link down to the reviews. Nothing for
 * a product without reviews. server/pages/star-rating-html.ts (`productRatingHtml`) renders the twin.
 */
export function ProductRatingSummary(props: { readonly product: Product }): JSX.Element {
  const summary = () => summarizeRatings(props.product.ratingCounts)
  return (
    <Show when={summary().average}>
      {(average) => (
        <a class="product__rating" href="#reviews">
          <StarRating average={average()} count={summary().count} size="md" />
        </a>
      )}
    </Show>
  )
}
