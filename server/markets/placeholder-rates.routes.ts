/**
 * PLACEHOLDER — to be replaced by mkt-server's DB-backed `GET /api/markets/rates`
 * (server/markets/markets.routes.ts on its branch). The device's market pricing (client/markets/)
 * needs the endpoint to show converted prices end to end; this answers contract 2 of issue 16 with
 * fixed demo rates, no database, so the client side can be built and tested meanwhile. When the
 * branches meet, keep the DB-backed route and delete this file and its line in server/app.ts.
 */
import { Hono } from 'hono'
import type { ExchangeRatesAnswer } from '../../shared/markets/exchange-rates-answer.ts'
import { baseCurrency } from '../../shared/markets/market-price.ts'
import type { AppEnv } from '../platform/app-env.ts'

/** The demo shop's rates (1 USD = 0.92 EUR, 0.79 GBP, 151.37 JPY), as mkt-server seeds them. */
const placeholderRates: ExchangeRatesAnswer = {
  base: baseCurrency,
  rates: { EUR: 920_000, GBP: 790_000, JPY: 151_370_000 },
  updatedAt: '2026-12-01T00:00:00.000Z',
}

export const placeholderMarketRoutes = new Hono<AppEnv>().get('/rates', (c) => c.json(placeholderRates))
