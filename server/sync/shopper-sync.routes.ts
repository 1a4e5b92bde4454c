/**
 * Cart and wishlist sync of the signed-in or guest shopper: push mutations (search analytics events
 * ride along, see shared/sync/mutation.ts), pull the state.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { asProductId, asVariantId } from '../../shared/ids.ts'
import type { PushedMutation } from '../../shared/sync/mutation.ts'
import { pushInput } from '../../shared/sync/mutation-schema.ts'
import { withSession } from '../account/session.middleware.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { validate } from '../platform/validation.ts'
import { pullState, pushMutations } from '../shopper/shopper.service.ts'

/** Query of `GET /api/sync/pull`: answer the state when its version is above `since`. */
const pullQuery = z
  .object({
    since: z
      .string()
      .regex(/^(0|[1-9][0-9]{0,15})$/, 'must be a non-negative integer version')
      .default('0')
      .transform(Number),
  })
  .strict()

export const shopperSyncRoutes = new Hono<AppEnv>()
  .post('/push', validate('json', pushInput), withSession, async (c) =>
    c.json(await pushMutations(c.var.deps, c.var.session.shopperId, c.req.valid('json').mutations.map(asMutation))),
  )
  .get('/pull', validate('query', pullQuery), withSession, async (c) => {
    // A guest who has only read has no shopper row yet: nothing has changed for it.
    if (c.var.session.pending) return c.body(null, 204)
    const state = await pullState(c.var.deps, c.var.session.shopperId, c.req.valid('query').since)
    return state ? c.json(state) : c.body(null, 204)
  })

/** The validated wire form, with the ids branded (the schema checked they are uuids). */
function asMutation(parsed: z.infer<typeof pushInput>['mutations'][number]): PushedMutation {
  if (parsed.kind === 'search.query') return parsed
  if (parsed.kind !== 'cart.set_quantity') return { ...parsed, productId: asProductId(parsed.productId) }
  const { variantId, ...change } = parsed
  return {
    ...change,
    productId: asProductId(parsed.productId),
    ...(variantId ? { variantId: asVariantId(variantId) } : {}),
  }
}
