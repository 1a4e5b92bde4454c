/**
 * Search analytics as the admin sees it (DESIGN §5): the report's shape, and the rules of its
 * period — whole UTC calendar days, both ends included, the last 30 days unless asked otherwise,
 * at most 366 days. The server enforces them; the admin page uses them to fill and check its form.
 */

export type QueryAnalytics = {
  readonly query: string
  readonly searches: number
  /** Searches of this query after which the shopper opened a result. */
  readonly clickedSearches: number
  /** Result clicks on this query's searches (one search may be clicked more than once). */
  readonly clicks: number
  /** clickedSearches / searches, 0..1. */
  readonly clickThroughRate: number
  readonly averageResults: number
}

export type ZeroResultQuery = { readonly query: string; readonly searches: number; readonly lastSearchedAt: string }

/** Answer of `GET /api/admin/search-analytics`: `from` and `to` bound the period as [from, to). */
export type SearchAnalytics = {
  readonly from: string
  readonly to: string
  readonly totals: {
    readonly searches: number
    readonly zeroResultSearches: number
    readonly clickedSearches: number
    readonly clicks: number
    readonly clickThroughRate: number
  }
  readonly topQueries: readonly QueryAnalytics[]
  readonly zeroResultQueries: readonly ZeroResultQuery[]
}

/** The report's length when no start is given, today included. */
export const defaultReportDays = 30
/** The longest period one report may cover. */
export const maxReportDays = 366

/** UTC calendar days as `YYYY-MM-DD`, both included. */
export type ReportDays = { readonly from: string; readonly to: string }

export type ReportDaysIssue = { readonly field: 'from' | 'to'; readonly problem: 'from_after_to' | 'too_long' }

const dayMs = 24 * 60 * 60 * 1000

/** The UTC calendar day of `at`. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10)
}

export function addDays(day: string, days: number): string {
  return utcDay(new Date(dayStart(day) + days * dayMs))
}

/** Fills what is missing: `to` is today, `from` the start of the default length up to `to`. */
export function resolveReportDays(input: { readonly from?: string; readonly to?: string }, now: Date): ReportDays {
  const to = input.to || utcDay(now)
  return { from: input.from || addDays(to, 1 - defaultReportDays), to }
}

/** Why these days make no report (start after end, or longer than allowed); null when they do. */
export function reportDaysIssue(days: ReportDays): ReportDaysIssue | null {
  const length = (dayStart(days.to) - dayStart(days.from)) / dayMs + 1
  if (length < 1) return { field: 'from', problem: 'from_after_to' }
  if (length > maxReportDays) return { field: 'from', problem: 'too_long' }
  return null
}

/** The instants the days cover: from the start of `from` up to (excluding) the day after `to`. */
export function reportPeriod(days: ReportDays): { readonly from: Date; readonly to: Date } {
  return { from: new Date(dayStart(days.from)), to: new Date(dayStart(days.to) + dayMs) }
}

function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`)
}
