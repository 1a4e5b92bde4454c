/**
 * Signing in, up and out: each answers with the new session, cached like any other (the local-data
 * layer's session.ts). The page runs these through `shopperSync.switchShopper`, which swaps the
 * stored cart and orders for the new shopper's.
 */
import type { SignInInput, SignUpInput } from '../../shared/account/account-schema.ts'
import type { SessionInfo } from '../../shared/account/user.ts'
import type { LocalDb } from '../local-data/local-db.ts'
import { parseSessionInfo } from '../local-data/parse-shopper-answers.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { storeSession } from '../local-data/session-cache.ts'
import { postJson } from '../platform/api-client.ts'

export function signIn(db: LocalDb, input: SignInInput): Promise<SessionInfo> {
  return authenticate(db, '/api/auth/sign-in', input)
}

export function signUp(db: LocalDb, input: SignUpInput): Promise<SessionInfo> {
  return authenticate(db, '/api/auth/sign-up', input)
}

/** Ends the account session; the server answers with a fresh guest session (an empty cart). */
export function signOut(db: LocalDb): Promise<SessionInfo> {
  return authenticate(db, '/api/auth/sign-out', {})
}

async function authenticate(db: LocalDb, path: string, input: object): Promise<SessionInfo> {
  const session = await withCsrfToken(db, (token) => postJson(path, input, token, parseSessionInfo))
  await storeSession(db, session)
  return session
}
