/**
 * Addresses per country: which fields a country's address has (a state or province where the post
 * needs one), what its postal codes look like, and how it is printed — "San Francisco, CA 94105" in
 * the US, "10115 Berlin" on the continent, the postcode on a line of its own in the UK. Pure data
 * and functions: the checkout form, the schema, the order pages and the admin use the same table.
 */
import type { ShippingAddress } from './checkout-totals.ts'

/** How the locality line(s) are laid out. */
export type AddressLayout =
  /** "San Francisco, CA 94105" (US, CA). */
  | 'city-comma-region-postal'
  /** "Sydney NSW 2000" (AU); "Chiyoda-ku, Tokyo 100-0001" (JP, the ward and prefecture typed as the city). */
  | 'city-region-postal'
  /** The town, then the postcode on its own line (GB). */
  | 'city-then-postal'
  /** "10115 Berlin" (continental Europe, and the default). */
  | 'postal-city'

/** What the region field is called; each has a message `checkout.region.<label>`. */
export type RegionLabel = 'state' | 'province' | 'stateOrTerritory'

/** What the postal code field is called; each has a message `checkout.postal.<label>`. */
export type PostalLabel = 'postalCode' | 'zipCode' | 'postcode'

export type RegionOption = { readonly code: string; readonly name: string }

export type AddressFormat = {
  readonly layout: AddressLayout
  /** A required state or province with its list of codes, or none (the address has no region). */
  readonly region: { readonly label: RegionLabel; readonly options: readonly RegionOption[] } | null
  readonly postal: {
    readonly label: PostalLabel
    /** Tested against the trimmed, upper-cased value. */
    readonly pattern: RegExp
    /** Shown in the error: "e.g. 94105". */
    readonly example: string
  }
}

const usStates: readonly RegionOption[] = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['PR', 'Puerto Rico'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
].map(([code, name]) => ({ code, name }) as RegionOption)

const canadianProvinces: readonly RegionOption[] = [
  ['AB', 'Alberta'],
  ['BC', 'British Columbia'],
  ['MB', 'Manitoba'],
  ['NB', 'New Brunswick'],
  ['NL', 'Newfoundland and Labrador'],
  ['NS', 'Nova Scotia'],
  ['NT', 'Northwest Territories'],
  ['NU', 'Nunavut'],
  ['ON', 'Ontario'],
  ['PE', 'Prince Edward Island'],
  ['QC', 'Quebec'],
  ['SK', 'Saskatchewan'],
  ['YT', 'Yukon'],
].map(([code, name]) => ({ code, name }) as RegionOption)

const australianStates: readonly RegionOption[] = [
  ['ACT', 'Australian Capital Territory'],
  ['NSW', 'New South Wales'],
  ['NT', 'Northern Territory'],
  ['QLD', 'Queensland'],
  ['SA', 'South Australia'],
  ['TAS', 'Tasmania'],
  ['VIC', 'Victoria'],
  ['WA', 'Western Australia'],
].map(([code, name]) => ({ code, name }) as RegionOption)

const continental = (pattern: RegExp, example: string): AddressFormat => ({
  layout: 'postal-city',
  region: null,
  postal: { label: 'postalCode', pattern, example },
})

const formats: Readonly<Record<string, AddressFormat>> = {
  US: {
    layout: 'city-comma-region-postal',
    region: { label: 'state', options: usStates },
    postal: { label: 'zipCode', pattern: /^\d{5}(-\d{4})?$/, example: '94105' },
  },
  CA: {
    layout: 'city-comma-region-postal',
    region: { label: 'province', options: canadianProvinces },
    postal: { label: 'postalCode', pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/, example: 'K1A 0B1' },
  },
  AU: {
    layout: 'city-region-postal',
    region: { label: 'stateOrTerritory', options: australianStates },
    postal: { label: 'postcode', pattern: /^\d{4}$/, example: '2000' },
  },
  GB: {
    layout: 'city-then-postal',
    region: null,
    postal: { label: 'postcode', pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, example: 'SW1A 1AA' },
  },
  DE: continental(/^\d{5}$/, '10115'),
  AT: continental(/^\d{4}$/, '1010'),
  FR: continental(/^\d{5}$/, '75001'),
  NL: continental(/^\d{4} ?[A-Z]{2}$/, '1012 AB'),
  BE: continental(/^\d{4}$/, '1000'),
  CH: continental(/^\d{4}$/, '8001'),
  DK: continental(/^\d{4}$/, '1050'),
  IT: continental(/^\d{5}$/, '00184'),
  ES: continental(/^\d{5}$/, '28001'),
  // The prefecture is written with the city ("Chiyoda-ku, Tokyo"): a required list of 47 would be
  // a region label and messages of its own, and Japan Post routes by the postal code anyway.
  JP: {
    layout: 'city-region-postal',
    region: null,
    postal: { label: 'postalCode', pattern: /^\d{3}-?\d{4}$/, example: '100-0001' },
  },
}

/** A country the table does not know: no region, any postal code, printed the continental way. */
const fallback: AddressFormat = continental(/^.+$/, '')

/** The address format of an ISO 3166-1 alpha-2 country (upper or lower case). */
export function addressFormatOf(country: string): AddressFormat {
  return formats[country.trim().toUpperCase()] ?? fallback
}

/** The postal code as stored: trimmed, inner spaces collapsed, upper case ("sw1a  1aa" → "SW1A 1AA"). */
export function normalizePostalCode(value: string): string {
  return value.trim().replaceAll(/\s+/g, ' ').toUpperCase()
}

export function isValidPostalCode(country: string, postalCode: string): boolean {
  return addressFormatOf(country).postal.pattern.test(normalizePostalCode(postalCode))
}

/** True when the country needs no region, or `region` is one of its codes. */
export function isValidRegion(country: string, region: string | undefined): boolean {
  const format = addressFormatOf(country).region
  if (!format) return true
  const code = region?.trim().toUpperCase() ?? ''
  return format.options.some((option) => option.code === code)
}

/** The name of a region code in a country ("CA" in the US → "California"), else the code itself. */
export function regionName(country: string, code: string): string {
  return addressFormatOf(country).region?.options.find((option) => option.code === code)?.name ?? code
}

/**
 * The address as printed on a parcel, one string per line, in the destination's order. The country
 * line comes last when `countryName` is given (the caller names it in the reader's language).
 */
export function formatAddressLines(address: ShippingAddress, countryName?: string): string[] {
  const format = addressFormatOf(address.country)
  const region = format.region ? (address.region ?? '') : ''
  const { city, postalCode } = address
  const locality = ((): string[] => {
    switch (format.layout) {
      case 'city-comma-region-postal':
        return [`${city}, ${[region, postalCode].filter(Boolean).join(' ')}`]
      case 'city-region-postal':
        return [[city, region, postalCode].filter(Boolean).join(' ')]
      case 'city-then-postal':
        return [city, postalCode]
      case 'postal-city':
        return [`${postalCode} ${city}`]
    }
  })()
  return [
    address.name,
    address.line1,
    ...(address.line2 ? [address.line2] : []),
    ...locality,
    ...(countryName ? [countryName] : []),
  ]
}

/** The country's name in `locale` (Intl.DisplayNames), or the code when the runtime has none. */
export function countryDisplayName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}
