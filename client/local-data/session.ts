/**
 * Who this browser is. Every browser has a session (the server makes a guest one on first contact,
 * so a guest's cart has an owner); the last `SessionInfo` is cached in Dexie so the account shows
 * offline and the service worker can read the CSRF token it must send with a push. Runs in the page
 * and in the service worker (no DOM). Signing in, up and out is the account's (client/account/session-calls.ts).
 */
import type { SessionInfo } from '../../shared/account/user.ts'
import { ApiError, getJson } from '../platform/api-client.ts'
import type { LocalDb } from './local-db.ts'
import { parseSessionInfo } from './parse-shopper-answers.ts'
import { readSession, storeSession } from './session-cache.ts'

export const sessionPath = '/api/auth/session'

/** Ask the server who we are (creating a guest session if the cookie is missing) and cache it. */
export async function fetchSession(db: LocalDb): Promise<SessionInfo> {
  const session = await getJson(sessionPath, parseSessionInfo)
  await storeSession(db, session)
  return session
}

/**
 * Run a cookie-authenticated write with the cached CSRF token. The token goes stale when another
 * tab signs in or out or the session expires: then the server answers 403 CSRF_FAILED (or 401), and
 * the write is retried once with a freshly fetched session.
 */
export async function withCsrfToken<T>(db: LocalDb, write: (csrfToken: string) => Promise<T>): Promise<T> {
  const cached = await readSession(db)
  const token = cached?.csrfToken ?? (await fetchSession(db)).csrfToken
  try {
    return await write(token)
  } catch (error) {
    if (!isStaleSessionError(error)) throw error
    return write((await fetchSession(db)).csrfToken)
  }
}

export function isStaleSessionError(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'CSRF_FAILED' || error.code === 'UNAUTHENTICATED')
}
