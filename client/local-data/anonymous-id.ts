/**
 * The device's anonymous id: a random UUID made on first use and kept in the Dexie `meta` table. It
 * is what flags and experiments bucket the device by (decision 0033), kept after sign-in so signing
 * in never moves a shopper to another variant. It names a device, never a person.
 */
import type { LocalDb } from './local-db.ts'
import { metaKeys } from './storage-keys.ts'

/** The stored id, created in one transaction so two tabs starting together agree on it. */
export async function readAnonymousId(db: LocalDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(metaKeys.anonymousId)
    if (row?.key === metaKeys.anonymousId) return row.value
    const id = crypto.randomUUID()
    await db.meta.put({ key: metaKeys.anonymousId, value: id })
    return id
  })
}
