/** Web Push for the shopper's devices: the VAPID public key, subscribe and unsubscribe (CSRF as any write). */
import { Hono } from 'hono'
import { pushSubscriptionInput, pushUnsubscribeInput } from '../../shared/push/push-schema.ts'
import { withSession } from '../account/session.middleware.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { validate } from '../platform/validation.ts'
import { readPublicKey, subscribe, unsubscribe } from './push.service.ts'

export const pushRoutes = new Hono<AppEnv>()
  .get('/public-key', async (c) => c.json(await readPublicKey(c.var.deps)))
  .post('/subscriptions', validate('json', pushSubscriptionInput), withSession, async (c) => {
    await subscribe(c.var.deps, c.var.session, c.req.valid('json'))
    return c.body(null, 204)
  })
  .delete('/subscriptions', validate('json', pushUnsubscribeInput), withSession, async (c) => {
    await unsubscribe(c.var.deps, c.var.session, c.req.valid('json').endpoint)
    return c.body(null, 204)
  })
