/** Shape check of a discount rule as the server answers it (the client ships no zod). */
import type { CurrencyAmounts, DiscountBenefit, DiscountRule, DiscountScope } from '../../shared/discounts/discount.ts'
import { asCategoryId, asProductId } from '../../shared/ids.ts'
import { currencyCodes } from '../../shared/money.ts'

export function parseDiscountRule(value: unknown): DiscountRule {
  if (!isRecord(value)) throw new TypeError('discount rule: not an object')
  const { id, code, title, benefit, scope, minimumSubtotal, startsAt, endsAt } = value
  if (typeof id !== 'string' || typeof title !== 'string') throw new TypeError('discount rule: bad id or title')
  if (code !== null && typeof code !== 'string') throw new TypeError('discount rule: bad code')
  if (!isTimeOrNull(startsAt) || !isTimeOrNull(endsAt)) throw new TypeError('discount rule: bad dates')
  return {
    id,
    code,
    title,
    benefit: parseBenefit(benefit),
    scope: parseScope(scope),
    minimumSubtotal: parseAmounts(minimumSubtotal),
    startsAt,
    endsAt,
  }
}

function parseBenefit(value: unknown): DiscountBenefit {
  if (!isRecord(value)) throw new TypeError('discount rule: bad benefit')
  if (value.kind === 'percentage' && isAmount(value.basisPoints))
    return { kind: 'percentage', basisPoints: value.basisPoints }
  if (value.kind === 'fixed') return { kind: 'fixed', amounts: parseAmounts(value.amounts) }
  if (value.kind === 'free_shipping') return { kind: 'free_shipping' }
  throw new TypeError('discount rule: bad benefit')
}

function parseScope(value: unknown): DiscountScope {
  if (!isRecord(value)) throw new TypeError('discount rule: bad scope')
  if (value.kind === 'all') return { kind: 'all' }
  if (value.kind === 'products' && isStrings(value.productIds))
    return { kind: 'products', productIds: value.productIds.map(asProductId) }
  if (value.kind === 'categories' && isStrings(value.categoryIds))
    return { kind: 'categories', categoryIds: value.categoryIds.map(asCategoryId) }
  if (value.kind === 'brands' && isStrings(value.brands)) return { kind: 'brands', brands: value.brands }
  if (value.kind === 'collection' && isStrings(value.collectionIds))
    return { kind: 'collection', collectionIds: value.collectionIds }
  // A scope this client does not know yet (a newer server): the preview cannot decide it.
  throw new TypeError('discount rule: unknown scope')
}

function parseAmounts(value: unknown): CurrencyAmounts {
  if (!isRecord(value)) throw new TypeError('discount rule: bad amounts')
  const amounts: Partial<Record<(typeof currencyCodes)[number], number>> = {}
  for (const currency of currencyCodes) {
    const amount = value[currency]
    if (amount === undefined) continue
    if (!isAmount(amount)) throw new TypeError('discount rule: bad amount')
    amounts[currency] = amount
  }
  return amounts
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

function isTimeOrNull(value: unknown): value is string | null {
  return value === null || (typeof value === 'string' && !Number.isNaN(Date.parse(value)))
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
