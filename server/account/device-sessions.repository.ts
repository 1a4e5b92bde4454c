/** The SQL of an account's device list: its live sessions, and signing some of them out. */
import { and, desc, eq, gt, inArray, ne } from 'drizzle-orm'
import type { UserId } from '../../shared/account/user.ts'
import { sessions } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type UserSessionRow = {
  readonly idHash: string
  readonly userAgent: string | null
  readonly createdAt: Date
  readonly lastUsedAt: Date
}

/** The account's sessions that have not expired, most recently used first. */
export async function listUserSessions(db: Db, userId: UserId, now: Date): Promise<UserSessionRow[]> {
  return db
    .select({
      idHash: sessions.idHash,
      userAgent: sessions.userAgent,
      createdAt: sessions.createdAt,
      lastUsedAt: sessions.lastUsedAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastUsedAt), desc(sessions.createdAt))
}

/** Deletes these sessions of the account (and only of it); returns how many went. */
export async function deleteUserSessions(db: Db, userId: UserId, idHashes: readonly string[]): Promise<number> {
  if (idHashes.length === 0) return 0
  const gone = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), inArray(sessions.idHash, [...idHashes])))
    .returning({ idHash: sessions.idHash })
  return gone.length
}

/** Deletes every session of the account but `keepIdHash`; returns how many went. */
export async function deleteOtherUserSessions(db: Db, userId: UserId, keepIdHash: string): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.idHash, keepIdHash)))
    .returning({ idHash: sessions.idHash })
  return gone.length
}
