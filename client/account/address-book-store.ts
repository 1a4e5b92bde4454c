/**
 * The account's address book: the `/api/auth/me/addresses` calls, and a copy of the last list in
 * the Dexie `meta` table (key `savedAddresses`) so checkout offers the saved addresses offline too.
 * The copy carries the user id it belongs to: after a sign-out or another sign-in on this device it
 * is simply not read (and the next fetch replaces it), so no sign-out hook is needed.
 */
import type { DefaultKind, SavedAddress, SavedAddressList } from '../../shared/account/saved-address.ts'
import type { ShippingAddress } from '../../shared/checkout/checkout-totals.ts'
import type { LocalDb, StoredAddressBook } from '../local-data/local-db.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { metaKeys } from '../local-data/storage-keys.ts'
import { isRecord } from '../orders/parse-order.ts'
import { ApiError, deleteJson, getJson, postJson, putJson } from '../platform/api-client.ts'

const path = '/api/auth/me/addresses'

/** The address book as the server has it now, also kept on the device. */
export async function fetchAddressBook(db: LocalDb, userId: string): Promise<readonly SavedAddress[]> {
  return keep(db, userId, await getJson(path, parseSavedAddressList))
}

/**
 * The address book: fetched when the server can be reached, else the device's copy (`offline`:
 * true). Only a network failure falls back; a refusal (401 after the session ended) is thrown.
 */
export async function loadAddressBook(
  db: LocalDb,
  userId: string,
): Promise<{ readonly addresses: readonly SavedAddress[]; readonly offline: boolean }> {
  try {
    return { addresses: await fetchAddressBook(db, userId), offline: false }
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'NETWORK')) throw error
    return { addresses: (await readStoredAddressBook(db, userId)) ?? [], offline: true }
  }
}

/** The device's copy of `userId`'s book; undefined when it holds none (or another account's). */
export async function readStoredAddressBook(db: LocalDb, userId: string): Promise<readonly SavedAddress[] | undefined> {
  const row = await db.meta.get(metaKeys.savedAddresses)
  if (row?.key !== metaKeys.savedAddresses || row.value.userId !== userId) return undefined
  return row.value.addresses
}

export type AddressWrite = {
  readonly address: ShippingAddress
  readonly isDefaultShipping?: boolean
  readonly isDefaultBilling?: boolean
}

export async function addAddress(db: LocalDb, userId: string, input: AddressWrite): Promise<readonly SavedAddress[]> {
  return keep(db, userId, await withCsrfToken(db, (token) => postJson(path, input, token, parseSavedAddressList)))
}

export async function changeAddress(
  db: LocalDb,
  userId: string,
  id: string,
  input: AddressWrite,
): Promise<readonly SavedAddress[]> {
  const answer = await withCsrfToken(db, (token) =>
    putJson(`${path}/${encodeURIComponent(id)}`, input, token, parseSavedAddressList),
  )
  return keep(db, userId, answer)
}

export async function deleteAddress(db: LocalDb, userId: string, id: string): Promise<readonly SavedAddress[]> {
  await withCsrfToken(db, (token) => deleteJson(`${path}/${encodeURIComponent(id)}`, token))
  return fetchAddressBook(db, userId)
}

export async function makeDefaultAddress(
  db: LocalDb,
  userId: string,
  id: string,
  kind: DefaultKind,
): Promise<readonly SavedAddress[]> {
  const answer = await withCsrfToken(db, (token) =>
    putJson(`${path}/${encodeURIComponent(id)}/default`, { kind }, token, parseSavedAddressList),
  )
  return keep(db, userId, answer)
}

async function keep(db: LocalDb, userId: string, list: SavedAddressList): Promise<readonly SavedAddress[]> {
  const value: StoredAddressBook = { userId, addresses: list.addresses, savedAt: new Date().toISOString() }
  await db.meta.put({ key: metaKeys.savedAddresses, value })
  return list.addresses
}

/** Shape check of the list the address-book routes answer (the client ships no zod). */
export function parseSavedAddressList(body: unknown): SavedAddressList {
  if (!isRecord(body) || !Array.isArray(body.addresses)) throw new TypeError('address book: bad list')
  return { addresses: body.addresses.map(parseSavedAddress) }
}

function parseSavedAddress(value: unknown): SavedAddress {
  if (!isRecord(value)) throw new TypeError('address book: an entry is not an object')
  const { id, address, isDefaultShipping, isDefaultBilling, createdAt, updatedAt } = value
  if (typeof id !== 'string' || typeof createdAt !== 'string' || typeof updatedAt !== 'string')
    throw new TypeError('address book: bad entry id or times')
  if (typeof isDefaultShipping !== 'boolean' || typeof isDefaultBilling !== 'boolean')
    throw new TypeError('address book: bad default flags')
  return { id, address: parseAddress(address), isDefaultShipping, isDefaultBilling, createdAt, updatedAt }
}

function parseAddress(value: unknown): ShippingAddress {
  if (!isRecord(value)) throw new TypeError('address book: bad address')
  const { name, line1, line2, postalCode, city, region, country, phone } = value
  const optional = (v: unknown) => v === undefined || typeof v === 'string'
  if (![name, line1, postalCode, city, country].every((v) => typeof v === 'string'))
    throw new TypeError('address book: an address field is missing')
  if (!optional(line2) || !optional(region) || !optional(phone))
    throw new TypeError('address book: bad optional address field')
  return value as ShippingAddress
}
