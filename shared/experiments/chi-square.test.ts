import { describe, expect, it } from 'vitest'
import { chiSquareGoodnessOfFit, chiSquareSurvival } from './chi-square.ts'
import { erfc, normalCdf, normalQuantile, normalSurvival } from './normal-distribution.ts'

// Upper critical values of the chi-square distribution as printed in the NIST/SEMATECH
// e-Handbook of Statistical Methods, table 1.3.6.7.4 (three decimals, so the p-values they give
// agree to about 0.1%).
const criticalValues: [df: number, x: number, upperTail: number][] = [
  [1, 3.841, 0.05],
  [1, 6.635, 0.01],
  [1, 10.828, 0.001],
  [2, 5.991, 0.05],
  [2, 9.21, 0.01],
  [2, 13.816, 0.001],
  [3, 7.815, 0.05],
  [3, 11.345, 0.01],
  [3, 16.266, 0.001],
  [4, 9.488, 0.05],
  [4, 18.467, 0.001],
  [5, 11.07, 0.05],
  [10, 18.307, 0.05],
  [10, 29.588, 0.001],
]

describe('the chi-square upper tail', () => {
  it.each(criticalValues)('with df %i, P(X ≥ %d) is %d as in the published table', (df, x, upperTail) => {
    expect(Math.abs(chiSquareSurvival(x, df) / upperTail - 1)).toBeLessThan(0.002)
  })

  it('is 1 at zero and falls towards 0', () => {
    expect(chiSquareSurvival(0, 3)).toBe(1)
    expect(chiSquareSurvival(200, 2)).toBeLessThan(1e-40)
    expect(chiSquareSurvival(Number.POSITIVE_INFINITY, 1)).toBe(0)
  })

  it('refuses degrees of freedom that are not positive integers', () => {
    expect(() => chiSquareSurvival(1, 0)).toThrow(RangeError)
    expect(() => chiSquareSurvival(1, 1.5)).toThrow(RangeError)
  })
})

describe('the chi-square goodness-of-fit test', () => {
  // Mendel's dihybrid cross (315 round-yellow, 108 round-green, 101 wrinkled-yellow, 32
  // wrinkled-green against 9:3:3:1), the textbook example: X² = 0.470, df 3, p ≈ 0.925.
  it("reproduces Mendel's pea counts against 9:3:3:1", () => {
    const fit = chiSquareGoodnessOfFit([315, 108, 101, 32], [9, 3, 3, 1])
    expect(fit.statistic).toBeCloseTo(0.47, 2)
    expect(fit.df).toBe(3)
    expect(fit.pValue).toBeCloseTo(0.925, 3)
  })

  it('reports an outright mismatch when a zero-weight category has counts', () => {
    expect(chiSquareGoodnessOfFit([10, 10, 1], [0.5, 0.5, 0]).pValue).toBe(0)
    expect(chiSquareGoodnessOfFit([10, 12, 0], [0.5, 0.5, 0]).df).toBe(1)
  })

  it('refuses mismatched lengths and fractional counts', () => {
    expect(() => chiSquareGoodnessOfFit([1, 2], [1])).toThrow(RangeError)
    expect(() => chiSquareGoodnessOfFit([1.5, 2], [1, 1])).toThrow(RangeError)
  })
})

describe('the standard normal distribution', () => {
  // Quantiles and tails from standard normal tables (e.g. NIST e-Handbook 1.3.6.7.1).
  it('has the tabulated quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6)
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 6)
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 6)
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 6)
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12)
  })

  it('has the tabulated tail areas, precise far out', () => {
    expect(normalSurvival(1.96)).toBeCloseTo(0.0249979, 7)
    expect(normalCdf(-1.645)).toBeCloseTo(0.0499849, 6)
    expect(Math.abs(normalSurvival(6) / 9.865876e-10 - 1)).toBeLessThan(1e-6)
    expect(erfc(0)).toBeCloseTo(1, 7)
  })

  it('refuses probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError)
    expect(() => normalQuantile(1)).toThrow(RangeError)
  })
})
