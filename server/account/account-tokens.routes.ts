/**
 * `/api/auth` routes of the emailed links and credential changes (issue 18, decision 0031), mounted
 * by account.routes.ts. Every write needs the CSRF header like any other; the link-following ones
 * need no session (the link may be opened on another device).
 */
import { Hono } from 'hono'
import {
  accountTokenInput,
  changeEmailInput,
  changePasswordInput,
  passwordResetConfirmInput,
  passwordResetRequestInput,
} from '../../shared/account/account-token-schema.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { clientIp } from '../platform/client-ip.ts'
import { enforceRateLimits, type RateLimitRule } from '../platform/rate-limit.ts'
import { validate } from '../platform/validation.ts'
import { changePassword, confirmEmailChange, requestEmailChange } from './credentials.service.ts'
import { resendVerificationEmail, verifyEmail } from './email-verification.service.ts'
import { checkPasswordResetToken, confirmPasswordReset, requestPasswordReset } from './password-reset.service.ts'
import { requireUser, withSession } from './session.middleware.ts'
import { sessionInfo } from './session.service.ts'

const minute = 60_000
export const passwordResetPerIp: RateLimitRule = { name: 'password-reset-ip', limit: 5, windowMs: minute }
/** Counted whether or not the address has an account, so a 429 tells nothing either. */
export const passwordResetPerEmail: RateLimitRule = { name: 'password-reset-email', limit: 3, windowMs: 15 * minute }
/** Guessing tokens is hopeless (256 bits), but each try costs a lookup: bounded like sign-in. */
export const accountLinkPerIp: RateLimitRule = { name: 'account-link-ip', limit: 20, windowMs: minute }
export const verificationResendPerUser: RateLimitRule = { name: 'verify-resend-user', limit: 3, windowMs: 15 * minute }
/** Re-authentication (password and email changes) per account, so a left-open session cannot guess on. */
export const reauthPerUser: RateLimitRule = { name: 'reauth-user', limit: 5, windowMs: 15 * minute }

export const accountTokenRoutes = new Hono<AppEnv>()
  .post('/password-reset', validate('json', passwordResetRequestInput), async (c) => {
    const input = c.req.valid('json')
    await enforceRateLimits(c.var.deps.rateLimiter, [
      [passwordResetPerIp, clientIp(c, c.var.deps.config.trustProxy)],
      [passwordResetPerEmail, input.email],
    ])
    await requestPasswordReset(c.var.deps, input)
    return c.json({ accepted: true }, 202)
  })
  .post('/password-reset/check', validate('json', accountTokenInput), async (c) => {
    await enforceRateLimits(c.var.deps.rateLimiter, [[accountLinkPerIp, clientIp(c, c.var.deps.config.trustProxy)]])
    await checkPasswordResetToken(c.var.deps, c.req.valid('json'))
    return c.body(null, 204)
  })
  .post('/password-reset/confirm', validate('json', passwordResetConfirmInput), async (c) => {
    await enforceRateLimits(c.var.deps.rateLimiter, [[accountLinkPerIp, clientIp(c, c.var.deps.config.trustProxy)]])
    await confirmPasswordReset(c.var.deps, c.req.valid('json'))
    return c.body(null, 204)
  })
  .post('/verify-email', validate('json', accountTokenInput), async (c) => {
    await enforceRateLimits(c.var.deps.rateLimiter, [[accountLinkPerIp, clientIp(c, c.var.deps.config.trustProxy)]])
    await verifyEmail(c.var.deps, c.req.valid('json'))
    return c.body(null, 204)
  })
  .post('/verify-email/resend', withSession, requireUser(), async (c) => {
    const user = signedIn(c.var.session.user)
    await enforceRateLimits(c.var.deps.rateLimiter, [[verificationResendPerUser, user.id]])
    const sent = await resendVerificationEmail(c.var.deps, user)
    return c.json({ sent }, 202)
  })
  .post('/email-change/confirm', validate('json', accountTokenInput), async (c) => {
    await enforceRateLimits(c.var.deps.rateLimiter, [[accountLinkPerIp, clientIp(c, c.var.deps.config.trustProxy)]])
    await confirmEmailChange(c.var.deps, c.req.valid('json'))
    return c.body(null, 204)
  })
  .put('/me/password', withSession, requireUser(), validate('json', changePasswordInput), async (c) => {
    const { session } = c.var
    const user = signedIn(session.user)
    await enforceRateLimits(c.var.deps.rateLimiter, [[reauthPerUser, user.id]])
    await changePassword(c.var.deps, session, user, c.req.valid('json'))
    return c.json(sessionInfo(session))
  })
  .put('/me/email', withSession, requireUser(), validate('json', changeEmailInput), async (c) => {
    const user = signedIn(c.var.session.user)
    await enforceRateLimits(c.var.deps.rateLimiter, [[reauthPerUser, user.id]])
    await requestEmailChange(c.var.deps, user, c.req.valid('json'))
    return c.json({ pendingEmail: c.req.valid('json').email }, 202)
  })

function signedIn<T>(user: T | null): T {
  if (!user) throw new Error('requireUser runs before this handler')
  return user
}
