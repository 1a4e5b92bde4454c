/**
 * Deterministic bucketing for flags and experiments, compatible with GrowthBook's SDKs (decision
 * 0033): the same seed and id give the same bucket in the server, the browser, the service worker
 * and any GrowthBook SDK, with no state and no network. An assignment is a pure function of
 * (seed, id, ranges), so a shopper is never re-bucketed while an experiment's seed and ranges stay
 * as they are — changing either is a new experiment phase.
 */

/** A variation's slice of [0, 1): a bucket `n` falls in it when start ≤ n < end. */
export type BucketRange = readonly [start: number, end: number]

/** Hashing algorithms: 1 is GrowthBook's original (biased for some seeds), 2 the current default. */
export type HashVersion = 1 | 2

const fnvOffsetBasis = 0x811c9dc5
const fnvPrime = 0x01000193

/**
 * 32-bit FNV-1a over the string's UTF-16 code units (as GrowthBook's JavaScript SDK reads them),
 * as an unsigned integer.
 */
export function fnv1a32(text: string): number {
  let hash = fnvOffsetBasis
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, fnvPrime)
  }
  return hash >>> 0
}

/**
 * The bucket of `id` under `seed`, in [0, 1), or null for an unknown hash version.
 * Version 2: fnv1a32(String(fnv1a32(seed + id))) mod 10000 / 10000 — hashing twice removes the
 * bias version 1 showed for related seeds. Version 1: fnv1a32(id + seed) mod 1000 / 1000.
 */
export function hash(seed: string, id: string, version: number): number | null {
  if (version === 2) return (fnv1a32(String(fnv1a32(seed + id))) % 10000) / 10000
  if (version === 1) return (fnv1a32(id + seed) % 1000) / 1000
  return null
}

/** `count` equal weights summing to 1 (none for a count below 1). */
export function getEqualWeights(count: number): number[] {
  if (count <= 0) return []
  return new Array<number>(count).fill(1 / count)
}

/**
 * Each variation's bucket range. Weights are laid end to end over [0, 1); `coverage` (clamped to
 * [0, 1]) is the share of traffic included, taken from the start of each variation's slice so that
 * raising coverage only adds shoppers and never moves one to another variation. Weights that do
 * not fit (wrong count, or a sum outside 0.99–1.01) fall back to equal weights, as GrowthBook does.
 */
export function getBucketRanges(count: number, coverage = 1, weights?: readonly number[]): BucketRange[] {
  const included = Math.min(1, Math.max(0, coverage))
  const equal = getEqualWeights(count)
  const given = weights && weights.length === count ? weights : equal
  const sum = given.reduce((total, weight) => total + weight, 0)
  const used = sum < 0.99 || sum > 1.01 ? equal : given
  let start = 0
  return used.map((weight) => {
    const range: BucketRange = [start, start + included * weight]
    start += weight
    return range
  })
}

/** True when bucket `n` falls in `range` (start included, end excluded). */
export function inRange(n: number, range: BucketRange): boolean {
  return n >= range[0] && n < range[1]
}

/** The index of the range holding bucket `n`, or -1 when it is in none (outside coverage). */
export function chooseVariation(n: number, ranges: readonly BucketRange[]): number {
  return ranges.findIndex((range) => inRange(n, range))
}

/** What `assignVariation` needs: one experiment's hashing and split. */
export type Allocation = {
  readonly seed: string
  readonly weights: readonly number[]
  readonly coverage?: number
  readonly hashVersion?: HashVersion
}

/** A shopper's place in an experiment: the variation index (-1 when excluded) and the bucket. */
export type Assignment = { readonly variation: number; readonly bucket: number }

/** Buckets the stable id `id` (an anonymous id, or a user id once signed in) into an experiment. */
export function assignVariation(id: string, allocation: Allocation): Assignment {
  const bucket = hash(allocation.seed, id, allocation.hashVersion ?? 2)
  if (bucket === null) return { variation: -1, bucket: -1 }
  const ranges = getBucketRanges(allocation.weights.length, allocation.coverage ?? 1, allocation.weights)
  return { variation: chooseVariation(bucket, ranges), bucket }
}
