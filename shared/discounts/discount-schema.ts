/** Wire schemas of the admin's discount API (`/api/admin/discounts`) and its answers' types. */
import { z } from 'zod'
import { storableDateTime } from '../date-time-schema.ts'
import { asCategoryId, asProductId } from '../ids.ts'
import { currencyCodes } from '../money.ts'
import { type DiscountRule, discountCodePattern, normalizeDiscountCode } from './discount.ts'

const minorUnits = z.number().int('must be an integer (minor units)').min(0).max(100_000_000)
const currencyAmounts = z.partialRecord(z.enum(currencyCodes), minorUnits)
const uuid = z.uuid('must be a UUID')

const benefit = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('percentage'),
      basisPoints: z.number().int().min(1, 'must be at least 1').max(10_000, 'must be at most 10000'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('fixed'),
      amounts: currencyAmounts.refine((a) => Object.keys(a).length > 0, 'needs an amount for a currency'),
    })
    .strict(),
  z.object({ kind: z.literal('free_shipping') }).strict(),
])

const scope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('products'), productIds: z.array(uuid.transform(asProductId)).min(1).max(500) }).strict(),
  z
    .object({ kind: z.literal('categories'), categoryIds: z.array(uuid.transform(asCategoryId)).min(1).max(500) })
    .strict(),
  z.object({ kind: z.literal('brands'), brands: z.array(z.string().trim().min(1).max(100)).min(1).max(100) }).strict(),
  z.object({ kind: z.literal('collection'), collectionIds: z.array(uuid).min(1).max(100) }).strict(),
])

const limit = z.number().int().min(1, 'must be at least 1').max(10_000_000).nullable()

/** `POST /api/admin/discounts`: a code, or with `code: null` an automatic promotion. */
export const createDiscountInput = z
  .object({
    code: z
      .string()
      .transform(normalizeDiscountCode)
      .pipe(z.string().regex(discountCodePattern, 'must be 3 to 32 letters, digits, - or _'))
      .nullable(),
    title: z.string().trim().min(1, 'is required').max(120),
    benefit,
    scope: scope.default({ kind: 'all' }),
    minimumSubtotal: currencyAmounts.default({}),
    startsAt: storableDateTime.nullable().default(null),
    endsAt: storableDateTime.nullable().default(null),
    usageLimit: limit.default(null),
    perCustomerLimit: limit.default(null),
  })
  .strict()
  .refine((d) => !d.startsAt || !d.endsAt || Date.parse(d.startsAt) < Date.parse(d.endsAt), {
    path: ['endsAt'],
    message: 'must be after startsAt',
  })
  // An automatic promotion applies to every cart that qualifies: limits are for codes (decision 0018).
  .refine((d) => d.code !== null || (d.usageLimit === null && d.perCustomerLimit === null), {
    path: ['usageLimit'],
    message: 'is for codes only',
  })
export type CreateDiscountInput = z.infer<typeof createDiscountInput>

/** `PATCH /api/admin/discounts/:id`: what may change once shoppers may hold it (not its benefit). */
export const updateDiscountInput = z
  .object({
    title: z.string().trim().min(1, 'is required').max(120).optional(),
    active: z.boolean().optional(),
    endsAt: storableDateTime.nullable().optional(),
    usageLimit: limit.optional(),
    perCustomerLimit: limit.optional(),
  })
  .strict()
export type UpdateDiscountInput = z.infer<typeof updateDiscountInput>

export const discountIdParam = z.object({ id: uuid }).strict()

/** One row of the admin's list: the rule, its limits and how it did. */
export type AdminDiscount = DiscountRule & {
  readonly active: boolean
  readonly usageLimit: number | null
  readonly perCustomerLimit: number | null
  /** Paid orders that used it. */
  readonly uses: number
  /** Orders awaiting payment holding a use. */
  readonly reserved: number
  /** Uses left (limit − paid − reserved), null without a limit. */
  readonly remaining: number | null
  /** Paid orders' totals less their refunds, per currency (minor units). */
  readonly revenue: Readonly<Partial<Record<(typeof currencyCodes)[number], number>>>
  /** Sum of what the code took off paid orders, per currency. */
  readonly discounted: Readonly<Partial<Record<(typeof currencyCodes)[number], number>>>
  readonly createdAt: string
}

export type AdminDiscountList = { readonly discounts: readonly AdminDiscount[] }
