import { describe, expect, it } from 'vitest'
import {
  analyzeExperiment,
  checkSampleRatio,
  compareToControl,
  defaultSequentialTuningParameter,
  twoProportionZTest,
} from './statistics.ts'

const sequential = { tuningParameter: defaultSequentialTuningParameter }

describe('the two-proportion comparison against published worked examples', () => {
  // R's prop.test(correct = FALSE) on 94/214 against 39/128, as printed at
  // influentialpoints.com/notes/n9rmf3.htm ("Two-sample test for independent proportions - using R"):
  // X-squared = 6.1026 (the square of the pooled z), p-value = 0.01350,
  // 95 percent confidence interval for the difference 0.03074072 0.23838896.
  const control = { exposures: 128, conversions: 39 }
  const variant = { exposures: 214, conversions: 94 }

  it('gives the pooled z-test statistic and p-value R prints', () => {
    const { z, pValue } = twoProportionZTest(control, variant)
    expect(z ** 2).toBeCloseTo(6.1026, 4)
    expect(pValue).toBeCloseTo(0.0135, 5)
  })

  it('gives the Wald interval of the difference R prints', () => {
    const comparison = compareToControl(control, variant)!
    expect(comparison.absoluteLift.estimate).toBeCloseTo(0.4392523 - 0.3046875, 7)
    expect(comparison.absoluteLift.interval[0]).toBeCloseTo(0.03074072, 6)
    expect(comparison.absoluteLift.interval[1]).toBeCloseTo(0.23838896, 6)
    expect(comparison.significant).toBe(true)
  })

  // A course text's worked example (straightdraw.github.io/probstat/S3b.html, "The z-Proportion
  // Test"): 281 of 473 in Fulton against 214 of 443 in Gwinnett, z = 3.3683 (from rounded
  // intermediate values, hence two decimals here).
  it("gives the course text's z for the county poll", () => {
    const { z } = twoProportionZTest({ exposures: 443, conversions: 214 }, { exposures: 473, conversions: 281 })
    expect(z).toBeCloseTo(3.37, 2)
  })

  // GrowthBook's gbstats test suite (packages/stats/tests/frequentist/test_tests.py,
  // test_two_sided_ttest_binom): 14/28 against 16/30, relative lift 0.06667 with delta-method
  // standard error 0.2717. (Its interval uses a t quantile with Welch degrees of freedom; ours a
  // z quantile, so only the estimate and standard error are compared.)
  it('gives the delta-method standard error of the relative lift GrowthBook publishes', () => {
    const relative = compareToControl({ exposures: 28, conversions: 14 }, { exposures: 30, conversions: 16 })!
      .relativeLift!
    expect(relative.estimate).toBeCloseTo(0.06667, 5)
    expect(relative.standardError).toBeCloseTo(0.2717, 4)
  })

  // Same suite, test_sequential_test_runs_prop: 1396/3000 against 2422/3461 with sequential
  // testing at N* = 5000 and alpha 0.05: lift 0.50386, standard error 0.03386,
  // confidence sequence [0.40098, 0.60675], p-value 0 to five decimals.
  it('gives the confidence sequence GrowthBook publishes', () => {
    const comparison = compareToControl(
      { exposures: 3000, conversions: 1396 },
      { exposures: 3461, conversions: 2422 },
      { sequential },
    )!
    const relative = comparison.relativeLift!
    expect(relative.estimate).toBeCloseTo(0.50386, 5)
    expect(relative.standardError).toBeCloseTo(0.03386, 5)
    expect(relative.interval[0]).toBeCloseTo(0.40098, 5)
    expect(relative.interval[1]).toBeCloseTo(0.60675, 4)
    expect(comparison.pValue).toBeLessThan(5e-6)
  })
})

describe('sequential testing', () => {
  const control = { exposures: 2000, conversions: 200 }
  const variant = { exposures: 2000, conversions: 240 }

  it('always gives wider intervals than the fixed-horizon test', () => {
    const fixed = compareToControl(control, variant)!
    const peeking = compareToControl(control, variant, { sequential })!
    const width = (interval: readonly [number, number]) => interval[1] - interval[0]
    expect(width(peeking.absoluteLift.interval)).toBeGreaterThan(width(fixed.absoluteLift.interval))
    expect(width(peeking.relativeLift!.interval)).toBeGreaterThan(width(fixed.relativeLift!.interval))
    expect(peeking.pValue).toBeGreaterThan(fixed.pValue)
  })

  it('calls a result significant exactly when its sequence excludes zero', () => {
    for (let extra = 0; extra <= 120; extra += 5) {
      const comparison = compareToControl(control, { exposures: 2000, conversions: 200 + extra }, { sequential })!
      const [lower, upper] = comparison.absoluteLift.interval
      expect(comparison.significant).toBe(lower > 0 || upper < 0)
    }
  })

  it('is tightest near the tuning parameter', () => {
    const big = { control: { exposures: 3200, conversions: 320 }, variant: { exposures: 3200, conversions: 352 } }
    const width = (tuningParameter: number) => {
      const [lower, upper] = compareToControl(big.control, big.variant, { sequential: { tuningParameter } })!
        .absoluteLift.interval
      return upper - lower
    }
    expect(width(6400)).toBeLessThan(width(100))
    expect(width(6400)).toBeLessThan(width(1_000_000))
  })

  // A/A experiments (no true difference) looked at 20 times each: a fixed-horizon test called at
  // the first look with p < 0.05 is fooled far more often than 5%; the sequential one is not.
  it('keeps the false-positive rate under alpha when results are peeked at, where the z-test does not', () => {
    const random = seededRandom(2026)
    const experiments = 300
    const looks = 20
    const perLook = 500
    let fixedFalsePositives = 0
    let sequentialFalsePositives = 0
    for (let e = 0; e < experiments; e++) {
      const a = { exposures: 0, conversions: 0 }
      const b = { exposures: 0, conversions: 0 }
      let fixedFooled = false
      let sequentialFooled = false
      for (let look = 0; look < looks; look++) {
        addVisitors(a, perLook, 0.1, random)
        addVisitors(b, perLook, 0.1, random)
        fixedFooled ||= compareToControl(a, b)!.significant
        sequentialFooled ||= compareToControl(a, b, { sequential })!.significant
      }
      if (fixedFooled) fixedFalsePositives++
      if (sequentialFooled) sequentialFalsePositives++
    }
    expect(fixedFalsePositives / experiments).toBeGreaterThan(0.1)
    expect(sequentialFalsePositives / experiments).toBeLessThanOrEqual(0.05)
  })
})

describe('results of an experiment', () => {
  it('compares every variant with the control and checks the split', () => {
    const results = analyzeExperiment(
      [
        { exposures: 5000, conversions: 500 },
        { exposures: 5020, conversions: 560 },
        { exposures: 4980, conversions: 480 },
      ],
      [1, 1, 1],
    )
    expect(results.variants[0]!.comparison).toBeNull()
    expect(results.variants[1]!.rate).toBeCloseTo(560 / 5020, 12)
    expect(results.variants[1]!.comparison!.absoluteLift.estimate).toBeCloseTo(560 / 5020 - 0.1, 12)
    expect(results.variants[2]!.comparison!.relativeLift!.estimate).toBeCloseTo(480 / 4980 / 0.1 - 1, 12)
    expect(results.sampleRatio.mismatch).toBe(false)
  })

  it('has no comparison for an arm nobody saw, and no relative lift when the control never converted', () => {
    expect(compareToControl({ exposures: 0, conversions: 0 }, { exposures: 10, conversions: 1 })).toBeNull()
    const comparison = compareToControl({ exposures: 100, conversions: 0 }, { exposures: 100, conversions: 5 })!
    expect(comparison.relativeLift).toBeNull()
    expect(comparison.absoluteLift.estimate).toBeCloseTo(0.05, 12)
  })

  it('refuses an experiment without a variant', () => {
    expect(() => analyzeExperiment([{ exposures: 1, conversions: 0 }], [1])).toThrow(RangeError)
  })
})

describe('the sample-ratio-mismatch check', () => {
  it('passes a split that chance explains', () => {
    expect(checkSampleRatio([50_060, 49_940], [0.5, 0.5])).toMatchObject({ mismatch: false })
  })

  // 50,000 against 48,800 on a 50/50 split: X² = 1200²/2 / 49,400 ≈ 14.6, p ≈ 0.00013.
  it('flags a split whose p-value falls below 0.001', () => {
    const check = checkSampleRatio([50_000, 48_800], [0.5, 0.5])
    expect(check.statistic).toBeCloseTo(14.575, 3)
    expect(check.pValue).toBeLessThan(0.001)
    expect(check.mismatch).toBe(true)
  })

  it('checks against the configured weights, not an even split', () => {
    expect(checkSampleRatio([20_100, 79_900], [0.2, 0.8]).mismatch).toBe(false)
    expect(checkSampleRatio([20_100, 79_900], [0.5, 0.5]).mismatch).toBe(true)
  })
})

function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function addVisitors(
  arm: { exposures: number; conversions: number },
  count: number,
  rate: number,
  random: () => number,
) {
  arm.exposures += count
  for (let i = 0; i < count; i++) if (random() < rate) arm.conversions++
}
