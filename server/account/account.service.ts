/**
 * Sign-up, sign-in and sign-out. Each answers with a brand-new session (a new id and CSRF token, so
 * a session id planted before sign-in is worthless after it) and carries the guest's cart and
 * wishlist into the account: adopted whole on sign-up, merged per item on sign-in.
 */
import { randomBytes } from 'node:crypto'
import type { AccountLocaleInput, SignInInput, SignUpInput } from '../../shared/account/account-schema.ts'
import type { User } from '../../shared/account/user.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { type Poke, publishPokes } from '../events/event-publisher.ts'
import { moveGuestOrders } from '../orders/orders.repository.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { AppError } from '../platform/http-errors.ts'
import {
  adoptGuestShopper,
  deleteShopper,
  ensureAccountShopper,
  insertGuestShopper,
} from '../shopper/shopper.repository.ts'
import { mergeGuestIntoAccount, touchShopper } from '../shopper/shopper.service.ts'
import {
  deleteSession,
  findUserByEmail,
  hasAdmin,
  insertUser,
  updateUserLocale,
  updateUserPassword,
  updateUserRole,
} from './account.repository.ts'
import { markEmailVerified } from './account-tokens.repository.ts'
import { sendVerificationEmail } from './email-verification.service.ts'
import { assertPasswordAllowed, hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password.ts'
import { type ActiveSession, type IssuedSession, issueSession } from './session.service.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'config' | 'clock'>

export async function signUp(deps: Deps, current: ActiveSession, input: SignUpInput): Promise<IssuedSession> {
  assertPasswordAllowed(input.password)
  const passwordHash = await hashPassword(input.password)
  return deps.db.transaction(async (tx) => {
    const user = await insertUser(tx, { email: input.email, name: input.name, role: 'customer', passwordHash })
    if (!user) throw new AppError(ErrorCode.EmailTaken, 'An account with this email exists; sign in instead.')
    await sendVerificationEmail(deps, tx, user)
    // A guest's shopper simply becomes the account's: its cart, wishlist, mutation ids and events stay.
    const adopted = !current.user && (await adoptGuestShopper(tx, current.shopperId, user.id))
    const shopperId = adopted ? current.shopperId : await ensureAccountShopper(tx, user.id)
    return rotate(deps, tx, current, shopperId, user)
  })
}

export async function signIn(deps: Deps, current: ActiveSession, input: SignInInput): Promise<IssuedSession> {
  const found = await findUserByEmail(deps.db, input.email)
  const valid = found
    ? await verifyPassword(input.password, found.passwordHash)
    : await verifyAgainstDummy(input.password)
  if (!found || !valid) throw new AppError(ErrorCode.InvalidCredentials, 'Wrong email or password.')
  if (needsRehash(found.passwordHash))
    await updateUserPassword(deps.db, found.user.id, await hashPassword(input.password))
  const { user } = found
  const { session, pokes } = await deps.db.transaction(async (tx) => {
    const accountId = await ensureAccountShopper(tx, user.id)
    let pokes: Poke[] = []
    const fromGuest = current.user === null && current.shopperId !== accountId
    // The account's version always moves on, so the browser pulls it whatever cursor it held before.
    if (fromGuest) pokes = await mergeGuestIntoAccount(tx, current.shopperId, accountId)
    else await touchShopper(tx, accountId)
    const session = await rotate(deps, tx, current, accountId, user)
    if (fromGuest) {
      await moveGuestOrders(tx, current.shopperId, accountId, user.id)
      await deleteShopper(tx, current.shopperId)
    }
    return { session, pokes }
  })
  await publishPokes(deps, pokes)
  return session
}

/** Ends the session and starts a fresh guest one (empty cart) for the same browser. */
export async function signOut(deps: Deps, current: ActiveSession): Promise<IssuedSession> {
  return deps.db.transaction(async (tx) => rotate(deps, tx, current, await insertGuestShopper(tx), null))
}

/**
 * Keeps the language the shopper picked on the account, so their other devices start in it. The
 * session stays as it is: the next request reads the user, locale included, afresh.
 */
export async function setAccountLocale(
  deps: Pick<AppDeps, 'db'>,
  user: User,
  input: AccountLocaleInput,
): Promise<User> {
  await updateUserLocale(deps.db, user.id, input.locale)
  return { ...user, locale: input.locale }
}

async function rotate(deps: Deps, tx: Db, current: ActiveSession, shopperId: string, user: User | null) {
  await deleteSession(tx, current.idHash)
  return issueSession(deps, tx, shopperId, user, current.userAgent ?? null)
}

/**
 * Makes sure an admin can sign in, at boot. With ADMIN_PASSWORD the ADMIN_EMAIL account exists, is
 * an admin and has that password (so the env can also reset it). Without it, when no admin exists,
 * one is created with a generated password that is returned — for main.ts to print once; the hash
 * is all that is kept. Safe when several instances boot at once: only one insert wins.
 */
export async function ensureAdmin(
  deps: Pick<AppDeps, 'db' | 'config' | 'logger'>,
): Promise<{ generatedPassword?: string }> {
  const { email, password } = deps.config.admin
  if (password) {
    const existing = await findUserByEmail(deps.db, email)
    if (!existing) {
      const admin = await insertUser(deps.db, {
        email,
        name: 'Administrator',
        role: 'admin',
        passwordHash: await hashPassword(password),
      })
      if (admin) await markAdminVerified(deps, admin)
      return {}
    }
    await markAdminVerified(deps, existing.user)
    if (existing.user.role !== 'admin') await updateUserRole(deps.db, existing.user.id, 'admin')
    if (!(await verifyPassword(password, existing.passwordHash)))
      await updateUserPassword(deps.db, existing.user.id, await hashPassword(password))
    return {}
  }
  if (await hasAdmin(deps.db)) return {}
  const generated = randomBytes(18).toString('base64url')
  const user = await insertUser(deps.db, {
    email,
    name: 'Administrator',
    role: 'admin',
    passwordHash: await hashPassword(generated),
  })
  if (!user) {
    deps.logger.warn({ email }, 'ADMIN_EMAIL belongs to a customer account; set ADMIN_PASSWORD to make it the admin')
    return {}
  }
  await markAdminVerified(deps, user)
  return { generatedPassword: generated }
}

/** The operator named ADMIN_EMAIL in the env: that address counts as verified (decision 0031). */
async function markAdminVerified(deps: Pick<AppDeps, 'db'>, admin: User): Promise<void> {
  await markEmailVerified(deps.db, admin.id, admin.email, new Date())
}
