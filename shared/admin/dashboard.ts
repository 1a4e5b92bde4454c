/**
 * Wire shape of the admin's live dashboard (`GET /api/admin/dashboard` and the `dashboard` event of
 * `/api/admin/dashboard/stream`). "Today" is the UTC day, so every admin sees the same numbers.
 */
import type { CurrencyCode } from '../money.ts'
import type { OrderLineOption } from '../orders/order.ts'

export const dashboardEvent = 'dashboard'
/** Variants at or below this stock count as low. */
export const lowStockThreshold = 5
export const maxLowStockItems = 10
export const ordersPerMinuteWindow = 60
export const activeCartMinutes = 30

export type RevenueAmount = { readonly currency: CurrencyCode; readonly amount: number }
export type OrdersInMinute = { readonly minute: string; readonly count: number }
/** A variant running out: what to reorder (SKU) and how the shop names it ("Trail shoe", Size 42 · Black). */
export type LowStockVariant = {
  readonly productId: string
  readonly variantId: string
  readonly name: string
  readonly sku: string
  /** Empty for a product sold in one form. */
  readonly options: readonly OrderLineOption[]
  readonly stock: number
}

export type DashboardSnapshot = {
  readonly ordersToday: number
  /** Paid orders of the UTC day, net of refunds, per currency (minor units). */
  readonly revenueToday: readonly RevenueAmount[]
  /** The last 60 minutes, oldest first, each minute's start as ISO text. */
  readonly ordersPerMinute: readonly OrdersInMinute[]
  /** Shoppers with a non-empty cart that changed in the last 30 minutes. */
  readonly activeCarts: number
  /** Live variants at or below `lowStockThreshold`, lowest stock first. */
  readonly lowStock: readonly LowStockVariant[]
  /** Reviews waiting for moderation (issue 15): the dashboard links to the queue. */
  readonly pendingReviews: number
  readonly computedAt: string
}
