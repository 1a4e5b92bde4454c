/**
 * Sessions (DESIGN §6): the cookie holds 32 random bytes, the database only their sha256, so a read
 * of the sessions table cannot be replayed as a cookie. Every browser gets one, signed in or not:
 * a guest session owns a guest shopper so its cart works before the shopper has an account.
 * Expiry slides: a session used within its lifetime is extended (at most once a day, to spare writes).
 * Its last use, which the account's device list shows, is written at most every five minutes.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { SessionInfo, User } from '../../shared/account/user.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { deleteShopper, insertGuestShopper } from '../shopper/shopper.repository.ts'
import {
  findLiveSession,
  insertSession,
  insertSessionIfAbsent,
  sessionRowExists,
  touchSession,
} from './account.repository.ts'

const dayMs = 24 * 60 * 60_000
/** How stale `last_used_at` may get: a device list says "5 minutes ago" at best, and a busy session writes once per interval. */
export const lastUseIntervalMs = 5 * 60_000
const maxUserAgentLength = 512

/**
 * A session as the request handlers see it; `token` is the cookie value, known only when just issued.
 * `pending` marks a guest session that has no row yet (only reads were made): its shopper is the
 * nil id, which owns nothing, so every read answers empty. The first write stores it.
 */
export type ActiveSession = {
  readonly idHash: string
  readonly shopperId: string
  readonly user: User | null
  readonly csrfToken: string
  readonly expiresAt: Date
  readonly pending?: true
  /** The User-Agent of the request holding the session: what a session issued from it records. */
  readonly userAgent?: string | null
}

export type IssuedSession = ActiveSession & { readonly token: string }

export function sessionInfo(session: ActiveSession): SessionInfo {
  return { user: session.user, csrfToken: session.csrfToken }
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** The User-Agent header as a session keeps it: cut to a sane length, null when absent or blank. */
export function userAgentOf(header: string | undefined): string | null {
  const value = header?.trim()
  return value ? value.slice(0, maxUserAgentLength) : null
}

export function sessionTtlMs(deps: Pick<AppDeps, 'config'>): number {
  return deps.config.sessionTtlDays * dayMs
}

/**
 * Starts a session for `shopperId` (and `user`, when signed in) in the caller's transaction,
 * recording the browser's User-Agent for the account's device list.
 */
export async function issueSession(
  deps: Pick<AppDeps, 'config' | 'clock'>,
  tx: Db,
  shopperId: string,
  user: User | null,
  userAgent: string | null = null,
): Promise<IssuedSession> {
  const token = newSessionToken()
  const session: IssuedSession = {
    token,
    idHash: hashSessionToken(token),
    shopperId,
    user,
    csrfToken: randomBytes(32).toString('base64url'),
    expiresAt: new Date(deps.clock().getTime() + sessionTtlMs(deps)),
  }
  await insertSession(tx, {
    idHash: session.idHash,
    shopperId,
    userId: user?.id ?? null,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    userAgent,
    lastUsedAt: deps.clock(),
  })
  return session
}

/** A new guest: an empty shopper and its session, in one transaction. */
export async function startGuestSession(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock'>,
  userAgent: string | null = null,
): Promise<IssuedSession> {
  return deps.db.transaction(async (tx) => issueSession(deps, tx, await insertGuestShopper(tx), null, userAgent))
}

/**
 * The token a browser without a live session continues with: its cookie when that is a pending
 * session's (no row), a new one when there is none or it names an expired session — an ended
 * session's cookie is not revived.
 */
export async function guestToken(deps: Pick<AppDeps, 'db'>, cookie: string | undefined): Promise<string> {
  if (isSessionToken(cookie) && !(await sessionRowExists(deps.db, hashSessionToken(cookie)))) return cookie
  return newSessionToken()
}

/** Owns no row: what a pending guest session reads as its shopper. */
export const pendingShopperId = '00000000-0000-0000-0000-000000000000'

const tokenPattern = /^[\w-]{43}$/

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url')
}

/** A cookie value of the shape we issue (anything else is ignored and replaced). */
export function isSessionToken(value: string | undefined): value is string {
  return value !== undefined && tokenPattern.test(value)
}

/**
 * The CSRF token of a pending session is derived from its cookie value, so the token handed out on
 * a read stays valid once the first write stores the session, without a row in between. Only the
 * holder of the httpOnly cookie (and the same-origin page it answered) can know it.
 */
function pendingCsrfToken(token: string): string {
  return createHash('sha256').update(`csrf\u0000${token}`).digest('base64url')
}

/**
 * A guest session for reads that writes nothing (issue 18: every cookie-less GET used to insert a
 * 30-day row). Same token → same id hash and CSRF token, so repeated reads agree.
 */
export function pendingGuestSession(deps: Pick<AppDeps, 'config' | 'clock'>, token: string): IssuedSession {
  return {
    token,
    idHash: hashSessionToken(token),
    shopperId: pendingShopperId,
    user: null,
    csrfToken: pendingCsrfToken(token),
    expiresAt: new Date(deps.clock().getTime() + sessionTtlMs(deps)),
    pending: true,
  }
}

/**
 * Stores a pending session on its first write: a fresh guest shopper and the row for the cookie the
 * browser already holds, keeping its CSRF token. When a row with that id exists (a concurrent first
 * write stored it, or an expired one awaits pruning), the live one is used or a new session issued.
 */
export async function storePendingSession(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock'>,
  token: string,
  userAgent: string | null = null,
): Promise<{ session: ActiveSession; newToken?: IssuedSession }> {
  const pending = pendingGuestSession(deps, token)
  const stored = await deps.db.transaction(async (tx) => {
    const shopperId = await insertGuestShopper(tx)
    const inserted = await insertSessionIfAbsent(tx, {
      idHash: pending.idHash,
      shopperId,
      userId: null,
      csrfToken: pending.csrfToken,
      expiresAt: pending.expiresAt,
      userAgent,
      lastUsedAt: deps.clock(),
    })
    if (!inserted) await deleteShopper(tx, shopperId)
    return inserted ? shopperId : undefined
  })
  if (stored) return { session: { ...pending, shopperId: stored, pending: undefined } }
  const live = await findLiveSession(deps.db, pending.idHash, deps.clock())
  if (live) return { session: live }
  const issued = await startGuestSession(deps, userAgent)
  return { session: issued, newToken: issued }
}

/**
 * The live session for a cookie value, or null. When it is more than a day into its lifetime its
 * expiry moves forward and `extended` tells the caller to re-send the cookie. Its last use is
 * written in the same UPDATE, and on its own only when five minutes old: most requests write nothing.
 */
export async function resolveSession(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock'>,
  token: string,
): Promise<{ session: ActiveSession; extended: boolean } | null> {
  const now = deps.clock()
  const session = await findLiveSession(deps.db, hashSessionToken(token), now)
  if (!session) return null
  const renewedExpiry = new Date(now.getTime() + sessionTtlMs(deps))
  const extend = renewedExpiry.getTime() - session.expiresAt.getTime() >= dayMs
  const used = now.getTime() - session.lastUsedAt.getTime() >= lastUseIntervalMs
  if (!extend && !used) return { session, extended: false }
  await touchSession(
    deps.db,
    session.idHash,
    extend ? { lastUsedAt: now, expiresAt: renewedExpiry } : { lastUsedAt: now },
  )
  return extend ? { session: { ...session, expiresAt: renewedExpiry }, extended: true } : { session, extended: false }
}
