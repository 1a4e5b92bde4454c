/**
 * The admin API (`/api/admin/*`): every route here is for the admin role only — guests get 401,
 * customers 403 — because the guard is installed once for the whole sub-app, not per route.
 */
import { Hono } from 'hono'
import { searchAnalyticsQuery } from '../../shared/search/search-query.ts'
import { requireUser, type SessionEnv, withSession } from '../account/session.middleware.ts'
import { adminApiKeyRoutes } from '../api-keys/api-keys.routes.ts'
import { adminInventoryRoutes } from '../catalog/admin-inventory.routes.ts'
import { adminTranslationRoutes } from '../catalog/admin-translations.routes.ts'
import { adminDiscountRoutes } from '../discounts/admin-discounts.routes.ts'
import { adminMailboxRoutes } from '../email/mailbox.routes.ts'
import { adminExperimentRoutes, adminFlagRoutes } from '../flags/admin-flags.routes.ts'
import { adminMarketRoutes } from '../markets/admin-markets.routes.ts'
import { adminOrderActionRoutes } from '../orders/admin-order-actions.routes.ts'
import { adminOrdersRoutes } from '../orders/admin-orders.routes.ts'
import { adminRefundRoutes } from '../orders/admin-refunds.routes.ts'
import { validate } from '../platform/validation.ts'
import { adminReviewRoutes } from '../reviews/admin-reviews.routes.ts'
import { searchAnalyticsForDays } from '../search/search-analytics.service.ts'
import { adminStorefrontRoutes } from '../storefront/admin-storefront.routes.ts'
import { adminDashboardRoutes } from './admin-dashboard.routes.ts'

export const adminRoutes = new Hono<SessionEnv>()
  .use(withSession, requireUser('admin'))
  .get('/search-analytics', validate('query', searchAnalyticsQuery), async (c) =>
    c.json(await searchAnalyticsForDays(c.var.deps, c.req.valid('query'))),
  )
  .route('/orders', adminOrdersRoutes)
  .route('/orders', adminRefundRoutes)
  .route('/orders', adminOrderActionRoutes)
  .route('/api-keys', adminApiKeyRoutes)
  .route('/mailbox', adminMailboxRoutes)
  .route('/inventory', adminInventoryRoutes)
  .route('/dashboard', adminDashboardRoutes)
  .route('/storefront', adminStorefrontRoutes)
  .route('/discounts', adminDiscountRoutes)
  .route('/markets', adminMarketRoutes)
  .route('/reviews', adminReviewRoutes)
  .route('/translations', adminTranslationRoutes)
  .route('/flags', adminFlagRoutes)
  .route('/experiments', adminExperimentRoutes)
