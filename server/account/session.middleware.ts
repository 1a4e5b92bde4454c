/**
 * Session and CSRF middleware for /api. `csrfProtection` runs on every API request; `withSession`
 * on the routes that need a shopper — it resolves the cookie's session or starts a guest one.
 */
import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { Role } from '../../shared/account/user.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { guestSessionChannel } from '../events/shopper-event.ts'
import type { AppDeps, AppEnv } from '../platform/app-env.ts'
import { csrfHeader, hasSameOriginProvenance, isSafeMethod, tokensMatch } from '../platform/csrf.ts'
import { AppError } from '../platform/http-errors.ts'
import {
  type ActiveSession,
  guestToken,
  type IssuedSession,
  isSessionToken,
  pendingGuestSession,
  resolveSession,
  storePendingSession,
  userAgentOf,
} from './session.service.ts'

export const sessionCookieName = 'sf_session'

export type SessionEnv = AppEnv & { Variables: { session: ActiveSession } }

// One lookup per request, shared by csrfProtection and withSession.
const resolved = new WeakMap<Request, Promise<ActiveSession | null>>()
const guestTokens = new WeakMap<Request, Promise<string>>()

/** `guestToken` once per request: the CSRF check and withSession both ask on a guest's first write. */
function guestTokenOfRequest(c: Context, deps: AppDeps, cookie: string | undefined): Promise<string> {
  let lookup = guestTokens.get(c.req.raw)
  if (!lookup) {
    lookup = guestToken(deps, cookie)
    guestTokens.set(c.req.raw, lookup)
  }
  return lookup
}

function sessionOfRequest(c: Context, deps: AppDeps): Promise<ActiveSession | null> {
  let lookup = resolved.get(c.req.raw)
  if (!lookup) {
    const token = getCookie(c, sessionCookieName)
    lookup = token
      ? resolveSession(deps, token).then((found) => {
          if (found?.extended) setSessionCookie(c, deps, token, found.session)
          return found?.session ?? null
        })
      : Promise.resolve(null)
    resolved.set(c.req.raw, lookup)
  }
  return lookup
}

/**
 * Refuses a write that a browser says came from another site, and a write made with a live session
 * cookie whose CSRF token does not match — also a pending guest session's, which has no row yet but
 * a token derived from its cookie. A write without a cookie carries no ambient authority to abuse:
 * it gets (at most) a new guest session of its own.
 */
export const csrfProtection = createMiddleware<AppEnv>(async (c, next) => {
  if (isSafeMethod(c.req.method)) return next()
  if (!hasSameOriginProvenance(c)) throw new AppError(ErrorCode.CsrfFailed, 'Cross-site request refused.')
  const session = await sessionOfRequest(c, c.var.deps)
  // A cookie without any row is a pending guest session, whose token is derived from it; an expired
  // session's cookie carries no authority (the write gets a new guest session).
  const cookie = getCookie(c, sessionCookieName)
  const pending =
    !session && isSessionToken(cookie) && (await guestTokenOfRequest(c, c.var.deps, cookie)) === cookie
      ? pendingGuestSession(c.var.deps, cookie)
      : null
  const expected = session ?? pending
  if (expected && !tokensMatch(c.req.header(csrfHeader), expected.csrfToken))
    throw new AppError(ErrorCode.CsrfFailed, `Missing or wrong ${csrfHeader} header.`)
  await next()
})

/**
 * Puts the request's session in `c.var.session`, starting a guest session (and cookie) if there is
 * none. A read gets a pending guest session: a cookie and a CSRF token but no row, so cookie-less
 * crawlers and scripts cost nothing (issue 18). The first write stores it under the same cookie.
 */
export const withSession = createMiddleware<SessionEnv>(async (c, next) => {
  const { deps } = c.var
  let session = await sessionOfRequest(c, deps)
  if (!session) {
    const cookie = getCookie(c, sessionCookieName)
    const token = await guestTokenOfRequest(c, deps, cookie)
    if (isSafeMethod(c.req.method)) {
      session = pendingGuestSession(deps, token)
      if (token !== cookie) setSessionCookie(c, deps, token, session)
    } else {
      const stored = await storePendingSession(deps, token, userAgentOf(c.req.header('user-agent')))
      // The guest's open event streams listen on the nil shopper until told (events.routes.ts).
      if (!stored.newToken) pokeGuestStreams(deps, stored.session.idHash)
      const issued = stored.newToken ?? (token !== cookie ? { ...stored.session, token } : undefined)
      if (issued) setSessionCookie(c, deps, issued.token, issued)
      session = stored.session
    }
  }
  // Sign-in, sign-up and sign-out issue their new session with this request's browser.
  c.set('session', { ...session, userAgent: userAgentOf(c.req.header('user-agent')) })
  c.header('Cache-Control', 'no-store')
  await next()
})

/** Best effort: a lost poke only delays the move until the stream's next heartbeat. */
function pokeGuestStreams(deps: AppDeps, sessionIdHash: string): void {
  deps.bus.publish(guestSessionChannel(sessionIdHash), '{}').catch((error: unknown) => {
    deps.logger.warn({ err: error }, 'could not poke the event streams of a stored guest session')
  })
}

export type OptionalSessionEnv = AppEnv & { Variables: { session: ActiveSession | null } }

/**
 * Puts the request's session in `c.var.session` when the browser has one, and starts none: for reads
 * that only differ for a signed-in shopper (their own review), so a guest's read writes nothing.
 */
export const withOptionalSession = createMiddleware<OptionalSessionEnv>(async (c, next) => {
  c.set('session', await sessionOfRequest(c, c.var.deps))
  await next()
})

/** After withSession: refuses guests (401) and, with `role`, accounts without it (403). */
export function requireUser(role?: Role) {
  return createMiddleware<SessionEnv>(async (c, next) => {
    const { user } = c.var.session
    if (!user) throw new AppError(ErrorCode.Unauthenticated, 'Sign in first.')
    if (role && user.role !== role) throw new AppError(ErrorCode.Forbidden, `Only for the ${role} role.`)
    await next()
  })
}

export function setSessionCookie(
  c: Context,
  deps: Pick<AppDeps, 'config' | 'clock'>,
  token: string,
  session: Pick<IssuedSession, 'expiresAt'>,
): void {
  setCookie(c, sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: deps.config.nodeEnv === 'production',
    expires: session.expiresAt,
    maxAge: Math.max(0, Math.floor((session.expiresAt.getTime() - deps.clock().getTime()) / 1000)),
  })
}
