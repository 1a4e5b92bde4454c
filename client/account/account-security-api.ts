/**
 * The client's calls for the emailed account links and credential changes (issue 18; server routes
 * in server/account/account-tokens.routes.ts). Each write carries the session's CSRF token.
 */
import type { ChangeEmailInput, ChangePasswordInput } from '../../shared/account/account-token-schema.ts'
import type { SessionInfo } from '../../shared/account/user.ts'
import type { LocalDb } from '../local-data/local-db.ts'
import { parseSessionInfo } from '../local-data/parse-shopper-answers.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { storeSession } from '../local-data/session-cache.ts'
import { postJson, putJson } from '../platform/api-client.ts'

const nothing = () => undefined

/** Answered alike whether or not the address has an account. */
export function requestPasswordReset(db: LocalDb, email: string): Promise<void> {
  return withCsrfToken(db, (csrf) => postJson('/api/auth/password-reset', { email }, csrf, nothing))
}

/** Resolves when the reset link still works; rejects with TOKEN_INVALID when used, expired or unknown. */
export function checkPasswordResetToken(db: LocalDb, token: string): Promise<void> {
  return withCsrfToken(db, (csrf) => postJson('/api/auth/password-reset/check', { token }, csrf, nothing))
}

/** Sets the new password; the account is then signed out everywhere (this browser included). */
export function confirmPasswordReset(db: LocalDb, token: string, password: string): Promise<void> {
  return withCsrfToken(db, (csrf) => postJson('/api/auth/password-reset/confirm', { token, password }, csrf, nothing))
}

export function verifyEmail(db: LocalDb, token: string): Promise<void> {
  return withCsrfToken(db, (csrf) => postJson('/api/auth/verify-email', { token }, csrf, nothing))
}

export function resendVerificationEmail(db: LocalDb): Promise<void> {
  return withCsrfToken(db, (csrf) => postJson('/api/auth/verify-email/resend', {}, csrf, nothing))
}

export function confirmEmailChange(db: LocalDb, token: string): Promise<void> {
  return withCsrfToken(db, (csrf) => postJson('/api/auth/email-change/confirm', { token }, csrf, nothing))
}

/** Keeps this session signed in (the others end) and caches its answer. */
export async function changePassword(db: LocalDb, input: ChangePasswordInput): Promise<SessionInfo> {
  const session = await withCsrfToken(db, (csrf) => putJson('/api/auth/me/password', input, csrf, parseSessionInfo))
  await storeSession(db, session)
  return session
}

/** Sends the confirmation link to the new address; the account's address changes when it is followed. */
export function requestEmailChange(db: LocalDb, input: ChangeEmailInput): Promise<void> {
  return withCsrfToken(db, (csrf) => putJson('/api/auth/me/email', input, csrf, nothing))
}

/** The token an emailed link carries in its fragment (`#token=…`), never sent to a server by the browser. */
export function tokenOfHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')
  return token || undefined
}
