/**
 * `/api/auth/me/consent` (issue 17 §3): the signed-in shopper's analytics consent, stored on the
 * account as well as on the device, so another device can start from it. A PUT that grants consent
 * and names the device's anonymous id joins that device to the account for cross-device funnels.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import type { User } from '../../shared/account/user.ts'
import { analyticsConsentSchema } from '../../shared/analytics/analytics-consent-schema.ts'
import { requireUser, type SessionEnv, withSession } from '../account/session.middleware.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { validate } from '../platform/validation.ts'
import { readConsent, saveConsent } from './analytics-consent.service.ts'

export const consentInput = z.object({ consent: analyticsConsentSchema, anonymousId: z.uuid().optional() }).strict()

function userOf(c: { var: SessionEnv['Variables'] }): User {
  const { user } = c.var.session
  if (!user) throw new Error('requireUser runs before this handler')
  return user
}

export const analyticsConsentRoutes = new Hono<AppEnv>()
  .use(withSession, requireUser())
  .get('/', async (c) => c.json({ consent: await readConsent(c.var.deps, userOf(c).id) }))
  .put('/', validate('json', consentInput), async (c) =>
    c.json({ consent: await saveConsent(c.var.deps, userOf(c).id, c.req.valid('json')) }),
  )
