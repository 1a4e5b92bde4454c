/** The only SQL of accounts and sessions. */
import { and, eq, gt, lt, sql } from 'drizzle-orm'
import type { Role, User, UserId } from '../../shared/account/user.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import { cartLines, orders, sessions, shoppers, users, wishlistItems } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { rowsOf } from '../platform/migrate.ts'

type UserRow = typeof users.$inferSelect

export type UserWithHash = { readonly user: User; readonly passwordHash: string }

function toUser(row: UserRow): User {
  return {
    id: row.id as UserId,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    createdAt: row.createdAt.toISOString(),
    emailVerified: row.emailVerifiedAt !== null,
  }
}

/** Inserts the user unless the email is taken; null when it is. */
export async function insertUser(
  db: Db,
  input: { email: string; name: string; role: Role; passwordHash: string },
): Promise<User | null> {
  const [row] = await db.insert(users).values(input).onConflictDoNothing({ target: users.email }).returning()
  return row ? toUser(row) : null
}

export async function findUserByEmail(db: Db, email: string): Promise<UserWithHash | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email))
  return row ? { user: toUser(row), passwordHash: row.passwordHash } : null
}

export async function updateUserPassword(db: Db, userId: UserId, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId))
}

export async function updateUserLocale(db: Db, userId: UserId, locale: Locale): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId))
}

export async function updateUserRole(db: Db, userId: UserId, role: Role): Promise<void> {
  await db.update(users).set({ role }).where(eq(users.id, userId))
}

export async function hasAdmin(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1)
  return row !== undefined
}

export type StoredSession = {
  readonly idHash: string
  readonly shopperId: string
  readonly user: User | null
  readonly csrfToken: string
  readonly expiresAt: Date
  readonly lastUsedAt: Date
}

export type NewSession = {
  idHash: string
  shopperId: string
  userId: UserId | null
  csrfToken: string
  expiresAt: Date
  /** The browser's User-Agent, cut to a length worth keeping; null without one. */
  userAgent?: string | null
  /** The app clock's now (the column's default is the database's). */
  lastUsedAt?: Date
}

export async function insertSession(db: Db, input: NewSession): Promise<void> {
  await db.insert(sessions).values(input)
}

/** Inserts the session unless one with its id hash exists; says whether it did. */
export async function insertSessionIfAbsent(db: Db, input: NewSession): Promise<boolean> {
  const rows = await db
    .insert(sessions)
    .values(input)
    .onConflictDoNothing({ target: sessions.idHash })
    .returning({ idHash: sessions.idHash })
  return rows.length > 0
}

/** Whether a row with this id hash exists, live or expired. */
export async function sessionRowExists(db: Db, idHash: string): Promise<boolean> {
  const rows = await db.select({ idHash: sessions.idHash }).from(sessions).where(eq(sessions.idHash, idHash))
  return rows.length > 0
}

/** The session with this id hash, unless it expired. */
export async function findLiveSession(db: Db, idHash: string, now: Date): Promise<StoredSession | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .leftJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)))
  if (!row) return null
  return {
    idHash: row.session.idHash,
    shopperId: row.session.shopperId,
    user: row.user ? toUser(row.user) : null,
    csrfToken: row.session.csrfToken,
    expiresAt: row.session.expiresAt,
    lastUsedAt: row.session.lastUsedAt,
  }
}

/** Records a use of the session: when it was last used and, when given, its moved expiry. */
export async function touchSession(
  db: Db,
  idHash: string,
  change: { readonly lastUsedAt: Date; readonly expiresAt?: Date },
): Promise<void> {
  await db.update(sessions).set(change).where(eq(sessions.idHash, idHash))
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash))
}

/**
 * Deletes expired sessions, then guest shoppers no session points to any more (their carts die
 * with the session; an account's shopper is kept). Shoppers younger than an hour are spared, so one
 * whose session is being created right now survives. Returns how many sessions went.
 */
export async function deleteExpiredSessions(
  db: Db,
  now: Date,
  options: { readonly idleGuestExpiresBefore?: Date } = {},
): Promise<number> {
  const gone = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ idHash: sessions.idHash })
  // Guest sessions left idle with nothing in them (a write that kept nothing: a search, an item
  // added and removed) need not wait out their 30 days: their expiry says when they were last used.
  const idle = options.idleGuestExpiresBefore
  const idleGone = idle
    ? rowsOf(
        await db.execute(sql`
          delete from ${sessions} se
          where se.user_id is null and se.expires_at < ${idle.toISOString()}::timestamptz
            and not exists (select 1 from ${cartLines} c where c.shopper_id = se.shopper_id)
            and not exists (select 1 from ${wishlistItems} w where w.shopper_id = se.shopper_id)
            and not exists (select 1 from ${orders} o where o.shopper_id = se.shopper_id)
          returning se.id_hash`),
      ).length
    : 0
  await db.execute(sql`
    delete from ${shoppers} s
    where s.user_id is null and s.created_at < ${new Date(now.getTime() - 60 * 60_000).toISOString()}::timestamptz
      and not exists (select 1 from ${sessions} where ${sessions.shopperId} = s.id)`)
  return gone.length + idleGone
}
