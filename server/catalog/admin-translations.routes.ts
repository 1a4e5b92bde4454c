/** `/api/admin/translations`: the catalog's texts in the other languages (the role is checked by server/admin/admin.routes.ts). */
import { Hono } from 'hono'
import {
  categoryTranslationsPatch,
  productTranslationsPatch,
  translationIdParam,
  translationListQuery,
} from '../../shared/catalog/translation-schema.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { validate } from '../platform/validation.ts'
import {
  getCategoryTranslations,
  getProductTranslations,
  listCategoryTranslations,
  listProductTranslations,
  patchCategoryTranslations,
  patchProductTranslations,
  translationSummary,
} from './admin-translations.service.ts'

export const adminTranslationRoutes = new Hono<SessionEnv>()
  .get('/summary', async (c) => c.json(await translationSummary(c.var.deps)))
  .get('/products', validate('query', translationListQuery), async (c) =>
    c.json(await listProductTranslations(c.var.deps, c.req.valid('query'))),
  )
  .get('/products/:id', validate('param', translationIdParam), async (c) =>
    c.json(await getProductTranslations(c.var.deps, c.req.valid('param').id)),
  )
  .patch(
    '/products/:id',
    validate('param', translationIdParam),
    validate('json', productTranslationsPatch),
    async (c) => c.json(await patchProductTranslations(c.var.deps, c.req.valid('param').id, c.req.valid('json'))),
  )
  .get('/categories', async (c) => c.json(await listCategoryTranslations(c.var.deps)))
  .get('/categories/:id', validate('param', translationIdParam), async (c) =>
    c.json(await getCategoryTranslations(c.var.deps, c.req.valid('param').id)),
  )
  .patch(
    '/categories/:id',
    validate('param', translationIdParam),
    validate('json', categoryTranslationsPatch),
    async (c) => c.json(await patchCategoryTranslations(c.var.deps, c.req.valid('param').id, c.req.valid('json'))),
  )
