/**
 * The optional phone number of a shipping address, for the carrier or courier to reach the
 * recipient. Parsed in the address's country (a number without `+` is a national one there; one
 * with `+` may be from anywhere), stored in E.164 (`+493012345678`) and printed nationally when it is
 * the destination's own (the courier dials it there: "030 1234567") and internationally otherwise
 * ("+44 7911 123456"). libphonenumber-js keeps the numbering plans current; its `min` metadata
 * (lengths and prefixes, no per-type patterns) keeps the checkout chunk small, and the server uses
 * the same, so the form and the schema never disagree about a number.
 */
import {
  type CountryCode,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min'

/** Longest input accepted (E.164 is 15 digits; spaces, dashes and brackets as typed). */
export const phoneNumberMaxLength = 32

function countryOf(country: string): CountryCode | undefined {
  const code = country.trim().toUpperCase()
  return isSupportedCountry(code) ? code : undefined
}

/**
 * The number in E.164, or null when it is not a possible number: a national number read in
 * `country`'s plan, an international one (`+…` or `00…`) in its own.
 */
export function normalizePhoneNumber(input: string, country: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), countryOf(country))
  return parsed?.isValid() ? parsed.number : null
}

/**
 * A stored (E.164) number as a person reads it for an address in `country`: in the national format
 * when it shares the country's calling code, else in the international one. An unreadable value
 * (an old or hand-edited row) is shown as it is rather than hidden.
 */
export function formatPhoneNumber(e164: string, country: string): string {
  const parsed = parsePhoneNumberFromString(e164)
  if (!parsed) return e164
  const destination = countryOf(country)
  const domestic = destination !== undefined && getCountryCallingCode(destination) === parsed.countryCallingCode
  return domestic ? parsed.formatNational() : parsed.formatInternational()
}
