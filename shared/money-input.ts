/**
 * Amounts typed by people, in major units ("12", "12.5", "12,50"), turned into integer minor units
 * by string arithmetic — never through a float, where 0.1 + 0.2 or 19.99 × 100 lose a cent.
 * Both `.` and `,` are read as the decimal separator: with at most two decimals that is never
 * ambiguous, and "1,000" is refused (three decimals) rather than misread as a thousand.
 */
import type { Locale } from './i18n/locales.ts'
import { minorUnitsPerMajor } from './money.ts'

export type MoneyInputResult =
  | { readonly ok: true; readonly amount: number }
  | { readonly ok: false; readonly problem: 'invalid' | 'too_many_decimals' }

const decimals = String(minorUnitsPerMajor).length - 1
const amountPattern = /^(\d+)(?:[.,](\d+))?$/

/** The amount in minor units (zero allowed), or why the text is not an amount. */
export function parseMoneyInput(text: string): MoneyInputResult {
  const match = amountPattern.exec(text.trim())
  if (!match) return { ok: false, problem: 'invalid' }
  const [, major = '', fraction = ''] = match
  if (fraction.length > decimals) return { ok: false, problem: 'too_many_decimals' }
  const amount = Number(`${major}${fraction.padEnd(decimals, '0')}`)
  return Number.isSafeInteger(amount) ? { ok: true, amount } : { ok: false, problem: 'invalid' }
}

/** Minor units as an input's text in major units: 1250 → "12.50" (en) or "12,50" (de); no grouping. */
export function formatMoneyInput(amount: number, decimalSeparator: '.' | ','): string {
  const digits = String(amount).padStart(decimals + 1, '0')
  return `${digits.slice(0, -decimals)}${decimalSeparator}${digits.slice(-decimals)}`
}

/** The separator an amount input shows in `locale`: the comma where the language writes one, else the point. */
export function inputDecimalSeparator(locale: Locale): '.' | ',' {
  return commaLocales.has(locale) ? ',' : '.'
}

const commaLocales: ReadonlySet<Locale> = new Set<Locale>(['de', 'fr', 'es'])
