import { Hono } from 'hono'
import { sendCachedJson } from '../catalog/catalog-cache.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { readRates } from './markets.service.ts'

/**
 * `GET /api/markets/rates` (contract 2): what a device converts its offline catalog with. Cached as
 * the catalog's answers are, and dropped with them when a rate is set (a catalog change poke).
 */
export const marketRoutes = new Hono<AppEnv>().get('/rates', (c) =>
  sendCachedJson(c, 'market-rates', () => readRates(c.var.deps)),
)
