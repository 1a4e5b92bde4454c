/** Shape check of the dashboard snapshot (`GET /api/admin/dashboard` and the stream's `dashboard` event). */
import type { DashboardSnapshot } from '../../shared/admin/dashboard.ts'
import { isRecord } from '../orders/parse-order.ts'

export function parseDashboardSnapshot(body: unknown): DashboardSnapshot {
  if (
    !isRecord(body) ||
    !Number.isSafeInteger(body.ordersToday) ||
    !Number.isSafeInteger(body.activeCarts) ||
    !Number.isSafeInteger(body.pendingReviews) ||
    typeof body.computedAt !== 'string' ||
    !everyItem(body.revenueToday, (row) => typeof row.currency === 'string' && Number.isSafeInteger(row.amount)) ||
    !everyItem(body.ordersPerMinute, (row) => typeof row.minute === 'string' && Number.isSafeInteger(row.count)) ||
    !everyItem(body.lowStock, isLowStockVariant)
  )
    throw new TypeError('dashboard: bad shape')
  return body as DashboardSnapshot
}

function isLowStockVariant(row: Record<string, unknown>): boolean {
  return (
    typeof row.productId === 'string' &&
    typeof row.variantId === 'string' &&
    typeof row.name === 'string' &&
    typeof row.sku === 'string' &&
    Number.isSafeInteger(row.stock) &&
    everyItem(row.options, (option) => typeof option.name === 'string' && typeof option.value === 'string')
  )
}

function everyItem(value: unknown, check: (row: Record<string, unknown>) => boolean): boolean {
  return Array.isArray(value) && value.every((row) => isRecord(row) && check(row))
}
