/**
 * Amounts typed by people, in major units ("12", "12.5", "12,50"), turned into integer minor units
 * by string arithmetic — never through a float, where 0.1 + 0.2 or 19.99 × 100 lose a cent.
 * Both `.` and `,` are read as the decimal separator: with at most two decimals that is never
 * ambiguous, and "1,000" is refused (three decimals) rather than misread as a thousand. The number
 * of decimals is the currency's (`currencyDecimals`): none for the yen, so "2980" is ¥2,980 and
 * "2980.5" or "2,980" are refused rather than read as ¥2.98 or a guessed thousand.
 */
import type { Locale } from './i18n/locales.ts'
import { type CurrencyCode, currencyDecimals } from './money.ts'

export type MoneyInputResult =
  | { readonly ok: true; readonly amount: number }
  | { readonly ok: false; readonly problem: 'invalid' | 'too_many_decimals' }

const amountPattern = /^(\d+)(?:[.,](\d+))?$/

/**
 * The amount in minor units of `currency` (zero allowed), or why the text is not an amount. Absent
 * currency: two decimals (the callers from before markets, all in two-decimal currencies).
 */
export function parseMoneyInput(text: string, currency?: CurrencyCode): MoneyInputResult {
  const decimals = decimalsOf(currency)
  const match = amountPattern.exec(text.trim())
  if (!match) return { ok: false, problem: 'invalid' }
  const [, major = '', fraction = ''] = match
  if (fraction.length > decimals) return { ok: false, problem: 'too_many_decimals' }
  const amount = Number(`${major}${fraction.padEnd(decimals, '0')}`)
  return Number.isSafeInteger(amount) ? { ok: true, amount } : { ok: false, problem: 'invalid' }
}

/**
 * Minor units as an input's text in major units: 1250 → "12.50" (en) or "12,50" (de); no grouping.
 * In a zero-decimal currency no separator: (2980, JPY) → "2980".
 */
export function formatMoneyInput(amount: number, decimalSeparator: '.' | ',', currency?: CurrencyCode): string {
  const decimals = decimalsOf(currency)
  if (decimals === 0) return String(amount)
  const digits = String(amount).padStart(decimals + 1, '0')
  return `${digits.slice(0, -decimals)}${decimalSeparator}${digits.slice(-decimals)}`
}

/** The separator an amount input shows in `locale`: the comma where the language writes one, else the point. */
export function inputDecimalSeparator(locale: Locale): '.' | ',' {
  return commaLocales.has(locale) ? ',' : '.'
}

const commaLocales: ReadonlySet<Locale> = new Set<Locale>(['de', 'fr', 'es'])

function decimalsOf(currency: CurrencyCode | undefined): number {
  return currency ? currencyDecimals(currency) : 2
}
