import { describe, expect, it } from 'vitest'
import { compareByHelpfulness, helpfulnessScore } from './helpfulness.ts'

describe('helpfulnessScore', () => {
  it.each([
    [0, 0, 0],
    [0, 5, 0],
    [1, 0, 0.2065],
    [1, 1, 0.0945],
    [5, 0, 0.5655],
    [40, 10, 0.6696],
    [100, 0, 0.963],
  ])('%i helpful, %i not → %f', (helpful, unhelpful, expected) => {
    expect(helpfulnessScore(helpful, unhelpful)).toBeCloseTo(expected, 3)
  })

  it('ranks many mostly-helpful votes above one helpful vote', () => {
    expect(helpfulnessScore(40, 10)).toBeGreaterThan(helpfulnessScore(1, 0))
  })

  it('never goes up with an unhelpful vote, never down with a helpful one', () => {
    for (let h = 0; h < 30; h++)
      for (let u = 0; u < 30; u++) {
        expect(helpfulnessScore(h, u + 1)).toBeLessThanOrEqual(helpfulnessScore(h, u))
        expect(helpfulnessScore(h + 1, u)).toBeGreaterThanOrEqual(helpfulnessScore(h, u))
      }
  })
})

describe('compareByHelpfulness', () => {
  const review = (id: string, helpfulCount: number, unhelpfulCount: number, createdAt: string) => ({
    id,
    helpfulCount,
    unhelpfulCount,
    createdAt,
  })

  it('sorts by score, then helpful votes, then newest, then id', () => {
    const reviews = [
      review('a', 0, 0, '2026-01-01T00:00:00Z'),
      review('b', 0, 3, '2026-01-02T00:00:00Z'),
      review('c', 1, 0, '2026-01-01T00:00:00Z'),
      review('d', 40, 10, '2026-01-01T00:00:00Z'),
      review('e', 0, 0, '2026-01-03T00:00:00Z'),
      review('f', 0, 0, '2026-01-03T00:00:00Z'),
    ]
    expect(reviews.sort(compareByHelpfulness).map((r) => r.id)).toEqual(['d', 'c', 'f', 'e', 'b', 'a'])
  })
})
