/**
 * Per-variant results of a conversion experiment (issue 17, decision 0033): each variant against
 * the control by a frequentist two-proportion comparison — rate, absolute and relative lift with
 * confidence intervals, and a two-sided p-value — optionally corrected for peeking with
 * asymptotic confidence sequences, plus a sample-ratio-mismatch check of the exposures.
 *
 * Formulas (p = conversions / exposures, control c, variant v, N = n_c + n_v):
 * - absolute lift d = p_v − p_c, standard error √(p_c(1−p_c)/n_c + p_v(1−p_v)/n_v) (Wald);
 * - relative lift r = d / p_c with the delta-method variance GrowthBook documents
 *   (docs.growthbook.io/statistics/details): σ²_v/(p_c² n_v) + σ²_c p_v²/(p_c⁴ n_c), σ² = p(1−p);
 * - fixed-horizon p-value: the pooled two-proportion z-test, z = d / √(p̂(1−p̂)(1/n_c + 1/n_v));
 * - sequential (always valid under continuous monitoring): the asymptotic confidence sequence of
 *   Howard, Ramdas, McAuliffe & Sekhon (2021, Annals of Statistics 49(2)) as used by Waudby-Smith
 *   et al. (2023, arXiv:2103.06476) and GrowthBook: with ρ² = (−2 ln α + ln(1 − 2 ln α)) / N*, the
 *   interval's half-width is √(N·se²) · √(2(Nρ²+1) / (Nρ)² · ln(√(Nρ²+1) / α)), and the matching
 *   p-value is min(1, √(Nρ²+1) · exp(−z² Nρ² / (2(Nρ²+1)))) with z = d / se. N* (the tuning
 *   parameter) is the total sample size where the sequence is tightest; GrowthBook's default 5000.
 */
import { chiSquareGoodnessOfFit } from './chi-square.ts'
import { normalQuantile, normalSurvival } from './normal-distribution.ts'

/** One arm of an experiment: how many were exposed and how many of them converted. */
export type VariantCounts = { readonly exposures: number; readonly conversions: number }
export type Interval = readonly [lower: number, upper: number]
/** An estimated effect, its standard error and its (1 − α) confidence interval or sequence. */
export type Effect = { readonly estimate: number; readonly standardError: number; readonly interval: Interval }

/** A variant against the control. `relativeLift` is null when the control never converted. */
export type Comparison = {
  readonly absoluteLift: Effect
  readonly relativeLift: Effect | null
  readonly pValue: number
  /** p < α: the interval of the absolute lift excludes 0 (exactly so under sequential testing). */
  readonly significant: boolean
}

export type ComparisonOptions = {
  /** False-positive rate; 0.05 gives 95% intervals. */
  readonly alpha?: number
  /** Enables the peeking-safe confidence sequences; N* is the expected total sample size. */
  readonly sequential?: { readonly tuningParameter: number } | null
}

/** GrowthBook's default N* for sequential testing. */
export const defaultSequentialTuningParameter = 5000
/** Exposures whose split p-value falls below this are flagged as a sample ratio mismatch. */
export const srmThreshold = 0.001

/** The conversion rate of an arm (0 with no exposures). */
export function conversionRate(counts: VariantCounts): number {
  return counts.exposures === 0 ? 0 : counts.conversions / counts.exposures
}

/** ρ of the confidence sequence for a two-sided level α tuned to be tightest at N* observations. */
export function sequentialRho(alpha: number, tuningParameter: number): number {
  const logTerm = -2 * Math.log(alpha)
  return Math.sqrt((logTerm + Math.log(logTerm + 1)) / tuningParameter)
}

/** Half-width of the asymptotic confidence sequence after `total` observations (see file header). */
export function sequentialHalfWidth(standardError: number, total: number, alpha: number, tuningParameter: number) {
  const rho2 = sequentialRho(alpha, tuningParameter) ** 2
  const spread = total * rho2 + 1
  const s2 = standardError ** 2 * total
  return Math.sqrt(s2 * ((2 * spread) / (total * total * rho2)) * Math.log(Math.sqrt(spread) / alpha))
}

/** The always-valid two-sided p-value matching `sequentialHalfWidth` (p < α iff the sequence excludes 0). */
export function sequentialPValue(z: number, total: number, alpha: number, tuningParameter: number): number {
  const rho2 = sequentialRho(alpha, tuningParameter) ** 2
  const spread = total * rho2 + 1
  return Math.min(1, Math.sqrt(spread) * Math.exp((-z * z * total * rho2) / (2 * spread)))
}

/** The two-sided p-value of the pooled two-proportion z-test. */
export function twoProportionZTest(control: VariantCounts, variant: VariantCounts): { z: number; pValue: number } {
  const pooled = (control.conversions + variant.conversions) / (control.exposures + variant.exposures)
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / control.exposures + 1 / variant.exposures))
  if (!(se > 0)) return { z: 0, pValue: 1 }
  const z = (conversionRate(variant) - conversionRate(control)) / se
  return { z, pValue: 2 * normalSurvival(Math.abs(z)) }
}

/** Delta-method variance of the relative lift p_v / p_c − 1 (independent arms). */
function relativeLiftVariance(control: VariantCounts, variant: VariantCounts): number {
  const pc = conversionRate(control)
  const pv = conversionRate(variant)
  const varianceC = pc * (1 - pc)
  const varianceV = pv * (1 - pv)
  return varianceV / (pc ** 2 * variant.exposures) + (varianceC * pv ** 2) / (pc ** 4 * control.exposures)
}

function effect(estimate: number, standardError: number, halfWidth: number): Effect {
  return { estimate, standardError, interval: [estimate - halfWidth, estimate + halfWidth] }
}

/**
 * A variant against the control, or null when either arm has no exposures (nothing to compare).
 * Intervals are fixed-horizon Wald intervals unless `sequential` is set; then intervals and
 * p-value are the confidence sequence's, valid however often the results are looked at.
 */
export function compareToControl(
  control: VariantCounts,
  variant: VariantCounts,
  options: ComparisonOptions = {},
): Comparison | null {
  if (control.exposures === 0 || variant.exposures === 0) return null
  const alpha = options.alpha ?? 0.05
  const pc = conversionRate(control)
  const pv = conversionRate(variant)
  const total = control.exposures + variant.exposures
  const absoluteSe = Math.sqrt((pc * (1 - pc)) / control.exposures + (pv * (1 - pv)) / variant.exposures)
  const relativeSe = pc > 0 ? Math.sqrt(relativeLiftVariance(control, variant)) : Number.NaN
  const sequential = options.sequential
  const halfWidth = (se: number) =>
    sequential ? sequentialHalfWidth(se, total, alpha, sequential.tuningParameter) : normalQuantile(1 - alpha / 2) * se
  const pValue = sequential
    ? absoluteSe > 0
      ? sequentialPValue((pv - pc) / absoluteSe, total, alpha, sequential.tuningParameter)
      : 1
    : twoProportionZTest(control, variant).pValue
  return {
    absoluteLift: effect(pv - pc, absoluteSe, halfWidth(absoluteSe)),
    relativeLift: pc > 0 ? effect(pv / pc - 1, relativeSe, halfWidth(relativeSe)) : null,
    pValue,
    significant: pValue < alpha,
  }
}

/** The sample-ratio-mismatch check: do exposures follow the configured weights? */
export type SampleRatioCheck = {
  readonly statistic: number
  readonly pValue: number
  /** p below `srmThreshold`: the split is broken and no result of the experiment can be trusted. */
  readonly mismatch: boolean
}

/** Chi-square goodness of fit of the exposures against the weights the experiment was configured with. */
export function checkSampleRatio(exposures: readonly number[], weights: readonly number[]): SampleRatioCheck {
  const fit = chiSquareGoodnessOfFit(exposures, weights)
  return { statistic: fit.statistic, pValue: fit.pValue, mismatch: fit.pValue < srmThreshold }
}

/** One variant's line in an experiment's results; the control (index 0) has no comparison. */
export type VariantResult = VariantCounts & { readonly rate: number; readonly comparison: Comparison | null }
export type ExperimentResults = { readonly variants: readonly VariantResult[]; readonly sampleRatio: SampleRatioCheck }

/**
 * Results of a whole experiment: every variant against the first (the control), and the SRM check
 * of all exposures against `weights`. When `sampleRatio.mismatch` is true, show the flag, not a winner.
 */
export function analyzeExperiment(
  variants: readonly VariantCounts[],
  weights: readonly number[],
  options: ComparisonOptions = {},
): ExperimentResults {
  const [control] = variants
  if (!control || variants.length < 2) throw new RangeError('an experiment needs a control and at least one variant')
  return {
    variants: variants.map((counts, i) => ({
      ...counts,
      rate: conversionRate(counts),
      comparison: i === 0 ? null : compareToControl(control, counts, options),
    })),
    sampleRatio: checkSampleRatio(
      variants.map((counts) => counts.exposures),
      weights,
    ),
  }
}
