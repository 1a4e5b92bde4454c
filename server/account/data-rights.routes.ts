/**
 * `/api/auth/me/…` of issue 18: the signed-in devices (list, sign out one, sign out the others) and
 * the data rights (download my data, delete my account). Signed-in users only; writes pass the CSRF
 * check like every other.
 */
import { Hono } from 'hono'
import { deleteCookie } from 'hono/cookie'
import { deleteAccountInput, deviceSessionParam } from '../../shared/account/data-rights.ts'
import type { User } from '../../shared/account/user.ts'
import { enforceRateLimits, type RateLimitRule } from '../platform/rate-limit.ts'
import { validate } from '../platform/validation.ts'
import { deleteAccount } from './account-deletion.service.ts'
import { exportAccountData, exportFileName } from './account-export.service.ts'
import { listDeviceSessions, signOutDevice, signOutOtherDevices } from './device-sessions.service.ts'
import { requireUser, type SessionEnv, sessionCookieName, withSession } from './session.middleware.ts'

const hour = 60 * 60_000
/** An export reads everything of the account: a few an hour are plenty for its owner. */
export const exportPerUser: RateLimitRule = { name: 'account-export', limit: 3, windowMs: hour }
/** Deleting asks for the password: as few guesses as at sign-in. */
export const deletePerUser: RateLimitRule = { name: 'account-delete', limit: 5, windowMs: 15 * 60_000 }

function signedIn(user: User | null): User {
  if (!user) throw new Error('requireUser runs before this handler')
  return user
}

export const dataRightsRoutes = new Hono<SessionEnv>()
  .use(withSession, requireUser())
  .get('/sessions', async (c) =>
    c.json(await listDeviceSessions(c.var.deps, signedIn(c.var.session.user), c.var.session)),
  )
  .post('/sessions/sign-out-others', async (c) => {
    const count = await signOutOtherDevices(c.var.deps, signedIn(c.var.session.user), c.var.session)
    return c.json({ signedOut: count })
  })
  .delete('/sessions/:id', validate('param', deviceSessionParam), async (c) => {
    await signOutDevice(c.var.deps, signedIn(c.var.session.user), c.req.valid('param').id)
    return c.body(null, 204)
  })
  .get('/export', async (c) => {
    const user = signedIn(c.var.session.user)
    await enforceRateLimits(c.var.deps.rateLimiter, [[exportPerUser, user.id]])
    const data = await exportAccountData(c.var.deps, user, c.var.session)
    c.header('Content-Disposition', `attachment; filename="${exportFileName(c.var.deps.clock())}"`)
    return c.json(data)
  })
  .delete('/', validate('json', deleteAccountInput), async (c) => {
    const user = signedIn(c.var.session.user)
    await enforceRateLimits(c.var.deps.rateLimiter, [[deletePerUser, user.id]])
    await deleteAccount(c.var.deps, user, c.req.valid('json'))
    deleteCookie(c, sessionCookieName, { path: '/' })
    return c.body(null, 204)
  })
