/**
 * Email verification (issue 18): sign-up sends a link; following it marks the address verified.
 * Nothing waits for it (orders are allowed before); the client shows a banner until it is done.
 */
import type { AccountTokenInput } from '../../shared/account/account-token-schema.ts'
import type { User } from '../../shared/account/user.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { consumeAccountToken, findUserForEmail, markEmailVerified } from './account-tokens.repository.ts'
import { hashAccountToken, issueAccountToken } from './account-tokens.ts'
import { tokenInvalid } from './password-reset.service.ts'

type Deps = Pick<AppDeps, 'db' | 'clock'>

/** In the sign-up's transaction: the first verification email. */
export async function sendVerificationEmail(deps: Pick<AppDeps, 'clock'>, tx: Db, user: User): Promise<void> {
  await issueAccountToken(tx, deps.clock(), user, 'verify_email')
}

/**
 * Another link for a signed-in account whose address is not verified yet; true when one was sent
 * (an account already verified gets none).
 */
export async function resendVerificationEmail(deps: Deps, user: User): Promise<boolean> {
  const current = await findUserForEmail(deps.db, user.id)
  if (!current || current.emailVerified) return false
  await deps.db.transaction(async (tx) => {
    await issueAccountToken(tx, deps.clock(), current, 'verify_email')
  })
  return true
}

/**
 * Uses a verification link. It names the address it was sent to: after an email change the old
 * address's link verifies nothing (and stays unused, the transaction rolls back).
 */
export async function verifyEmail(deps: Deps, input: AccountTokenInput): Promise<void> {
  const now = deps.clock()
  await deps.db.transaction(async (tx) => {
    const token = await consumeAccountToken(tx, hashAccountToken(input.token), 'verify_email', now)
    if (!token?.email || !(await markEmailVerified(tx, token.userId, token.email, now))) throw tokenInvalid()
  })
}
