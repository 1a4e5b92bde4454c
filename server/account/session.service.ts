/**
 * Sessions (DESIGN §6): the cookie holds 32 random bytes, the database only their sha256, so a read
 * of the sessions table cannot be replayed as a cookie. Every browser gets one, signed in or not:
 * a guest session owns a guest shopper so its cart works before the shopper has an account.
 * Expiry slides: a session used within its lifetime is extended (at most once a day, to spare writes).
 */
import { createHash, randomBytes } from 'node:crypto'
import type { SessionInfo, User } from '../../shared/account/user.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { insertGuestShopper } from '../shopper/shopper.repository.ts'
import { extendSession, findLiveSession, insertSession } from './account.repository.ts'

const dayMs = 24 * 60 * 60_000

/** A session as the request handlers see it; `token` is the cookie value, known only when just issued. */
export type ActiveSession = {
  readonly idHash: string
  readonly shopperId: string
  readonly user: User | null
  readonly csrfToken: string
  readonly expiresAt: Date
}

export type IssuedSession = ActiveSession & { readonly token: string }

export function sessionInfo(session: ActiveSession): SessionInfo {
  return { user: session.user, csrfToken: session.csrfToken }
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export function sessionTtlMs(deps: Pick<AppDeps, 'config'>): number {
  return deps.config.sessionTtlDays * dayMs
}

/** Starts a session for `shopperId` (and `user`, when signed in) in the caller's transaction. */
export async function issueSession(
  deps: Pick<AppDeps, 'config' | 'clock'>,
  tx: Db,
  shopperId: string,
  user: User | null,
): Promise<IssuedSession> {
  const token = randomBytes(32).toString('base64url')
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
  })
  return session
}

/** A new guest: an empty shopper and its session, in one transaction. */
export async function startGuestSession(deps: Pick<AppDeps, 'db' | 'config' | 'clock'>): Promise<IssuedSession> {
  return deps.db.transaction(async (tx) => issueSession(deps, tx, await insertGuestShopper(tx), null))
}

/**
 * The live session for a cookie value, or null. When it is more than a day into its lifetime its
 * expiry moves forward and `extended` tells the caller to re-send the cookie.
 */
export async function resolveSession(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock'>,
  token: string,
): Promise<{ session: ActiveSession; extended: boolean } | null> {
  const now = deps.clock()
  const session = await findLiveSession(deps.db, hashSessionToken(token), now)
  if (!session) return null
  const renewedExpiry = new Date(now.getTime() + sessionTtlMs(deps))
  if (renewedExpiry.getTime() - session.expiresAt.getTime() < dayMs) return { session, extended: false }
  await extendSession(deps.db, session.idHash, renewedExpiry)
  return { session: { ...session, expiresAt: renewedExpiry }, extended: true }
}
