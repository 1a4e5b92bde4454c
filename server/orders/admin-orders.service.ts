/** The admin's view of every shopper's orders: a filtered keyset list and one order in full. */
import { z } from 'zod'
import { storableDateTime } from '../../shared/date-time-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { AdminOrder, AdminOrderPage, AdminOrderSummary } from '../../shared/orders/admin-order.ts'
import type { AdminOrdersQuery } from '../../shared/orders/admin-order-schema.ts'
import { formatOrderNumber } from '../../shared/orders/order-number.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../platform/opaque-cursor.ts'
import {
  type AdminOrderRow,
  type AdminOrdersCursor,
  listAdminOrders,
  readAdminOrder,
} from './admin-orders.repository.ts'

type AdminOrdersDeps = Pick<AppDeps, 'db'>

// `o` tags the cursor as this list's, so a product cursor pasted here is refused, not misread.
const wireCursor = z.object({ o: z.tuple([storableDateTime, z.uuid()]) }).strict()

export async function listOrdersForAdmin(deps: AdminOrdersDeps, query: AdminOrdersQuery): Promise<AdminOrderPage> {
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor)
  // One extra row tells whether another page exists without a count query.
  const rows = await listAdminOrders(deps.db, {
    status: query.status,
    search: query.q,
    after,
    limit: query.limit + 1,
  })
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  const nextCursor =
    rows.length > query.limit && last ? encodeOpaqueCursor({ o: [last.createdAt.toISOString(), last.id] }) : null
  return { orders: page.map(toSummary), nextCursor }
}

export async function readOrderForAdmin(deps: AdminOrdersDeps, orderId: string): Promise<AdminOrder> {
  const order = await readAdminOrder(deps.db, orderId)
  if (!order) throw new AppError(ErrorCode.NotFound, `No order ${orderId}.`)
  return order
}

function decodeCursor(raw: string): AdminOrdersCursor {
  const wire = decodeOpaqueCursor(raw, wireCursor)
  if (!wire) {
    throw new AppError(ErrorCode.InvalidCursor, 'The cursor is malformed or belongs to another list.', [
      { path: 'query.cursor', message: 'is not a cursor of this list' },
    ])
  }
  return { createdAt: wire.o[0], id: wire.o[1] }
}

function toSummary({ orderNumber, ...row }: AdminOrderRow): AdminOrderSummary {
  return { ...row, number: formatOrderNumber(orderNumber), createdAt: row.createdAt.toISOString() }
}
