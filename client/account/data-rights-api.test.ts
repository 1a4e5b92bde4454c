import { describe, expect, it } from 'vitest'
import { parseDeviceSessions } from './data-rights-api.ts'

const entry = {
  id: 'abcdefghijklmnopqrstuv',
  device: { browser: 'firefox', os: 'linux' },
  createdAt: '2026-12-01T10:00:00.000Z',
  lastUsedAt: '2026-12-07T10:00:00.000Z',
  current: true,
}

describe('parseDeviceSessions', () => {
  it('keeps a well-formed list as it is', () => {
    expect(parseDeviceSessions([entry])).toEqual([entry])
  })

  it('names a browser or system it does not know "other", so a newer server does not break the page', () => {
    const [parsed] = parseDeviceSessions([{ ...entry, device: { browser: 'opera', os: 'haiku' } }])
    expect(parsed?.device).toEqual({ browser: 'other', os: 'other' })
  })

  it.each([
    ['a body that is not a list', { sessions: [] }],
    ['an entry without an id', [{ ...entry, id: 3 }]],
    ['a last use that is no date', [{ ...entry, lastUsedAt: 'yesterday' }]],
    ['an entry without its current flag', [{ ...entry, current: 'yes' }]],
    ['an entry without a device', [{ ...entry, device: null }]],
  ])('throws on %s', (_name, body) => {
    expect(() => parseDeviceSessions(body)).toThrow(TypeError)
  })
})
