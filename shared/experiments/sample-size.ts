/**
 * How many shoppers an experiment needs before it starts, and so how long it will run.
 * Per variant, for a two-sided two-proportion z-test with equal arms (Fleiss, Statistical Methods
 * for Rates and Proportions, §4.2 without continuity correction; the formula R's
 * `stats::power.prop.test` solves):
 *   n = (z_{1−α/2} √(2 p̄(1−p̄)) + z_{1−β} √(p₁(1−p₁) + p₂(1−p₂)))² / (p₂ − p₁)²,  p̄ = (p₁+p₂)/2.
 * It sizes a fixed-horizon test; a sequentially monitored one needs somewhat more to reach the
 * same power, the price of being allowed to peek.
 */
import { normalQuantile } from './normal-distribution.ts'

export type SampleSizeInput = {
  /** The control's expected conversion rate, 0 < p < 1. */
  readonly baselineRate: number
  /** The smallest absolute change worth detecting (0.02 = two percentage points). */
  readonly minimumDetectableEffect: number
  readonly alpha?: number
  readonly power?: number
}

/** Shoppers needed in each variant (rounded up) to detect the effect with the given power. */
export function sampleSizePerVariant(input: SampleSizeInput): number {
  const alpha = input.alpha ?? 0.05
  const power = input.power ?? 0.8
  const p1 = input.baselineRate
  const p2 = p1 + input.minimumDetectableEffect
  if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1 && p1 !== p2))
    throw new RangeError('baseline and baseline + effect must be distinct rates strictly between 0 and 1')
  const mean = (p1 + p2) / 2
  const underNull = normalQuantile(1 - alpha / 2) * Math.sqrt(2 * mean * (1 - mean))
  const underAlternative = normalQuantile(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
  return Math.ceil((underNull + underAlternative) ** 2 / (p2 - p1) ** 2)
}

export type DurationInput = {
  readonly perVariant: number
  /** The variants' traffic weights; the lightest one sets the pace. */
  readonly weights: readonly number[]
  /** Shoppers a day who could enter the experiment (those its targeting matches). */
  readonly dailyEligible: number
  /** Share of eligible shoppers included (the experiment's coverage), 0 < c ≤ 1. */
  readonly coverage?: number
}

/** Whole days until every variant has its sample, at the current traffic. */
export function estimateDurationDays(input: DurationInput): number {
  const weightSum = input.weights.reduce((sum, weight) => sum + weight, 0)
  const lightest = Math.min(...input.weights) / weightSum
  const daily = input.dailyEligible * (input.coverage ?? 1) * lightest
  if (!(daily > 0)) throw new RangeError('an experiment with no daily traffic in every variant never ends')
  return Math.ceil(input.perVariant / daily)
}
