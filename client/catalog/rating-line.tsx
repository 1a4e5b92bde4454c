import { type JSX, Show } from 'solid-js'
import { summarizeRatings } from '../../shared/reviews/rating-summary.ts'
import type { RatingCounts } from '../../shared/reviews/review.ts'
import { StarRating } from '../reviews/star-rating.tsx'
import './rating-line.css'

/**
 * A card's line for its stars and review count (product cards, search results). The line is there,
 * one star row tall, on every card whether or not the product has reviews, so a grid of mixed cards
 * lines up and a product's first review moves nothing. server/pages/star-rating-html.ts renders the twin.
 */
export function RatingLine(props: { readonly ratingCounts: RatingCounts | undefined }): JSX.Element {
  const summary = () => summarizeRatings(props.ratingCounts)
  return (
    <span class="rating-line">
      <Show when={summary().average}>{(average) => <StarRating average={average()} count={summary().count} />}</Show>
    </span>
  )
}
