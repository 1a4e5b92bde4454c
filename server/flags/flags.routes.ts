/**
 * `/api/flags`: the shopper's evaluated flags and experiment assignments, and the exposures a
 * device reports when it renders a variant (README "Feature flags").
 */

import { Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import { fnv1a32 } from '../../shared/experiments/bucketing.ts'
import { deviceTypeOfUserAgent } from '../../shared/experiments/device-type.ts'
import { exposureInput, flagsQuery } from '../../shared/experiments/flag-api.ts'
import { isLocale, localeCookieName, negotiateLocale } from '../../shared/i18n/locales.ts'
import { isMarketId, markets, suggestedMarket } from '../../shared/markets/market.ts'
import { marketCookieName } from '../../shared/markets/market-choice.ts'
import { type OptionalSessionEnv, withOptionalSession } from '../account/session.middleware.ts'
import { validate } from '../platform/validation.ts'
import { evaluateFlagsFor, recordExposure } from './flags.service.ts'

export const flagRoutes = new Hono<OptionalSessionEnv>()
  .get('/', validate('query', flagsQuery), withOptionalSession, async (c) => {
    const query = c.req.valid('query')
    const localeCookie = getCookie(c, localeCookieName)
    const locale =
      query.locale ?? (isLocale(localeCookie) ? localeCookie : negotiateLocale(c.req.header('accept-language')))
    const marketCookie = getCookie(c, marketCookieName)
    const market = query.market ?? (isMarketId(marketCookie) ? marketCookie : suggestedMarket(locale).id)
    const answer = await evaluateFlagsFor(
      c.var.deps,
      {
        anonymousId: query.anonymousId,
        market: markets[market].id,
        ...(query.country ? { country: query.country.toUpperCase() } : {}),
        locale,
        deviceType: deviceTypeOfUserAgent(c.req.header('user-agent')),
      },
      c.var.session,
    )
    const body = JSON.stringify(answer)
    const etag = `"f${fnv1a32(body).toString(36)}"`
    // Per shopper: a shared cache must not keep it, the device revalidates with the ETag.
    c.header('Cache-Control', 'private, no-cache')
    c.header('Vary', 'Cookie, Accept-Language, User-Agent')
    c.header('ETag', etag)
    if (c.req.header('if-none-match') === etag) return c.body(null, 304)
    return c.body(body, 200, { 'Content-Type': 'application/json' })
  })
  .post('/exposures', validate('json', exposureInput), withOptionalSession, async (c) => {
    const { recorded } = await recordExposure(c.var.deps, c.req.valid('json'), c.var.session)
    return c.json({ recorded }, recorded ? 201 : 200)
  })
