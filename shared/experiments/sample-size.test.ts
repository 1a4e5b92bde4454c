import { describe, expect, it } from 'vitest'
import { estimateDurationDays, sampleSizePerVariant } from './sample-size.ts'

describe('the sample size per variant', () => {
  // Baseline 10%, minimum detectable effect +2 percentage points, alpha 0.05 two-sided, power 0.8:
  // the pooled-variance formula (Fleiss §4.2, the equation R's stats::power.prop.test solves,
  // rdrr.io/r/stats/power.prop.test.html) gives 3,840.85, so 3,841 shoppers per variant.
  it('needs 3,841 per variant to detect 10% → 12%', () => {
    expect(sampleSizePerVariant({ baselineRate: 0.1, minimumDetectableEffect: 0.02 })).toBe(3841)
  })

  // R's documentation example power.prop.test(p1 = .50, p2 = .75, power = .90): n ≈ 76.7 per group.
  it('needs 77 per variant to detect 50% → 75% with power 0.9', () => {
    expect(sampleSizePerVariant({ baselineRate: 0.5, minimumDetectableEffect: 0.25, power: 0.9 })).toBe(77)
  })

  it('grows as the effect shrinks, and with stricter alpha or more power', () => {
    const base = sampleSizePerVariant({ baselineRate: 0.05, minimumDetectableEffect: 0.01 })
    expect(sampleSizePerVariant({ baselineRate: 0.05, minimumDetectableEffect: 0.005 })).toBeGreaterThan(3.5 * base)
    expect(sampleSizePerVariant({ baselineRate: 0.05, minimumDetectableEffect: 0.01, alpha: 0.01 })).toBeGreaterThan(
      base,
    )
    expect(sampleSizePerVariant({ baselineRate: 0.05, minimumDetectableEffect: 0.01, power: 0.9 })).toBeGreaterThan(
      base,
    )
  })

  it('detects drops as well as rises', () => {
    expect(sampleSizePerVariant({ baselineRate: 0.12, minimumDetectableEffect: -0.02 })).toBe(3841)
  })

  it('refuses rates outside (0, 1) and a zero effect', () => {
    expect(() => sampleSizePerVariant({ baselineRate: 0, minimumDetectableEffect: 0.01 })).toThrow(RangeError)
    expect(() => sampleSizePerVariant({ baselineRate: 0.95, minimumDetectableEffect: 0.1 })).toThrow(RangeError)
    expect(() => sampleSizePerVariant({ baselineRate: 0.1, minimumDetectableEffect: 0 })).toThrow(RangeError)
  })
})

describe('the duration estimate', () => {
  it('counts whole days until the lightest variant has its sample', () => {
    expect(estimateDurationDays({ perVariant: 3841, weights: [0.5, 0.5], dailyEligible: 1000 })).toBe(8)
    expect(estimateDurationDays({ perVariant: 3841, weights: [0.8, 0.2], dailyEligible: 1000 })).toBe(20)
    expect(estimateDurationDays({ perVariant: 3841, weights: [1, 1], dailyEligible: 1000, coverage: 0.5 })).toBe(16)
  })

  it('refuses an experiment that would never end', () => {
    expect(() => estimateDurationDays({ perVariant: 10, weights: [1, 0], dailyEligible: 1000 })).toThrow(RangeError)
  })
})
