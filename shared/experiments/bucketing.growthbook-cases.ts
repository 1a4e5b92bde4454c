/**
 * Test data from GrowthBook's cross-SDK test suite (growthbook/growthbook,
 * packages/sdk-js/test/cases.json, spec 0.5.x: sections "hash", "getBucketRange",
 * "chooseVariation", and the buckets experiment rules report in "feature"). Every GrowthBook SDK
 * must reproduce them, so matching them is what makes our buckets the same as any other
 * implementation's, on any device.
 */
import type { BucketRange } from './bucketing.ts'
export const hashCases: [seed: string, id: string, version: number, bucket: number | null][] = [
  ['', 'a', 1, 0.22],
  ['', 'b', 1, 0.077],
  ['b', 'a', 1, 0.946],
  ['ef', 'd', 1, 0.652],
  ['asdf', '8952klfjas09ujk', 1, 0.549],
  ['', '123', 1, 0.011],
  ['', '___)((*":&', 1, 0.563],
  ['seed', 'a', 2, 0.0505],
  ['seed', 'b', 2, 0.2696],
  ['foo', 'ab', 2, 0.2575],
  ['foo', 'def', 2, 0.2019],
  ['89123klj', '8952klfjas09ujkasdf', 2, 0.124],
  ['90850943850283058242805', '123', 2, 0.7516],
  ['()**(%$##$%#$#', '___)((*":&', 2, 0.0128],
  ['abc', 'def', 99, null],
  // "feature" cases: experiment rules report the bucket their hash gave.
  ['feature', '123', 1, 0.863],
  ['feature', '456', 1, 0.178],
  ['feature', 'fds', 1, 0.514],
  ['feature', '123', 2, 0.5231],
  ['experiment', '1', 2, 0.4413],
  ['holdout', '1', 2, 0.8043],
]

export const bucketRangeCases: [
  name: string,
  count: number,
  coverage: number,
  weights: number[] | null,
  ranges: BucketRange[],
][] = [
  [
    'normal 50/50',
    2,
    1,
    null,
    [
      [0, 0.5],
      [0.5, 1],
    ],
  ],
  [
    'reduced coverage',
    2,
    0.5,
    null,
    [
      [0, 0.25],
      [0.5, 0.75],
    ],
  ],
  [
    'zero coverage',
    2,
    0,
    null,
    [
      [0, 0],
      [0.5, 0.5],
    ],
  ],
  [
    '4 variations',
    4,
    1,
    null,
    [
      [0, 0.25],
      [0.25, 0.5],
      [0.5, 0.75],
      [0.75, 1],
    ],
  ],
  [
    'uneven weights',
    2,
    1,
    [0.4, 0.6],
    [
      [0, 0.4],
      [0.4, 1],
    ],
  ],
  [
    'uneven weights, 3 variations',
    3,
    1,
    [0.2, 0.3, 0.5],
    [
      [0, 0.2],
      [0.2, 0.5],
      [0.5, 1],
    ],
  ],
  [
    'uneven weights, reduced coverage, 3 variations',
    3,
    0.2,
    [0.2, 0.3, 0.5],
    [
      [0, 0.04],
      [0.2, 0.26],
      [0.5, 0.6],
    ],
  ],
  [
    'negative coverage',
    2,
    -0.2,
    null,
    [
      [0, 0],
      [0.5, 0.5],
    ],
  ],
  [
    'coverage above 1',
    2,
    1.5,
    null,
    [
      [0, 0.5],
      [0.5, 1],
    ],
  ],
  [
    'weights sum below 1',
    2,
    1,
    [0.4, 0.1],
    [
      [0, 0.5],
      [0.5, 1],
    ],
  ],
  [
    'weights sum above 1',
    2,
    1,
    [0.7, 0.6],
    [
      [0, 0.5],
      [0.5, 1],
    ],
  ],
  [
    'weights.length not equal to num variations',
    4,
    1,
    [0.4, 0.4, 0.2],
    [
      [0, 0.25],
      [0.25, 0.5],
      [0.5, 0.75],
      [0.75, 1],
    ],
  ],
  [
    'weights sum almost equals 1',
    2,
    1,
    [0.4, 0.5999],
    [
      [0, 0.4],
      [0.4, 0.9999],
    ],
  ],
]

const even: BucketRange[] = [
  [0, 0.5],
  [0.5, 1],
]
const reduced: BucketRange[] = [
  [0, 0.25],
  [0.5, 0.75],
]
export const chooseVariationCases: [name: string, n: number, ranges: BucketRange[], variation: number][] = [
  ['even range, 0.2', 0.2, even, 0],
  ['even range, 0.4', 0.4, even, 0],
  ['even range, 0.6', 0.6, even, 1],
  ['even range, 0.8', 0.8, even, 1],
  ['even range, 0', 0, even, 0],
  ['even range, 0.5', 0.5, even, 1],
  ['reduced range, 0.2', 0.2, reduced, 0],
  ['reduced range, 0.4', 0.4, reduced, -1],
  ['reduced range, 0.6', 0.6, reduced, 1],
  ['reduced range, 0.8', 0.8, reduced, -1],
  ['reduced range, 0.25', 0.25, reduced, -1],
  ['reduced range, 0.5', 0.5, reduced, 1],
  [
    'zero range',
    0.5,
    [
      [0, 0.5],
      [0.5, 0.5],
      [0.5, 1],
    ],
    2,
  ],
]
