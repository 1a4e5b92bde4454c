import { describe, expect, it } from 'vitest'
import { correctionBudgetOf, typoBudgetOf } from './ranking.ts'

describe('typo budgets per script', () => {
  it.each([
    // Latin, as before.
    ['mose', 'mouse', 1],
    ['abc', 'abcd', 0],
    ['bletooh', 'bluetooth', 2],
    // Arabic: fewer letters carry a word, so tolerance starts later.
    ['ماوس', 'ماوث', 0],
    ['سماعت', 'سماعات', 1],
    ['لاسلكيييية', 'لاسلكية', 2],
    // Japanese: no typo in one or two characters, one in longer words, never two.
    ['靴', '鞄', 0],
    ['カメラ', 'カメヲ', 1],
    ['ヘッドホソ', 'ヘッドホン', 1],
    ['ワイヤレスヘッドホン', 'ワイヤレスヘッドホン', 1],
  ] as const)('allows "%s" towards "%s" %i typo(s)', (typed, candidate, typos) => {
    expect(typoBudgetOf(typed)(typed.length, candidate.length)).toBe(typos)
  })

  it('proposes no correction for a one- or two-character Japanese word, one edit more elsewhere', () => {
    expect(correctionBudgetOf('靴')(1)).toBe(0)
    expect(correctionBudgetOf('マウス')(3)).toBe(2)
    expect(correctionBudgetOf('mose')(4, 5)).toBe(2)
  })
})
