import { type JSX, Show } from 'solid-js'
import { StarRating } from '../reviews/star-rating.tsx'
import './rating-line.css'

/**
 * A card's line for its stars and review count (product cards, search results). The line is there,
 * one star row tall, on every card whether or not the product has reviews, so a grid of mixed cards
 * lines up and a product's first review moves nothing. server/pages/star-rating-html.ts renders the
 * twin; importing StarRating here puts its styles in the first paint's stylesheet, which the
 * server's pages need too.
 */
export function RatingLine(props: { readonly average: number | null; readonly count: number }): JSX.Element {
  return (
    <span class="rating-line">
      <Show when={props.average}>{(average) => <StarRating average={average()} count={props.count} />}</Show>
    </span>
  )
}
