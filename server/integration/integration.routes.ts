/**
 * The integration API, `/api/v1` (decision 0009): API keys only — mounted in app.ts outside the
 * cookie-authenticated /api app, so no session is read and no CSRF token is asked for. Each route
 * names the scope it needs (api-keys/api-key-guard.ts).
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  orderExportQuery,
  productExportQuery,
  productImportInput,
  productPutInput,
  stockSetInput,
} from '../../shared/api-keys/integration-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { type ApiKeyEnv, type ApiKeyGuardOptions, requireApiKey } from '../api-keys/api-key-guard.ts'
import { AppError } from '../platform/http-errors.ts'
import { validate } from '../platform/validation.ts'
import { exportOrders, exportProducts, importProducts, putProduct, setStock } from './integration.service.ts'

/** A batch of 500 products with long descriptions passes; the /api default (64 kB) would not. */
export const integrationBodyMaxBytes = 4 * 1024 * 1024

const productIdParam = z.object({ id: z.uuid('must be a UUID') }).strict()

export function createIntegrationRoutes(options: ApiKeyGuardOptions = {}) {
  const guard = (scope: Parameters<typeof requireApiKey>[0]) => requireApiKey(scope, options)
  return (
    new Hono<ApiKeyEnv>()
      .get('/orders', guard('orders:read'), validate('query', orderExportQuery), async (c) =>
        c.json(await exportOrders(c.var.deps, c.req.valid('query'))),
      )
      .get('/products', guard('catalog:read'), validate('query', productExportQuery), async (c) =>
        c.json(await exportProducts(c.var.deps, c.req.valid('query'))),
      )
      // Google's custom-method style (`collection:verb`): Hono reads a colon inside a segment literally.
      .post('/products:import', guard('catalog:write'), validate('json', productImportInput), async (c) =>
        c.json(await importProducts(c.var.deps, c.req.valid('json').items)),
      )
      .post('/stock:set', guard('catalog:write'), validate('json', stockSetInput), async (c) =>
        c.json(await setStock(c.var.deps, c.req.valid('json').items)),
      )
      .put(
        '/products/:id',
        guard('catalog:write'),
        validate('param', productIdParam),
        validate('json', productPutInput),
        async (c) => {
          const result = await putProduct(c.var.deps, c.req.valid('param').id, c.req.valid('json'))
          return c.json(result, result.outcome === 'created' ? 201 : 200)
        },
      )
      // Unknown paths are a problem+json 404, never the SPA shell.
      .all('*', () => {
        throw new AppError(ErrorCode.NotFound, 'No such route in the integration API.')
      })
  )
}

export const integrationRoutes = createIntegrationRoutes()
