import { createIntl } from '@formatjs/intl'
import { describe, expect, it } from 'vitest'
import { relativeTimeOf } from './relative-time.ts'

const now = new Date('2026-03-10T12:00:00Z')
const ago = (ms: number) => new Date(now.getTime() - ms)
const minute = 60_000
const hour = 60 * minute
const day = 24 * hour

describe('relativeTimeOf', () => {
  it.each([
    ['a few seconds ago (or a clock slightly ahead)', ago(4000), { value: 0, unit: 'second' }],
    ['half a minute ago', ago(30_000), { value: -30, unit: 'second' }],
    ['59 minutes ago', ago(59 * minute + 59_000), { value: -59, unit: 'minute' }],
    ['two hours ago', ago(2 * hour + 5 * minute), { value: -2, unit: 'hour' }],
    ['yesterday', ago(day + hour), { value: -1, unit: 'day' }],
    ['six days ago', ago(6 * day), { value: -6, unit: 'day' }],
    ['two weeks ago', ago(15 * day), { value: -2, unit: 'week' }],
    ['two months ago', ago(61 * day), { value: -2, unit: 'month' }],
    ['a year ago', ago(400 * day), { value: -1, unit: 'year' }],
    ['in three hours', new Date(now.getTime() + 3 * hour), { value: 3, unit: 'hour' }],
    ['an ISO string', '2026-03-10T11:55:00Z', { value: -5, unit: 'minute' }],
  ] as const)('%s', (_name, at, expected) => {
    expect(relativeTimeOf(at, now)).toEqual(expected)
  })

  it('is worded by each language through @formatjs/intl', () => {
    const word = (locale: string, at: Date) => {
      const { value, unit } = relativeTimeOf(at, now)
      return createIntl({ locale }).formatRelativeTime(value, unit, { numeric: 'auto' })
    }
    expect(word('en', ago(5 * minute))).toBe('5 minutes ago')
    expect(word('de', ago(5 * minute))).toBe('vor 5 Minuten')
    expect(word('fr', ago(day + hour))).toBe('hier')
    expect(word('es', ago(2 * hour))).toBe('hace 2 horas')
    expect(word('ja', ago(5 * minute))).toBe('5 分前')
    expect(word('en', ago(1000))).toBe('now')
  })
})
