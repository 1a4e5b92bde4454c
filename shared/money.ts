/** Money is always an integer amount of minor units (cents) plus an ISO 4217 currency code. */
export type Money = { readonly amount: number; readonly currency: CurrencyCode }

export const currencyCodes = ['EUR', 'USD', 'GBP'] as const
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

/** Minor units per major unit; all supported currencies have two decimals. */
export const minorUnitsPerMajor = 100

/** Minor units as a plain decimal string (`222900` → `"2229.00"`), computed on integers: for structured data. */
export function toDecimalString(amount: number): string {
  const major = Math.trunc(amount / minorUnitsPerMajor)
  const minor = Math.abs(amount % minorUnitsPerMajor)
  return `${amount < 0 && major === 0 ? '-' : ''}${major}.${String(minor).padStart(2, '0')}`
}
