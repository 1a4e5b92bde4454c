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
