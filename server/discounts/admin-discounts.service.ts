/** The admin's discounts: create, change (deactivate), and the list with uses and revenue per code. */
import type {
  AdminDiscount,
  AdminDiscountList,
  CreateDiscountInput,
  UpdateDiscountInput,
} from '../../shared/discounts/discount-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import {
  type DiscountRow,
  type DiscountStats,
  discountStats,
  insertDiscount,
  listDiscounts,
  toRule,
  updateDiscount,
} from './discounts.repository.ts'

type Deps = Pick<AppDeps, 'db'>

export async function listAdminDiscounts(deps: Deps): Promise<AdminDiscountList> {
  const rows = await listDiscounts(deps.db)
  const stats = await discountStats(
    deps.db,
    rows.map((r) => r.id),
  )
  return { discounts: rows.map((row) => toAdminDiscount(row, stats)) }
}

export async function createDiscount(deps: Deps, input: CreateDiscountInput): Promise<AdminDiscount> {
  const row = await insertDiscount(deps.db, input)
  if (!row)
    throw new AppError(ErrorCode.DiscountCodeTaken, `A discount with code ${input.code} exists already.`, [
      { path: 'json.code', message: 'is taken' },
    ])
  return toAdminDiscount(row, [])
}

export async function changeDiscount(deps: Deps, id: string, input: UpdateDiscountInput): Promise<AdminDiscount> {
  const row = await updateDiscount(deps.db, id, input)
  if (!row) throw new AppError(ErrorCode.NotFound, `No discount ${id}.`)
  return toAdminDiscount(row, await discountStats(deps.db, [id]))
}

function toAdminDiscount(row: DiscountRow, stats: readonly DiscountStats[]): AdminDiscount {
  const own = stats.filter((s) => s.discountId === row.id)
  const sum = (status: DiscountStats['status']) =>
    own.filter((s) => s.status === status).reduce((n, s) => n + s.orders, 0)
  const redeemed = own.filter((s) => s.status === 'redeemed')
  const byCurrency = (pick: (s: DiscountStats) => number) =>
    Object.fromEntries(redeemed.map((s) => [s.currency, pick(s)]))
  return {
    ...toRule(row),
    active: row.active,
    usageLimit: row.usageLimit,
    perCustomerLimit: row.perCustomerLimit,
    uses: sum('redeemed'),
    reserved: sum('reserved'),
    remaining: row.usageLimit === null ? null : Math.max(row.usageLimit - row.usesHeld, 0),
    revenue: byCurrency((s) => s.revenue),
    discounted: byCurrency((s) => s.discounted),
    createdAt: row.createdAt.toISOString(),
  }
}
