import { describe, expect, it } from 'vitest'
import { moveRating, summarizeRatings } from './rating-summary.ts'

describe('summarizeRatings', () => {
  it('has no average without reviews', () => {
    expect(summarizeRatings([0, 0, 0, 0, 0])).toEqual({
      average: null,
      count: 0,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
    })
  })

  it('averages the stars to one decimal', () => {
    // (1 + 4*2 + 5*3) / 6 = 24 / 6 = 4.0; (5 + 4) / 2 = 4.5; (5 + 5 + 4) / 3 = 4.666… → 4.7
    expect(summarizeRatings([1, 0, 0, 2, 3]).average).toBe(4)
    expect(summarizeRatings([0, 0, 0, 1, 1]).average).toBe(4.5)
    expect(summarizeRatings([0, 0, 0, 1, 2]).average).toBe(4.7)
    expect(summarizeRatings([0, 0, 0, 1, 2]).count).toBe(3)
  })
})

describe('moveRating', () => {
  it('counts a publication, an edit of the stars and a removal', () => {
    const published = moveRating([0, 0, 0, 0, 0], null, 4)
    expect(published).toEqual([0, 0, 0, 1, 0])
    const edited = moveRating(published, 4, 2)
    expect(edited).toEqual([0, 1, 0, 0, 0])
    expect(moveRating(edited, 2, null)).toEqual([0, 0, 0, 0, 0])
  })
})
