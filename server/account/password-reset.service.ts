/**
 * Password reset by email (issue 18). The request answers the same, in about the same time, whether
 * or not the address has an account; following the link sets a new password once, within 30
 * minutes, and signs the account out everywhere — the browser that reset it included, which then
 * signs in with the new password (decision 0031).
 */
import { setTimeout as delay } from 'node:timers/promises'
import type {
  AccountTokenInput,
  PasswordResetConfirmInput,
  PasswordResetRequestInput,
} from '../../shared/account/account-token-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { findUserByEmail, updateUserPassword } from './account.repository.ts'
import {
  consumeAccountToken,
  deleteUserSessions,
  expireAccountTokens,
  isAccountTokenUsable,
  markEmailVerified,
} from './account-tokens.repository.ts'
import { hashAccountToken, issueAccountToken, newAccountToken } from './account-tokens.ts'
import { assertPasswordAllowed, hashPassword } from './password.ts'

type Deps = Pick<AppDeps, 'db' | 'clock'>

export const tokenInvalid = () =>
  new AppError(ErrorCode.TokenInvalid, 'This link is unknown, already used or expired; ask for a new one.', [
    { path: 'json.token', message: 'is unknown, used or expired' },
  ])

/**
 * The least time a reset request takes to answer. Storing the token and its email costs a known
 * address one transaction more than an unknown one (measured 10–20 ms at the median); answering no
 * sooner than this hides that difference behind a floor both paths stay under.
 */
export const passwordResetAnswerFloorMs = 250

/**
 * Emails a reset link when the address has an account; does nothing visible otherwise. An unknown
 * address still draws a token and its hash, and both answer no sooner than the floor above.
 */
export async function requestPasswordReset(deps: Deps, input: PasswordResetRequestInput): Promise<void> {
  const floor = delay(passwordResetAnswerFloorMs)
  const found = await findUserByEmail(deps.db, input.email)
  if (!found) newAccountToken()
  else {
    const now = deps.clock()
    await deps.db.transaction(async (tx) => {
      await issueAccountToken(tx, now, found.user, 'password_reset')
    })
  }
  await floor
}

/** Whether the link still works, so the page can say so before the shopper types a password. */
export async function checkPasswordResetToken(deps: Deps, input: AccountTokenInput): Promise<void> {
  if (!(await isAccountTokenUsable(deps.db, hashAccountToken(input.token), 'password_reset', deps.clock())))
    throw tokenInvalid()
}

/**
 * Sets the new password and uses the token in one transaction (a second use, even a concurrent one,
 * finds it used), ends every session of the account and every other reset link. The policy is
 * checked first, so a refused password does not spend the link. Following the link proves the
 * address too, so it counts as verified.
 */
export async function confirmPasswordReset(deps: Deps, input: PasswordResetConfirmInput): Promise<void> {
  assertPasswordAllowed(input.password)
  const passwordHash = await hashPassword(input.password)
  const now = deps.clock()
  await deps.db.transaction(async (tx) => {
    const token = await consumeAccountToken(tx, hashAccountToken(input.token), 'password_reset', now)
    if (!token) throw tokenInvalid()
    await updateUserPassword(tx, token.userId, passwordHash)
    await expireAccountTokens(tx, token.userId, ['password_reset'], now)
    await deleteUserSessions(tx, token.userId)
    if (token.email) await markEmailVerified(tx, token.userId, token.email, now)
  })
}
