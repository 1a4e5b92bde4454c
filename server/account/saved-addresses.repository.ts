/** The only SQL of the address book (`saved_addresses`). */
import { and, desc, eq, ne } from 'drizzle-orm'
import type { SavedAddress } from '../../shared/account/saved-address.ts'
import type { ShippingAddress } from '../../shared/checkout/checkout-totals.ts'
import { savedAddresses, users } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

type Row = typeof savedAddresses.$inferSelect

export type DefaultFlags = { readonly shipping: boolean; readonly billing: boolean }

function toSavedAddress(row: Row): SavedAddress {
  return {
    id: row.id,
    address: row.address,
    isDefaultShipping: row.isDefaultShipping,
    isDefaultBilling: row.isDefaultBilling,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

/**
 * Locks the account's row for the rest of the transaction: every address-book write takes it first,
 * so the cap, the duplicate check and the defaults are decided one writer at a time per account.
 */
export async function lockAddressBook(db: Db, userId: string): Promise<void> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update')
  if (!row) throw new Error(`user ${userId} does not exist`)
}

/** The account's addresses, newest first (callers sort defaults first). */
export async function listSavedAddresses(db: Db, userId: string): Promise<SavedAddress[]> {
  const rows = await db
    .select()
    .from(savedAddresses)
    .where(eq(savedAddresses.userId, userId))
    .orderBy(desc(savedAddresses.createdAt), desc(savedAddresses.id))
  return rows.map(toSavedAddress)
}

export async function insertSavedAddress(
  db: Db,
  input: { userId: string; address: ShippingAddress; now: Date },
): Promise<string> {
  const [row] = await db
    .insert(savedAddresses)
    .values({ userId: input.userId, address: input.address, createdAt: input.now, updatedAt: input.now })
    .returning({ id: savedAddresses.id })
  if (!row) throw new Error('insert returned no row')
  return row.id
}

/** False when the account has no such address (another account's id included). */
export async function updateSavedAddress(
  db: Db,
  input: { userId: string; id: string; address: ShippingAddress; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(savedAddresses)
    .set({ address: input.address, updatedAt: input.now })
    .where(and(eq(savedAddresses.id, input.id), eq(savedAddresses.userId, input.userId)))
    .returning({ id: savedAddresses.id })
  return rows.length > 0
}

/** The deleted row's default flags, or null when the account has no such address. */
export async function deleteSavedAddress(db: Db, userId: string, id: string): Promise<DefaultFlags | null> {
  const [row] = await db
    .delete(savedAddresses)
    .where(and(eq(savedAddresses.id, id), eq(savedAddresses.userId, userId)))
    .returning({ shipping: savedAddresses.isDefaultShipping, billing: savedAddresses.isDefaultBilling })
  return row ?? null
}

/**
 * Makes `id` the account's default of each kind in `flags`. Two statements, the old default cleared
 * first: the partial unique indexes are checked row by row, so one UPDATE that set the new default
 * before clearing the old one could trip them.
 */
export async function setDefaultFlags(
  db: Db,
  input: { userId: string; id: string; flags: DefaultFlags; now: Date },
): Promise<void> {
  const { userId, id, flags, now } = input
  const others = and(eq(savedAddresses.userId, userId), ne(savedAddresses.id, id))
  const mine = and(eq(savedAddresses.userId, userId), eq(savedAddresses.id, id))
  if (flags.shipping)
    await db
      .update(savedAddresses)
      .set({ isDefaultShipping: false, updatedAt: now })
      .where(and(others, eq(savedAddresses.isDefaultShipping, true)))
  if (flags.billing)
    await db
      .update(savedAddresses)
      .set({ isDefaultBilling: false, updatedAt: now })
      .where(and(others, eq(savedAddresses.isDefaultBilling, true)))
  await db
    .update(savedAddresses)
    .set({
      ...(flags.shipping ? { isDefaultShipping: true } : {}),
      ...(flags.billing ? { isDefaultBilling: true } : {}),
      updatedAt: now,
    })
    .where(mine)
}
