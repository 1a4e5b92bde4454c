/** Wire schema of `GET /api/admin/orders`: a status filter, a search, and a keyset page. */
import { z } from 'zod'
import { orderStatuses } from './order-status.ts'

export const maxAdminOrdersPage = 100

export const adminOrdersQuery = z
  .object({
    status: z.enum(orderStatuses).optional(),
    /** An email prefix, or an order number prefix (`#` optional); an empty box searches nothing. */
    q: z
      .string()
      .trim()
      .max(254)
      .transform((value) => value || undefined)
      .optional(),
    /** The opaque `nextCursor` of the previous page. */
    cursor: z.string().min(1).max(512).optional(),
    limit: z.coerce.number().int().min(1).max(maxAdminOrdersPage).default(25),
  })
  .strict()
export type AdminOrdersQuery = z.infer<typeof adminOrdersQuery>
