/**
 * `/api/auth/me/addresses`: the signed-in shopper's address book (guests get 401; writes carry the
 * CSRF token like every other write). Writes answer the list after the change, DELETE a 204. Another account's address id answers 404, as a missing one.
 */
import { Hono } from 'hono'
import {
  savedAddressIdParam,
  savedAddressInput,
  setDefaultAddressInput,
} from '../../shared/account/saved-address-schema.ts'
import type { User } from '../../shared/account/user.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { validate } from '../platform/validation.ts'
import {
  addSavedAddress,
  changeSavedAddress,
  makeDefaultAddress,
  readAddressBook,
  removeSavedAddress,
} from './saved-addresses.service.ts'
import { requireUser, type SessionEnv, withSession } from './session.middleware.ts'

function userOf(c: { var: SessionEnv['Variables'] }): User {
  const { user } = c.var.session
  if (!user) throw new Error('requireUser runs before this handler')
  return user
}

export const savedAddressRoutes = new Hono<AppEnv>()
  .use(withSession, requireUser())
  .get('/', async (c) => c.json(await readAddressBook(c.var.deps, userOf(c).id)))
  .post('/', validate('json', savedAddressInput), async (c) =>
    c.json(await addSavedAddress(c.var.deps, userOf(c).id, c.req.valid('json')), 201),
  )
  .put('/:id', validate('param', savedAddressIdParam), validate('json', savedAddressInput), async (c) =>
    c.json(await changeSavedAddress(c.var.deps, userOf(c).id, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/:id', validate('param', savedAddressIdParam), async (c) => {
    await removeSavedAddress(c.var.deps, userOf(c).id, c.req.valid('param').id)
    return c.body(null, 204)
  })
  .put('/:id/default', validate('param', savedAddressIdParam), validate('json', setDefaultAddressInput), async (c) =>
    c.json(await makeDefaultAddress(c.var.deps, userOf(c).id, c.req.valid('param').id, c.req.valid('json').kind)),
  )
