/**
 * The address book. Every write runs in one transaction that first locks the account's row, so the
 * cap, the "first address is the default" rule and the one-default-per-kind rule (also enforced by
 * the partial unique indexes) hold under concurrent requests. Each write answers the whole list.
 *
 * Deleting a default hands it to the newest remaining address: a non-empty book always has a
 * default shipping and billing address, so checkout always has one to preselect.
 */
import {
  type DefaultKind,
  isSameAddress,
  maxSavedAddresses,
  type SavedAddressList,
  sortSavedAddresses,
} from '../../shared/account/saved-address.ts'
import type { SavedAddressInput } from '../../shared/account/saved-address-schema.ts'
import type { ShippingAddress } from '../../shared/checkout/checkout-totals.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { AppError } from '../platform/http-errors.ts'
import {
  type DefaultFlags,
  deleteSavedAddress,
  insertSavedAddress,
  listSavedAddresses,
  lockAddressBook,
  setDefaultFlags,
  updateSavedAddress,
} from './saved-addresses.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'clock'>

export async function readAddressBook(deps: Pick<AppDeps, 'db'>, userId: string): Promise<SavedAddressList> {
  return { addresses: sortSavedAddresses(await listSavedAddresses(deps.db, userId)) }
}

export async function addSavedAddress(deps: Deps, userId: string, input: SavedAddressInput): Promise<SavedAddressList> {
  return deps.db.transaction(async (tx) => {
    await lockAddressBook(tx, userId)
    const existing = await listSavedAddresses(tx, userId)
    if (existing.length >= maxSavedAddresses)
      throw new AppError(ErrorCode.AddressBookFull, `An account keeps at most ${maxSavedAddresses} addresses.`)
    const now = deps.clock()
    const id = await insertSavedAddress(tx, { userId, address: input.address, now })
    await setDefaultFlags(tx, {
      userId,
      id,
      now,
      flags: {
        shipping: input.isDefaultShipping === true || !existing.some((a) => a.isDefaultShipping),
        billing: input.isDefaultBilling === true || !existing.some((a) => a.isDefaultBilling),
      },
    })
    return listAfter(tx, userId)
  })
}

export async function changeSavedAddress(
  deps: Deps,
  userId: string,
  id: string,
  input: SavedAddressInput,
): Promise<SavedAddressList> {
  return deps.db.transaction(async (tx) => {
    await lockAddressBook(tx, userId)
    const now = deps.clock()
    if (!(await updateSavedAddress(tx, { userId, id, address: input.address, now }))) throw notFound()
    const flags = { shipping: input.isDefaultShipping === true, billing: input.isDefaultBilling === true }
    if (flags.shipping || flags.billing) await setDefaultFlags(tx, { userId, id, flags, now })
    return listAfter(tx, userId)
  })
}

export async function removeSavedAddress(deps: Deps, userId: string, id: string): Promise<SavedAddressList> {
  return deps.db.transaction(async (tx) => {
    await lockAddressBook(tx, userId)
    const was = await deleteSavedAddress(tx, userId, id)
    if (!was) throw notFound()
    // The newest remaining address takes over the defaults the deleted one held.
    const [newest] = await listSavedAddresses(tx, userId)
    if (newest && (was.shipping || was.billing))
      await setDefaultFlags(tx, { userId, id: newest.id, flags: was, now: deps.clock() })
    return listAfter(tx, userId)
  })
}

export async function makeDefaultAddress(
  deps: Deps,
  userId: string,
  id: string,
  kind: DefaultKind,
): Promise<SavedAddressList> {
  return deps.db.transaction(async (tx) => {
    await lockAddressBook(tx, userId)
    if (!(await listSavedAddresses(tx, userId)).some((a) => a.id === id)) throw notFound()
    const flags: DefaultFlags = { shipping: kind !== 'billing', billing: kind !== 'shipping' }
    await setDefaultFlags(tx, { userId, id, flags, now: deps.clock() })
    return listAfter(tx, userId)
  })
}

export type SaveFromCheckoutOutcome = 'saved' | 'known' | 'bookFull'

/**
 * Checkout's "Save this address to my account": adds the order's address unless the book has the
 * same one already (a replayed or repeated checkout saves it once) or is full (the order matters
 * more than the address book: it is not refused for it).
 */
export async function saveAddressFromCheckout(
  deps: Deps,
  userId: string,
  address: ShippingAddress,
): Promise<SaveFromCheckoutOutcome> {
  return deps.db.transaction(async (tx) => {
    await lockAddressBook(tx, userId)
    const existing = await listSavedAddresses(tx, userId)
    if (existing.some((saved) => isSameAddress(saved.address, address))) return 'known'
    if (existing.length >= maxSavedAddresses) return 'bookFull'
    const now = deps.clock()
    const id = await insertSavedAddress(tx, { userId, address, now })
    const flags = {
      shipping: !existing.some((a) => a.isDefaultShipping),
      billing: !existing.some((a) => a.isDefaultBilling),
    }
    if (flags.shipping || flags.billing) await setDefaultFlags(tx, { userId, id, flags, now })
    return 'saved'
  })
}

async function listAfter(tx: Db, userId: string): Promise<SavedAddressList> {
  return { addresses: sortSavedAddresses(await listSavedAddresses(tx, userId)) }
}

function notFound(): AppError {
  return new AppError(ErrorCode.NotFound, 'No such address in this account.')
}
