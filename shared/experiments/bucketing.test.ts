import { describe, expect, it } from 'vitest'
import { bucketRangeCases, chooseVariationCases, hashCases } from './bucketing.growthbook-cases.ts'
import {
  assignVariation,
  chooseVariation,
  fnv1a32,
  getBucketRanges,
  getEqualWeights,
  hash,
  inRange,
} from './bucketing.ts'
import { chiSquareGoodnessOfFit } from './chi-square.ts'

/** Deterministic uuid-shaped ids (mulberry32), so the uniformity tests give the same verdict every run. */
function stableIds(count: number, seed: number): string[] {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0).toString(16).padStart(8, '0')
  }
  return Array.from({ length: count }, () => {
    const hex = next() + next() + next() + next()
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  })
}

function countVariations(ids: readonly string[], seed: string, weights: readonly number[]): number[] {
  const counts = new Array<number>(weights.length).fill(0)
  for (const id of ids) counts[assignVariation(id, { seed, weights }).variation]! += 1
  return counts
}

const ids = stableIds(100_000, 17)

describe('GrowthBook-compatible hashing', () => {
  it('computes 32-bit FNV-1a (reference vectors of the FNV authors: "" and "a")', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5)
    expect(fnv1a32('a')).toBe(0xe40c292c)
    expect(fnv1a32('foobar')).toBe(0xbf9cf968)
  })

  it.each(hashCases)('hash(%j, %j, v%i) is %j, as in GrowthBook', (seed, id, version, bucket) => {
    const value = hash(seed, id, version)
    if (bucket === null) expect(value).toBeNull()
    else expect(value).toBeCloseTo(bucket, 10)
  })

  it.each(bucketRangeCases)('bucket ranges: %s', (_, count, coverage, weights, ranges) => {
    const actual = getBucketRanges(count, coverage, weights ?? undefined)
    expect(actual).toHaveLength(ranges.length)
    actual.forEach((range, i) => {
      expect(range[0]).toBeCloseTo(ranges[i]![0], 10)
      expect(range[1]).toBeCloseTo(ranges[i]![1], 10)
    })
  })

  it.each(chooseVariationCases)('chooses the variation: %s', (_, n, ranges, variation) => {
    expect(chooseVariation(n, ranges)).toBe(variation)
  })

  it('gives equal weights that sum to one, and none for no variations', () => {
    expect(getEqualWeights(4)).toEqual([0.25, 0.25, 0.25, 0.25])
    expect(getEqualWeights(0)).toEqual([])
    expect(getEqualWeights(-1)).toEqual([])
    expect(inRange(0.5, [0.5, 1])).toBe(true)
    expect(inRange(1, [0.5, 1])).toBe(false)
  })
})

describe('bucketing 100,000 ids', () => {
  it('splits 50/50 evenly (chi-square p > 0.001)', () => {
    const counts = countVariations(ids, 'pdp-gallery', [0.5, 0.5])
    expect(chiSquareGoodnessOfFit(counts, [0.5, 0.5]).pValue).toBeGreaterThan(0.001)
  })

  it('splits three ways by the configured weights (chi-square p > 0.001)', () => {
    for (const weights of [getEqualWeights(3), [0.5, 0.25, 0.25]]) {
      const counts = countVariations(ids, 'checkout-copy', weights)
      expect(chiSquareGoodnessOfFit(counts, weights).pValue).toBeGreaterThan(0.001)
    }
  })

  it('spreads buckets uniformly over [0, 1) in 100 bins (chi-square p > 0.001)', () => {
    const bins = new Array<number>(100).fill(0)
    for (const id of ids) bins[Math.floor(hash('homepage-hero', id, 2)! * 100)]! += 1
    expect(chiSquareGoodnessOfFit(bins, getEqualWeights(100)).pValue).toBeGreaterThan(0.001)
  })

  it('buckets independently in two experiments (no carry-over between seeds)', () => {
    const cells = [0, 0, 0, 0]
    for (const id of ids) {
      const first = assignVariation(id, { seed: 'exp-a', weights: [0.5, 0.5] }).variation
      const second = assignVariation(id, { seed: 'exp-b', weights: [0.5, 0.5] }).variation
      cells[first * 2 + second]! += 1
    }
    expect(chiSquareGoodnessOfFit(cells, [1, 1, 1, 1]).pValue).toBeGreaterThan(0.001)
  })

  it('would notice a skewed split of the same size (the check has power)', () => {
    expect(chiSquareGoodnessOfFit([51_000, 49_000], [0.5, 0.5]).pValue).toBeLessThan(0.001)
  })
})

describe('assignments', () => {
  it('are the same every time for the same seed and id', () => {
    const allocation = { seed: 'pdp-gallery', weights: [0.2, 0.3, 0.5] }
    const first = ids.slice(0, 1000).map((id) => assignVariation(id, allocation))
    const again = ids.slice(0, 1000).map((id) => assignVariation(id, { ...allocation, weights: [0.2, 0.3, 0.5] }))
    expect(again).toEqual(first)
  })

  it('never move an included shopper when coverage grows', () => {
    const weights = [0.5, 0.5]
    for (const id of ids.slice(0, 10_000)) {
      const before = assignVariation(id, { seed: 'ramp', weights, coverage: 0.3 }).variation
      const after = assignVariation(id, { seed: 'ramp', weights, coverage: 1 }).variation
      if (before !== -1) expect(after).toBe(before)
    }
  })

  it('include about the covered share of shoppers', () => {
    const excluded = ids.filter(
      (id) => assignVariation(id, { seed: 'ramp', weights: [0.5, 0.5], coverage: 0.2 }).variation === -1,
    )
    expect(excluded.length / ids.length).toBeCloseTo(0.8, 2)
  })

  it('exclude everyone under an unknown hash version rather than guess', () => {
    expect(assignVariation(ids[0]!, { seed: 's', weights: [1], hashVersion: 99 as 2 })).toEqual({
      variation: -1,
      bucket: -1,
    })
  })
})
