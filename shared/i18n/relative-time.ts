/**
 * "5 minutes ago", "yesterday", "in 2 hours": which unit and count a moment is from now, for
 * `formatRelativeTime` (@formatjs/intl, Intl.RelativeTimeFormat), which then words it in the
 * shopper's language. Never assembled by hand: "vor 5 Minuten", "il y a 5 minutes", "5 分前".
 */

export type RelativeTimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'

export type RelativeTime = { readonly value: number; readonly unit: RelativeTimeUnit }

const second = 1000
const minute = 60 * second
const hour = 60 * minute
const day = 24 * hour

/** Largest unit first; a moment takes the first unit it spans at least once. */
const units: readonly (readonly [RelativeTimeUnit, number])[] = [
  ['year', 365 * day],
  ['month', 30 * day],
  ['week', 7 * day],
  ['day', day],
  ['hour', hour],
  ['minute', minute],
]

/**
 * How far `at` is from `now`, in the largest whole unit it spans, negative for the past. Under a
 * minute is seconds, rounded to 0 ("now" with `numeric: 'auto'`) below ten: a clock a few seconds
 * off must not say "in 3 seconds".
 */
export function relativeTimeOf(at: Date | string, now: Date): RelativeTime {
  const elapsed = new Date(at).getTime() - now.getTime()
  const size = Math.abs(elapsed)
  for (const [unit, length] of units) {
    if (size >= length) return { value: Math.trunc(elapsed / length), unit }
  }
  return { value: size < 10 * second ? 0 : Math.trunc(elapsed / second), unit: 'second' }
}
