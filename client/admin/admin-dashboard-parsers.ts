/** Shape check of the dashboard snapshot (`GET /api/admin/dashboard` and the stream's `dashboard` event). */
import type { DashboardSnapshot } from '../../shared/admin/dashboard.ts'
import { isRecord } from '../orders/parse-order.ts'

export function parseDashboardSnapshot(body: unknown): DashboardSnapshot {
  if (
    !isRecord(body) ||
    !Number.isSafeInteger(body.ordersToday) ||
    !Number.isSafeInteger(body.activeCarts) ||
    typeof body.computedAt !== 'string' ||
    !everyItem(body.revenueToday, (row) => typeof row.currency === 'string' && Number.isSafeInteger(row.amount)) ||
    !everyItem(body.ordersPerMinute, (row) => typeof row.minute === 'string' && Number.isSafeInteger(row.count)) ||
    !everyItem(
      body.lowStock,
      (row) => typeof row.id === 'string' && typeof row.name === 'string' && Number.isSafeInteger(row.stock),
    )
  )
    throw new TypeError('dashboard: bad shape')
  return body as DashboardSnapshot
}

function everyItem(value: unknown, check: (row: Record<string, unknown>) => boolean): boolean {
  return Array.isArray(value) && value.every((row) => isRecord(row) && check(row))
}
