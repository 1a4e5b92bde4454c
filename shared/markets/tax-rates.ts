/**
 * VAT (Japan's consumption tax) in basis points by destination country (1900 = 19 %): the tax the
 * prices of the inclusive markets contain (decision 0026). The US market charges no tax in this shop,
 * so no country of it is listed.
 */
export const vatRateBasisPoints: Readonly<Record<string, number>> = {
  DE: 1900,
  AT: 2000,
  FR: 2000,
  NL: 2100,
  BE: 2100,
  IT: 2200,
  ES: 2100,
  DK: 2500,
  GB: 2000,
  JP: 1000,
}

/** The VAT rate of an ISO 3166-1 alpha-2 destination (any case), 0 where the shop charges none. */
export function vatRateOf(country: string): number {
  return vatRateBasisPoints[country.trim().toUpperCase()] ?? 0
}

/** The table narrowed to `countries`, each of which must be in it. */
export function vatRatesOf(countries: readonly string[]): Readonly<Record<string, number>> {
  return Object.fromEntries(
    countries.map((country) => {
      const rate = vatRateBasisPoints[country]
      if (rate === undefined) throw new RangeError(`no VAT rate for ${country}`)
      return [country, rate]
    }),
  )
}
