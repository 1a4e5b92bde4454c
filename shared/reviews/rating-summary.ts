import { noRatings, type RatingCounts, type RatingSummary, type ReviewRating } from './review.ts'

/** The summary of star counts: the average to one decimal (null without reviews) and the distribution. */
export function summarizeRatings(counts: RatingCounts = noRatings): RatingSummary {
  const count = counts.reduce((sum, n) => sum + n, 0)
  const stars = counts.reduce((sum, n, index) => sum + n * (index + 1), 0)
  return {
    average: count === 0 ? null : Math.round((stars / count) * 10) / 10,
    count,
    distribution: { '1': counts[0], '2': counts[1], '3': counts[2], '4': counts[3], '5': counts[4] },
  }
}

/** The counts after one published review moves from `before` to `after` stars (null: not published). */
export function moveRating(
  counts: RatingCounts,
  before: ReviewRating | null,
  after: ReviewRating | null,
): RatingCounts {
  const delta = (stars: number) => (stars === before ? -1 : 0) + (stars === after ? 1 : 0)
  return [counts[0] + delta(1), counts[1] + delta(2), counts[2] + delta(3), counts[3] + delta(4), counts[4] + delta(5)]
}
