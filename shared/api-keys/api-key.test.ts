import { describe, expect, it } from 'vitest'
import { type ApiKeyStatus, type ApiKeyTimes, apiKeyStatusAt, isUsableApiKeyStatus } from './api-key.ts'

const now = new Date('2030-06-01T12:00:00.000Z')
const at = (offsetMinutes: number) => new Date(now.getTime() + offsetMinutes * 60_000)
const key = (times: Partial<ApiKeyTimes>): ApiKeyTimes => ({
  expiresAt: at(60 * 24),
  revokedAt: null,
  overlapEndsAt: null,
  ...times,
})

describe('apiKeyStatusAt', () => {
  const cases: [string, ApiKeyTimes, ApiKeyStatus][] = [
    ['a fresh key is active', key({}), 'active'],
    ['a key past its expiry is expired', key({ expiresAt: at(-1) }), 'expired'],
    ['a key expiring this very moment is expired', key({ expiresAt: now }), 'expired'],
    ['a rotated key within its overlap is rotating', key({ overlapEndsAt: at(5) }), 'rotating'],
    ['a rotated key after its overlap is expired', key({ overlapEndsAt: at(-5) }), 'expired'],
    ['a rotated key past its own expiry is expired', key({ overlapEndsAt: at(5), expiresAt: at(-1) }), 'expired'],
    ['a revoked key is revoked, whatever else', key({ revokedAt: at(-1), overlapEndsAt: at(5) }), 'revoked'],
  ]
  it.each(cases)('%s', (_name, times, status) => {
    expect(apiKeyStatusAt(times, now)).toBe(status)
  })

  it('accepts only active and rotating keys', () => {
    expect(['active', 'rotating', 'expired', 'revoked'].map((s) => isUsableApiKeyStatus(s as ApiKeyStatus))).toEqual([
      true,
      true,
      false,
      false,
    ])
  })
})
