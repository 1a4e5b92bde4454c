/**
 * What the checkout page needs before an order exists: the options (payment provider, shipping
 * methods and prices, tax table, the account's last address) and the quote — the server cart priced
 * and stock-checked now, with the totals the order would get. Reads only.
 */

import { defaultShippingAddress } from '../../shared/account/saved-address.ts'
import type {
  CheckoutOptions,
  CheckoutQuote,
  PromotionsAnswer,
  QuoteLine,
} from '../../shared/checkout/checkout-options.ts'
import { shippingCountries } from '../../shared/checkout/checkout-options.ts'
import type { QuoteInput } from '../../shared/checkout/checkout-schema.ts'
import {
  type CheckoutDefaults,
  checkoutTotals,
  freeStandardShippingFrom,
  shippingMethods,
  shippingPrices,
  taxRateBasisPoints,
} from '../../shared/checkout/checkout-totals.ts'
import type { AppliedDiscount } from '../../shared/discounts/discount.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { marketOfCountry } from '../../shared/markets/market.ts'
import { readAddressBook } from '../account/saved-addresses.service.ts'
import type { ActiveSession } from '../account/session.service.ts'
import { listRunningPromotions } from '../discounts/discounts.repository.ts'
import { resolveDiscount } from '../discounts/discounts.service.ts'
import { variantsInMarket } from '../markets/markets.service.ts'
import { readPricedVariants } from '../orders/orders.repository.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { readItems } from '../shopper/shopper.repository.ts'
import { readCheckoutDefaults } from './checkout.repository.ts'

type Session = Pick<ActiveSession, 'shopperId' | 'user'>

export async function readCheckoutOptions(
  deps: Pick<AppDeps, 'db' | 'config' | 'paymentProvider'>,
  session: Session,
): Promise<CheckoutOptions> {
  const stripe = deps.paymentProvider.name === 'stripe'
  return {
    paymentProvider: deps.paymentProvider.name,
    stripePublishableKey: stripe ? (deps.config.stripePublishableKey ?? null) : null,
    shippingMethods: shippingMethods.map((method) => ({ method, price: shippingPrices[method] })),
    freeStandardShippingFrom,
    taxRates: taxRateBasisPoints,
    countries: shippingCountries,
    defaults: session.user ? await accountCheckoutDefaults(deps, session.user) : null,
  }
}

/**
 * Where an account's checkout starts: its default saved shipping address when it has one, else its
 * last checkout's address (`users.checkout_defaults`, kept for accounts without an address book).
 * The email is the last checkout's (or the account's); the method always starts at standard.
 */
async function accountCheckoutDefaults(
  deps: Pick<AppDeps, 'db'>,
  user: NonNullable<Session['user']>,
): Promise<CheckoutDefaults | null> {
  const last = await readCheckoutDefaults(deps.db, user.id)
  const saved = defaultShippingAddress((await readAddressBook(deps, user.id)).addresses)
  if (!saved) return last
  return { email: last?.email ?? user.email, shippingAddress: saved.address, shippingMethod: 'standard' }
}

export async function quoteCheckout(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  session: Session,
  input: QuoteInput,
): Promise<CheckoutQuote> {
  const { cart } = await readItems(deps.db, session.shopperId)
  if (cart.length === 0) throw new AppError(ErrorCode.CartEmpty, 'The cart is empty.')
  // Priced as the order would be: in the market of the shipping country (decision 0026).
  const market = marketOfCountry(input.shippingAddress.country)
  const priced = await variantsInMarket(
    deps,
    await readPricedVariants(
      deps.db,
      cart.map((line) => line.variantId),
      input.locale,
    ),
    market,
  )
  const currency = market.currency
  const lines = cart.map((line): QuoteLine => {
    const variant = priced.get(line.variantId)
    const inStock = variant?.stock ?? 0
    return {
      productId: line.productId,
      variantId: line.variantId,
      name: variant?.name ?? line.productId,
      options: variant?.options ?? [],
      unitPrice: variant?.price ?? 0,
      quantity: line.quantity,
      inStock,
      status: !variant || inStock <= 0 ? 'unavailable' : inStock < line.quantity ? 'limited' : 'ok',
    }
  })
  const buyable = lines.filter((line) => line.status !== 'unavailable')
  const discountLines = buyable.flatMap((line) => {
    const variant = priced.get(line.variantId)
    return variant ? [{ ...line, categoryId: variant.categoryId, brand: variant.brand }] : []
  })
  const totalsWith = (applied: AppliedDiscount | null) =>
    checkoutTotals({
      lines: buyable,
      shippingMethod: input.shippingMethod,
      country: input.shippingAddress.country,
      discount: applied && { items: applied.itemsAmount, freeShipping: applied.freeShipping },
      taxMode: market.taxMode,
      currency,
    })
  const { applied, refusal } = await resolveDiscount(deps.db, {
    code: input.discountCode,
    lines: discountLines,
    currency,
    now: deps.clock(),
    customer: { userId: session.user?.id ?? null, email: session.user?.email ?? null },
    totalWith: (candidate) => totalsWith(candidate).total,
  })
  const totals = totalsWith(applied)
  return {
    currency,
    market: market.id,
    taxMode: market.taxMode,
    lines,
    totals,
    discount: applied && { rule: applied.rule, amount: totals.discount, allocation: applied.allocation },
    discountRefusal: refusal,
  }
}

/** The automatic promotions running now (their public rules), for the cart's offline preview. */
export async function readPromotions(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<PromotionsAnswer> {
  return { promotions: await listRunningPromotions(deps.db, deps.clock()) }
}
