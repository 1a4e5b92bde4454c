/** The cached `SessionInfo` (a Dexie `meta` row): who this browser is, readable offline and by the worker. */
import type { SessionInfo } from '../../shared/account/user.ts'
import type { LocalDb } from './local-db.ts'
import { metaKeys } from './storage-keys.ts'

export async function readSession(db: LocalDb): Promise<SessionInfo | undefined> {
  const row = await db.meta.get(metaKeys.session)
  return row?.key === metaKeys.session ? row.value : undefined
}

export async function storeSession(db: LocalDb, session: SessionInfo): Promise<void> {
  await db.meta.put({ key: metaKeys.session, value: session })
}
