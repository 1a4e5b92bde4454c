/**
 * The admin's live dashboard: one snapshot of today's orders and revenue (UTC day), orders per
 * minute over the last hour, active carts and low stock — read from Postgres each time, so every
 * instance reports the same numbers and nothing is counted in memory.
 */
import {
  activeCartMinutes,
  type DashboardSnapshot,
  lowStockThreshold,
  maxLowStockItems,
  type OrdersInMinute,
  ordersPerMinuteWindow,
} from '../../shared/admin/dashboard.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { countPendingReviews } from '../reviews/admin-reviews.repository.ts'
import {
  countActiveCartsSince,
  countOrdersSince,
  listLowStock,
  ordersPerMinuteSince,
  revenueSince,
} from './admin-dashboard.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'clock'>

const minuteMs = 60_000

export async function readDashboard(deps: Deps): Promise<DashboardSnapshot> {
  const now = deps.clock()
  const today = startOfUtcDay(now)
  const firstMinute = new Date(Math.floor(now.getTime() / minuteMs) * minuteMs - (ordersPerMinuteWindow - 1) * minuteMs)
  const [ordersToday, revenueToday, minutes, activeCarts, lowStock, pendingReviews] = await Promise.all([
    countOrdersSince(deps.db, today),
    revenueSince(deps.db, today),
    ordersPerMinuteSince(deps.db, firstMinute),
    countActiveCartsSince(deps.db, new Date(now.getTime() - activeCartMinutes * minuteMs)),
    listLowStock(deps.db, lowStockThreshold, maxLowStockItems),
    countPendingReviews(deps.db),
  ])
  return {
    ordersToday,
    revenueToday,
    ordersPerMinute: fillMinutes(firstMinute, minutes),
    activeCarts,
    lowStock,
    pendingReviews,
    computedAt: now.toISOString(),
  }
}

function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
}

/** Every minute of the window, oldest first, with 0 where no order was placed. */
function fillMinutes(firstMinute: Date, counted: readonly OrdersInMinute[]): OrdersInMinute[] {
  const byMinute = new Map(counted.map((row) => [row.minute, row.count]))
  return Array.from({ length: ordersPerMinuteWindow }, (_, index) => {
    const minute = new Date(firstMinute.getTime() + index * minuteMs).toISOString()
    return { minute, count: byMinute.get(minute) ?? 0 }
  })
}
