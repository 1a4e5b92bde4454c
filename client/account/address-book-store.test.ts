import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SavedAddress } from '../../shared/account/saved-address.ts'
import { type LocalDb, openLocalDb } from '../local-data/local-db.ts'
import {
  fetchAddressBook,
  loadAddressBook,
  parseSavedAddressList,
  readStoredAddressBook,
} from './address-book-store.ts'

const saved: SavedAddress = {
  id: '0b7f2c4e-5a43-4c57-9d0e-6a3f3f0f2a11',
  address: { name: 'Ada Lovelace', line1: '12 Analytical Street', postalCode: '10115', city: 'Berlin', country: 'DE' },
  isDefaultShipping: true,
  isDefaultBilling: true,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
}

describe('the address book on the device', () => {
  let db: LocalDb
  beforeEach(() => {
    db = openLocalDb({ onVersionChange: () => {}, onBlocked: () => {} })
  })
  afterEach(async () => {
    vi.unstubAllGlobals()
    await db.delete()
  })

  const answer = (body: unknown) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json(body)),
    )
  const unreachable = () =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )

  it('keeps the fetched list and answers it offline, for the same account only', async () => {
    answer({ addresses: [saved] })
    expect(await fetchAddressBook(db, 'user-1')).toEqual([saved])
    unreachable()
    expect(await loadAddressBook(db, 'user-1')).toEqual({ addresses: [saved], offline: true })
    // Another account signed in on this device never sees the first one's addresses.
    expect(await loadAddressBook(db, 'user-2')).toEqual({ addresses: [], offline: true })
    expect(await readStoredAddressBook(db, 'user-2')).toBeUndefined()
  })

  it('throws a refusal rather than answering the stored copy', async () => {
    answer({ addresses: [saved] })
    await fetchAddressBook(db, 'user-1')
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(
          { type: 'about:blank', title: 'Sign-in required', status: 401, code: 'UNAUTHENTICATED' },
          { status: 401, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    )
    await expect(loadAddressBook(db, 'user-1')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it('refuses an answer it could not show', () => {
    expect(() => parseSavedAddressList({ addresses: [{ ...saved, address: { name: 'Ada' } }] })).toThrow(TypeError)
    expect(() => parseSavedAddressList({ addresses: [{ ...saved, isDefaultShipping: 'yes' }] })).toThrow(TypeError)
    expect(parseSavedAddressList({ addresses: [saved] })).toEqual({ addresses: [saved] })
  })
})
