import { describe, expect, it } from 'vitest'
import { addDays, reportDaysIssue, reportPeriod, resolveReportDays } from './search-analytics.ts'

const noon = new Date('2026-03-01T12:00:00Z')

describe('report days', () => {
  it.each([
    [{}, { from: '2026-01-31', to: '2026-03-01' }],
    [{ from: '2026-02-20' }, { from: '2026-02-20', to: '2026-03-01' }],
    [{ to: '2024-03-01' }, { from: '2024-02-01', to: '2024-03-01' }],
    [
      { from: '2025-01-01', to: '2025-01-01' },
      { from: '2025-01-01', to: '2025-01-01' },
    ],
  ])('fills %j as %j (30 days up to today by default)', (input, days) => {
    expect(resolveReportDays(input, noon)).toEqual(days)
  })

  it.each([
    [
      { from: '2026-03-02', to: '2026-03-01' },
      { field: 'from', problem: 'from_after_to' },
    ],
    [{ from: '2024-01-01', to: '2024-12-31' }, null],
    [
      { from: '2023-01-01', to: '2024-01-02' },
      { field: 'from', problem: 'too_long' },
    ],
    [{ from: '2026-03-01', to: '2026-03-01' }, null],
  ])('judges %j: %j', (days, issue) => {
    expect(reportDaysIssue(days)).toEqual(issue)
  })

  it('covers whole UTC days, the last one included, across month and year ends', () => {
    expect(reportPeriod({ from: '2025-12-31', to: '2026-02-28' })).toEqual({
      from: new Date('2025-12-31T00:00:00Z'),
      to: new Date('2026-03-01T00:00:00Z'),
    })
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
  })
})
