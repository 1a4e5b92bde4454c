/**
 * The country the shopper ships to, chosen in the footer and kept on this device (decision 0022):
 * the checkout's address form starts with it. Markets (prices and catalog per country) are issue 16;
 * until then this is a preference only, and the server's first view shows the default.
 */
import { createSignal } from 'solid-js'
import { shippingCountries } from '../../shared/checkout/checkout-options.ts'
import { localStorageKeys } from '../offline/storage-keys.ts'

export type ShippingCountry = (typeof shippingCountries)[number]

/** The first country the checkout offers: what the server's footer shows, knowing no device. */
export const defaultShippingCountry: ShippingCountry = shippingCountries[0]

export function isShippingCountry(value: unknown): value is ShippingCountry {
  return shippingCountries.some((country) => country === value)
}

const [country, setCountry] = createSignal<ShippingCountry>(readStoredCountry() ?? defaultShippingCountry)

/** The chosen country (the default until the shopper chooses). */
export const shippingCountry = country

/** Where a new checkout address starts: the footer's choice when the checkout offers it, else its first country. */
export function preferredCountry(offered: readonly string[]): string {
  const chosen = country()
  return offered.includes(chosen) ? chosen : (offered[0] ?? defaultShippingCountry)
}

export function chooseShippingCountry(value: ShippingCountry): void {
  setCountry(value)
  try {
    localStorage.setItem(localStorageKeys.shippingCountry, value)
  } catch (error) {
    console.warn('could not remember the shipping country', error)
  }
}

function readStoredCountry(): ShippingCountry | null {
  try {
    const value = localStorage.getItem(localStorageKeys.shippingCountry)
    return isShippingCountry(value) ? value : null
  } catch {
    // Storage can be disabled (privacy settings): the default stands.
    return null
  }
}
