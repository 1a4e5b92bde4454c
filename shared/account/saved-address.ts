/**
 * An account's address book (issue 18): several shipping addresses, one of them the default for
 * shipping and one (maybe the same) the default for billing. Pure types and rules, used by the
 * server's saved-addresses service, the account page and the checkout's address step.
 */
import type { ShippingAddress } from '../checkout/checkout-totals.ts'

/** How many addresses one account may keep; one more is refused (ADDRESS_BOOK_FULL, 422). */
export const maxSavedAddresses = 20

/** Which default `PUT /api/auth/me/addresses/:id/default` makes the address. */
export const defaultKinds = ['shipping', 'billing', 'both'] as const
export type DefaultKind = (typeof defaultKinds)[number]

export type SavedAddress = {
  readonly id: string
  readonly address: ShippingAddress
  readonly isDefaultShipping: boolean
  readonly isDefaultBilling: boolean
  /** ISO times. */
  readonly createdAt: string
  readonly updatedAt: string
}

/** `GET /api/auth/me/addresses` (and what POST, PUT and DELETE answer: the list after the change). */
export type SavedAddressList = { readonly addresses: readonly SavedAddress[] }

/** The order the book is shown in: the default shipping address, then the default billing one, then newest first. */
export function sortSavedAddresses(addresses: readonly SavedAddress[]): SavedAddress[] {
  const rank = (a: SavedAddress) => (a.isDefaultShipping ? 0 : a.isDefaultBilling ? 1 : 2)
  return [...addresses].sort(
    (a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id),
  )
}

/**
 * Whether two (schema-normalised) addresses are the same place for the same person: compared field
 * by field, ignoring case and runs of spaces, so "12 Main St" typed again at checkout is not saved twice.
 */
export function isSameAddress(a: ShippingAddress, b: ShippingAddress): boolean {
  const fields = ['name', 'line1', 'line2', 'postalCode', 'city', 'region', 'country', 'phone'] as const
  const canonical = (value: string | undefined) => (value ?? '').trim().replaceAll(/\s+/g, ' ').toLowerCase()
  return fields.every((field) => canonical(a[field]) === canonical(b[field]))
}

/** The address checkout starts from: the default shipping one, if the book has one. */
export function defaultShippingAddress(addresses: readonly SavedAddress[]): SavedAddress | undefined {
  return addresses.find((a) => a.isDefaultShipping)
}
