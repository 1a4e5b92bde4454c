/** `/api/admin/markets`: exchange rates and variants' explicit market prices (the role is checked by admin.routes.ts). */
import { Hono } from 'hono'
import { z } from 'zod'
import { exchangeRatesInput, variantMarketPricesInput } from '../../shared/markets/market-prices-schema.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { validate } from '../platform/validation.ts'
import { readRates, setExchangeRates, setMarketPricesOfVariant } from './markets.service.ts'

const variantParam = z.object({ variantId: z.uuid() }).strict()

export const adminMarketRoutes = new Hono<SessionEnv>()
  .get('/rates', async (c) => c.json(await readRates(c.var.deps)))
  .put('/rates', validate('json', exchangeRatesInput), async (c) =>
    c.json(await setExchangeRates(c.var.deps, c.req.valid('json'))),
  )
  .put(
    '/variants/:variantId/prices',
    validate('param', variantParam),
    validate('json', variantMarketPricesInput),
    async (c) =>
      c.json(
        await setMarketPricesOfVariant(c.var.deps, c.req.valid('param').variantId, c.req.valid('json').marketPrices),
      ),
  )
