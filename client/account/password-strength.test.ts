import { describe, expect, it } from 'vitest'
import { loadScorer, strengthLevel } from './password-strength.ts'

describe('password strength hint', () => {
  it.each([
    [0, 'weak'],
    [1, 'weak'],
    [2, 'fair'],
    [3, 'strong'],
    [4, 'strong'],
  ] as const)('reads score %i as %s', (score, level) => {
    expect(strengthLevel(score)).toBe(level)
  })

  it('rates a common password weak and a long passphrase strong', async () => {
    const score = await loadScorer()
    expect(strengthLevel(score('password12'))).toBe('weak')
    expect(strengthLevel(score('1234567890'))).toBe('weak')
    expect(strengthLevel(score('violet kettle drums under moonlit harbour'))).toBe('strong')
  })
})
