/**
 * The device's discounts (decision 0018): the code the shopper applied, with the rule the server
 * answered for it, and the running automatic promotions' rules. Both live in the Dexie `meta` table,
 * so the cart and the review preview them offline and a queued checkout carries the code.
 */
import type { CheckoutQuote, PromotionsAnswer } from '../../shared/checkout/checkout-options.ts'
import { type DiscountRefusal, normalizeDiscountCode } from '../../shared/discounts/discount.ts'
import { parseCheckoutQuote } from '../checkout/parse-checkout-answers.ts'
import type { AppliedCode, LocalDb } from '../local-data/local-db.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { drainOutbox } from '../local-data/shopper-exchange.ts'
import { metaKeys } from '../local-data/storage-keys.ts'
import { getJson, postJson } from '../platform/api-client.ts'
import { parseDiscountRule } from './parse-discount-rule.ts'

export async function readAppliedCode(db: LocalDb): Promise<AppliedCode | undefined> {
  const row = await db.meta.get(metaKeys.discountCode)
  return row?.key === metaKeys.discountCode ? row.value : undefined
}

export async function removeAppliedCode(db: LocalDb): Promise<void> {
  await db.meta.delete(metaKeys.discountCode)
}

export async function readPromotions(db: LocalDb) {
  const row = await db.meta.get(metaKeys.promotions)
  return row?.key === metaKeys.promotions ? row.value : []
}

/** Fetches the running promotions and keeps them for the offline preview. */
export async function refreshPromotions(db: LocalDb): Promise<void> {
  const answer = await getJson('/api/checkout/promotions', parsePromotions)
  await db.meta.put({ key: metaKeys.promotions, value: answer.promotions })
}

export type CodeCheck = { readonly ok: true } | { readonly ok: false; readonly refusal: DiscountRefusal }

/**
 * Asks the server about `code` for the cart as it is (the outbox pushed first, as for the review):
 * kept with its rule when it applies, answered with the reason when not. Asked for the shopper's
 * country: it decides the market, whose currency a minimum order is counted in (decision 0028).
 */
export async function applyCode(db: LocalDb, typed: string, country: string): Promise<CodeCheck> {
  const code = normalizeDiscountCode(typed)
  await drainOutbox(db)
  const body = { shippingAddress: { country }, shippingMethod: 'standard', discountCode: code }
  const quote: CheckoutQuote = await withCsrfToken(db, (token) =>
    postJson('/api/checkout/quote', body, token, parseCheckoutQuote),
  )
  if (quote.discountRefusal) return { ok: false, refusal: quote.discountRefusal }
  const rule = quote.discount?.rule.code === code ? quote.discount.rule : null
  await db.meta.put({ key: metaKeys.discountCode, value: { code, rule } })
  return { ok: true }
}

/** Keeps the code's rule as the review's quote answered it (it may have changed since it was applied). */
export async function rememberQuotedRule(db: LocalDb, quote: CheckoutQuote): Promise<void> {
  const applied = await readAppliedCode(db)
  const rule = quote.discount?.rule
  if (applied && rule?.code === applied.code)
    await db.meta.put({ key: metaKeys.discountCode, value: { ...applied, rule } })
}

function parsePromotions(body: unknown): PromotionsAnswer {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { promotions?: unknown }).promotions))
    throw new TypeError('promotions: not a list')
  return { promotions: (body as { promotions: unknown[] }).promotions.map(parseDiscountRule) }
}
