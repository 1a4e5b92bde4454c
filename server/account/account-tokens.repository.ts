/** The only SQL of the emailed account links (account_tokens) and what following one changes. */
import { and, eq, gt, inArray, isNull, lt, ne, sql } from 'drizzle-orm'
import type { UserId } from '../../shared/account/user.ts'
import { type AccountTokenPurpose, accountTokens, sessions, users } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type AccountToken = {
  readonly userId: UserId
  readonly purpose: AccountTokenPurpose
  /** The address the link was sent to (verification), or the one it will set (email change). */
  readonly email: string | null
}

export async function insertAccountToken(
  db: Db,
  input: { idHash: string; userId: UserId; purpose: AccountTokenPurpose; email: string; expiresAt: Date },
): Promise<void> {
  await db.insert(accountTokens).values(input)
}

/**
 * Uses the token: one statement that sets `used_at` only on a live, unused token of `purpose` and
 * returns it, so of two concurrent uses exactly one gets a row. Call it in the transaction of the
 * change the link makes: a rollback leaves the token unused.
 */
export async function consumeAccountToken(
  db: Db,
  idHash: string,
  purpose: AccountTokenPurpose,
  now: Date,
): Promise<AccountToken | null> {
  const [row] = await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountTokens.idHash, idHash),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .returning({ userId: accountTokens.userId, purpose: accountTokens.purpose, email: accountTokens.email })
  return row ? { ...row, userId: row.userId as UserId } : null
}

/** Whether the token is live and unused, without using it (the reset page asks before showing its form). */
export async function isAccountTokenUsable(
  db: Db,
  idHash: string,
  purpose: AccountTokenPurpose,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .select({ idHash: accountTokens.idHash })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.idHash, idHash),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
  return rows.length > 0
}

/** Ends the user's other unused links of `purpose` (a newer password or address makes them moot). */
export async function expireAccountTokens(
  db: Db,
  userId: UserId,
  purposes: readonly AccountTokenPurpose[],
  now: Date,
): Promise<void> {
  await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountTokens.userId, userId),
        isNull(accountTokens.usedAt),
        inArray(accountTokens.purpose, [...purposes]),
      ),
    )
}

/** Marks the address verified, only while it is still `email` (the link named the address it went to). */
export async function markEmailVerified(db: Db, userId: UserId, email: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(users.id, userId), eq(users.email, email)))
    .returning({ id: users.id })
  return rows.length > 0
}

/** Whether another account has the address (the email change's early answer; the unique index is the last word). */
export async function isEmailTakenByOther(db: Db, email: string, userId: UserId): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), ne(users.id, userId)))
  return rows.length > 0
}

/** Sets a new, verified address. */
export async function updateUserEmail(db: Db, userId: UserId, email: string, now: Date): Promise<void> {
  await db.update(users).set({ email, emailVerifiedAt: now }).where(eq(users.id, userId))
}

/** Signs the user out everywhere, except the session `keepIdHash` when given; returns how many ended. */
export async function deleteUserSessions(db: Db, userId: UserId, keepIdHash?: string): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keepIdHash ? ne(sessions.idHash, keepIdHash) : undefined))
    .returning({ idHash: sessions.idHash })
  return rows.length
}

/** Deletes the links past their expiry, used or not: a used or expired link proves nothing any more. */
export async function deleteExpiredAccountTokens(db: Db, now: Date): Promise<number> {
  const gone = await db.delete(accountTokens).where(lt(accountTokens.expiresAt, now)).returning({
    idHash: accountTokens.idHash,
  })
  return gone.length
}

export type UserForEmail = {
  readonly id: UserId
  readonly email: string
  readonly locale: string | null
  readonly emailVerified: boolean
}

export async function findUserForEmail(db: Db, userId: UserId): Promise<UserForEmail | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, locale: users.locale, verifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.id, userId))
  return row
    ? { id: row.id as UserId, email: row.email, locale: row.locale, emailVerified: row.verifiedAt !== null }
    : null
}
