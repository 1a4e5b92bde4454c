/** Money is always an integer amount of minor units (cents) plus an ISO 4217 currency code. */
export type Money = { readonly amount: number; readonly currency: CurrencyCode }

export const currencyCodes = ['EUR', 'USD', 'GBP', 'JPY'] as const
export type CurrencyCode = (typeof currencyCodes)[number]

export function isMinorUnits(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0
}

/** Build a Money value, refusing floats and negatives so a bug cannot silently round a price. */
export function money(amount: number, currency: CurrencyCode): Money {
  if (!isMinorUnits(amount))
    throw new Error(`money amount must be a non-negative integer of minor units, got ${amount}`)
  return { amount, currency }
}

/**
 * Decimals of a currency's minor unit (ISO 4217): the yen has none, so its minor unit is the yen
 * itself (and Stripe takes JPY amounts in whole yen).
 */
const decimalsOf: Readonly<Record<CurrencyCode, number>> = { EUR: 2, USD: 2, GBP: 2, JPY: 0 }

export function currencyDecimals(currency: CurrencyCode): number {
  return decimalsOf[currency]
}

/** Minor units per major unit of `currency`: 100 cents or pence, 1 for the yen. */
export function minorUnitsPerMajorOf(currency: CurrencyCode): number {
  return 10 ** decimalsOf[currency]
}

/**
 * Minor units per major unit of the two-decimal currencies.
 * @deprecated Wrong for zero-decimal currencies (JPY); use `minorUnitsPerMajorOf(currency)`.
 */
export const minorUnitsPerMajor = 100

/**
 * Minor units as a plain decimal string, computed on integers: for structured data.
 * `222900` → `"2229.00"` (two decimals when no currency is given), `(2840, 'JPY')` → `"2840"`.
 */
export function toDecimalString(amount: number, currency?: CurrencyCode): string {
  const decimals = currency ? decimalsOf[currency] : 2
  if (decimals === 0) return String(amount)
  const perMajor = 10 ** decimals
  const major = Math.trunc(amount / perMajor)
  const minor = Math.abs(amount % perMajor)
  return `${amount < 0 && major === 0 ? '-' : ''}${major}.${String(minor).padStart(decimals, '0')}`
}
