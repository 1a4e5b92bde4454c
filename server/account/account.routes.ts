import { type Context, Hono } from 'hono'
import { accountLocaleInput, signInInput, signUpInput } from '../../shared/account/account-schema.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { clientIp } from '../platform/client-ip.ts'
import { enforceRateLimits, type RateLimitRule } from '../platform/rate-limit.ts'
import { validate } from '../platform/validation.ts'
import { setAccountLocale, signIn, signOut, signUp } from './account.service.ts'
import { accountTokenRoutes } from './account-tokens.routes.ts'
import { dataRightsRoutes } from './data-rights.routes.ts'
import { requireUser, type SessionEnv, setSessionCookie, withSession } from './session.middleware.ts'
import { type IssuedSession, sessionInfo } from './session.service.ts'

const minute = 60_000
export const signInPerIp: RateLimitRule = { name: 'sign-in-ip', limit: 10, windowMs: minute }
export const signInPerIpAndEmail: RateLimitRule = { name: 'sign-in-ip-email', limit: 5, windowMs: minute }
export const signUpPerIp: RateLimitRule = { name: 'sign-up-ip', limit: 5, windowMs: minute }

export const authRoutes = new Hono<AppEnv>()
  .get('/session', withSession, (c) => c.json(sessionInfo(c.var.session)))
  .post('/sign-up', validate('json', signUpInput), withSession, async (c) => {
    await enforceRateLimits(c.var.deps.rateLimiter, [[signUpPerIp, clientIp(c, c.var.deps.config.trustProxy)]])
    const session = await signUp(c.var.deps, c.var.session, c.req.valid('json'))
    return c.json(answer(c, session), 201)
  })
  .post('/sign-in', validate('json', signInInput), withSession, async (c) => {
    const input = c.req.valid('json')
    const ip = clientIp(c, c.var.deps.config.trustProxy)
    await enforceRateLimits(c.var.deps.rateLimiter, [
      [signInPerIp, ip],
      [signInPerIpAndEmail, `${ip}|${input.email}`],
    ])
    return c.json(answer(c, await signIn(c.var.deps, c.var.session, input)))
  })
  .post('/sign-out', withSession, async (c) => c.json(answer(c, await signOut(c.var.deps, c.var.session))))
  // The signed-in shopper's language (decision 0027); answers the session as `/session` would now.
  .put('/me/locale', withSession, requireUser(), validate('json', accountLocaleInput), async (c) => {
    const { session } = c.var
    const user = session.user
    if (!user) throw new Error('requireUser runs before this handler')
    const updated = await setAccountLocale(c.var.deps, user, c.req.valid('json'))
    return c.json(sessionInfo({ ...session, user: updated }))
  })
  // Signed-in devices and data rights (issue 18).
  .route('/me', dataRightsRoutes)
  // Password reset, email verification and credential changes (account-tokens.routes.ts).
  .route('/', accountTokenRoutes)

/** Sends the new session's cookie and answers with what the client may know of it. */
function answer(c: Context<SessionEnv>, session: IssuedSession) {
  setSessionCookie(c, c.var.deps, session.token, session)
  return sessionInfo(session)
}
