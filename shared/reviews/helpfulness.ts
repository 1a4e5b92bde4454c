/**
 * "Most helpful" order of reviews: the lower bound of the 95 % Wilson score interval of the share of
 * helpful votes, so one helpful vote out of one does not outrank 40 out of 50. The SQL sort
 * (server/reviews/reviews.repository.ts) computes the same formula; a test holds them together.
 */

/** z for a two-sided 95 % interval. */
export const wilsonZ = 1.96

/** 0 without helpful votes (exactly: the formula's 0 can come out as ±1e-17 in floating point). */
export function helpfulnessScore(helpful: number, unhelpful: number): number {
  const n = helpful + unhelpful
  if (helpful <= 0 || n <= 0) return 0
  const p = helpful / n
  const z2 = wilsonZ * wilsonZ
  return (p + z2 / (2 * n) - wilsonZ * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n)
}

export type RankedReview = {
  readonly id: string
  readonly helpfulCount: number
  readonly unhelpfulCount: number
  readonly createdAt: string
}

/** The "most helpful" comparator: score, then helpful votes, then newest, then id (a stable page order). */
export function compareByHelpfulness(a: RankedReview, b: RankedReview): number {
  return (
    helpfulnessScore(b.helpfulCount, b.unhelpfulCount) - helpfulnessScore(a.helpfulCount, a.unhelpfulCount) ||
    b.helpfulCount - a.helpfulCount ||
    Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  )
}
