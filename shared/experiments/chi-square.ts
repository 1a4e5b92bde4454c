/**
 * Chi-square tail probabilities and the goodness-of-fit test, used for the sample-ratio-mismatch
 * check of experiments and to test that bucketing is uniform. Degrees of freedom are whole
 * numbers there (categories − 1), which allows an exact closed form instead of a series.
 */
import { normalSurvival } from './normal-distribution.ts'

/**
 * P(X ≥ x) for X chi-square distributed with `df` (a positive whole number) degrees of freedom.
 * Closed forms of the regularized upper incomplete gamma Q(df/2, x/2) (Abramowitz & Stegun 26.4.4
 * and 26.4.5): for even df, e^(−x/2) Σ_{i<df/2} (x/2)^i / i!; for odd df, 2·Φ̄(√x) plus
 * √(2x/π)·e^(−x/2) Σ_{i=1}^{(df−1)/2} x^(i−1) / (1·3·…·(2i−1)).
 */
export function chiSquareSurvival(x: number, df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new RangeError(`degrees of freedom must be a positive integer, got ${df}`)
  if (Number.isNaN(x)) throw new RangeError('the statistic is not a number')
  if (x <= 0) return 1
  if (x === Number.POSITIVE_INFINITY) return 0
  return df % 2 === 0 ? evenDfSurvival(x, df / 2) : oddDfSurvival(x, (df - 1) / 2)
}

function evenDfSurvival(x: number, terms: number): number {
  const half = x / 2
  let term = 1
  let sum = 1
  for (let i = 1; i < terms; i++) {
    term *= half / i
    sum += term
  }
  return Math.min(1, Math.exp(-half) * sum)
}

function oddDfSurvival(x: number, terms: number): number {
  let term = 1
  let sum = terms > 0 ? 1 : 0
  for (let i = 2; i <= terms; i++) {
    term *= x / (2 * i - 1)
    sum += term
  }
  const series = terms > 0 ? Math.sqrt((2 * x) / Math.PI) * Math.exp(-x / 2) * sum : 0
  return Math.min(1, 2 * normalSurvival(Math.sqrt(x)) + series)
}

/** Pearson's chi-square goodness-of-fit test: the statistic, its degrees of freedom and p-value. */
export type GoodnessOfFit = { readonly statistic: number; readonly df: number; readonly pValue: number }

/**
 * Tests observed counts against expected proportions (`weights`, any positive scale; they are
 * normalised). A category with weight 0 expects nothing: any count in it is an outright mismatch
 * (p = 0), none leaves it out of the test.
 */
export function chiSquareGoodnessOfFit(observed: readonly number[], weights: readonly number[]): GoodnessOfFit {
  if (observed.length !== weights.length) throw new RangeError('one weight per observed count is needed')
  if (observed.some((count) => !Number.isInteger(count) || count < 0)) throw new RangeError('counts must be whole')
  if (weights.some((weight) => !(weight >= 0))) throw new RangeError('weights must not be negative')
  const total = observed.reduce((sum, count) => sum + count, 0)
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
  let statistic = 0
  let categories = 0
  for (const [i, count] of observed.entries()) {
    const expected = (total * weights[i]!) / weightSum
    if (expected === 0) {
      if (count > 0) return { statistic: Number.POSITIVE_INFINITY, df: Math.max(1, categories), pValue: 0 }
      continue
    }
    statistic += (count - expected) ** 2 / expected
    categories++
  }
  if (categories < 2) return { statistic: 0, df: 0, pValue: 1 }
  const df = categories - 1
  return { statistic, df, pValue: chiSquareSurvival(statistic, df) }
}
