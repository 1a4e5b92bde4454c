import { describe, expect, it } from 'vitest'
import { parseFlagDefinition } from '../../shared/experiments/flag-schema.ts'
import { evaluateFlag } from '../../shared/experiments/flags.ts'
import { demoFreeShippingFlag } from './demo-flags.ts'

describe('the demo flag', () => {
  it('is a valid definition that runs a 50/50 experiment for everyone', () => {
    expect(parseFlagDefinition(demoFreeShippingFlag).success).toBe(true)
    const context = { market: 'us', locale: 'en', signedIn: false, deviceType: 'desktop' } as const
    const variants = new Map<string, number>()
    for (let i = 0; i < 2000; i++) {
      const evaluation = evaluateFlag(demoFreeShippingFlag, { ...context, anonymousId: `device-${i}` }, new Date())
      const key = evaluation.source === 'experiment' ? evaluation.exposure.variationKey : 'none'
      variants.set(key, (variants.get(key) ?? 0) + 1)
    }
    expect([...variants.keys()].sort()).toEqual(['control', 'progress'])
    // 2000 draws of a fair split stay within ±150 of 1000 with overwhelming probability (±6.7σ).
    expect(Math.abs((variants.get('progress') ?? 0) - 1000)).toBeLessThan(150)
  })
})
