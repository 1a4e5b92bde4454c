/**
 * Changing the password or the email of a signed-in account (issue 18). Both ask for the current
 * password again (a session left open on a shared computer must not be enough to take the account
 * over); the routes rate-limit these attempts per account.
 */
import type {
  AccountTokenInput,
  ChangeEmailInput,
  ChangePasswordInput,
} from '../../shared/account/account-token-schema.ts'
import type { User } from '../../shared/account/user.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { findUserByEmail, updateUserPassword } from './account.repository.ts'
import {
  consumeAccountToken,
  deleteUserSessions,
  expireAccountTokens,
  findUserForEmail,
  isEmailTakenByOther,
  updateUserEmail,
} from './account-tokens.repository.ts'
import { hashAccountToken, issueAccountToken } from './account-tokens.ts'
import { assertPasswordAllowed, hashPassword, verifyPassword } from './password.ts'
import { tokenInvalid } from './password-reset.service.ts'
import type { ActiveSession } from './session.service.ts'

type Deps = Pick<AppDeps, 'db' | 'clock'>

/** Throws CURRENT_PASSWORD_WRONG naming `field` unless `password` is the account's. */
async function assertCurrentPassword(deps: Deps, user: User, password: string, field: string): Promise<void> {
  const found = await findUserByEmail(deps.db, user.email)
  if (!found || found.user.id !== user.id || !(await verifyPassword(password, found.passwordHash)))
    throw new AppError(ErrorCode.CurrentPasswordWrong, 'The current password is wrong.', [
      { path: field, message: 'is not the account’s password' },
    ])
}

function emailTaken(): AppError {
  return new AppError(ErrorCode.EmailTaken, 'Another account has this email.', [
    { path: 'json.email', message: 'belongs to another account' },
  ])
}

/**
 * Sets a new password after checking the current one; every other session of the account ends
 * (this one stays signed in), as do outstanding reset links.
 */
export async function changePassword(deps: Deps, session: ActiveSession, user: User, input: ChangePasswordInput) {
  await assertCurrentPassword(deps, user, input.currentPassword, 'json.currentPassword')
  assertPasswordAllowed(input.newPassword, 'json.newPassword')
  const passwordHash = await hashPassword(input.newPassword)
  const now = deps.clock()
  await deps.db.transaction(async (tx) => {
    await updateUserPassword(tx, user.id, passwordHash)
    await expireAccountTokens(tx, user.id, ['password_reset'], now)
    await deleteUserSessions(tx, user.id, session.idHash)
  })
}

/**
 * Starts an email change: the account keeps its address until the link sent to the new one is
 * followed (proving it); the old address gets a notice. An address another account has is refused
 * now (409) and again when the link is followed.
 */
export async function requestEmailChange(deps: Deps, user: User, input: ChangeEmailInput): Promise<void> {
  await assertCurrentPassword(deps, user, input.password, 'json.password')
  if (input.email === user.email)
    throw new AppError(ErrorCode.InvalidInput, 'This is the account’s email already.', [
      { path: 'json.email', message: 'is the current email' },
    ])
  if (await isEmailTakenByOther(deps.db, input.email, user.id)) throw emailTaken()
  const current = await findUserForEmail(deps.db, user.id)
  if (!current) throw new Error(`user ${user.id} vanished`)
  const now = deps.clock()
  await deps.db.transaction(async (tx) => {
    // Only the newest change's link works: an earlier one may name an address since given up.
    await expireAccountTokens(tx, user.id, ['change_email'], now)
    await issueAccountToken(tx, now, current, 'change_email', input.email)
  })
}

/**
 * Follows the change link: the account takes the new address, verified. When another account took
 * the address in the meantime the answer is 409 and the link stays unused (the transaction rolls back).
 */
export async function confirmEmailChange(deps: Deps, input: AccountTokenInput): Promise<void> {
  const now = deps.clock()
  try {
    await deps.db.transaction(async (tx) => {
      const token = await consumeAccountToken(tx, hashAccountToken(input.token), 'change_email', now)
      if (!token?.email) throw tokenInvalid()
      if (await isEmailTakenByOther(tx, token.email, token.userId)) throw emailTaken()
      await updateUserEmail(tx, token.userId, token.email, now)
      // Links sent to the old address (verification, reset) no longer name the account's address.
      await expireAccountTokens(tx, token.userId, ['verify_email', 'password_reset'], now)
    })
  } catch (error) {
    // Two accounts confirming the same new address at once: the unique index refuses the second.
    if (isUniqueViolation(error)) throw emailTaken()
    throw error
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error || (typeof e === 'object' && e !== null); ) {
    if ((e as { code?: unknown }).code === '23505') return true
    e = (e as { cause?: unknown }).cause
  }
  return false
}
