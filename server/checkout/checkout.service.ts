/**
 * Checkout (DESIGN §4): turns the server-side cart into an order in one transaction — stock reserved
 * with conditional UPDATEs, the cart emptied of the ordered lines, the order and its first history
 * row written, `order.created` logged — then makes sure the order has a payment intent.
 * The idempotency key makes a repeat (a retry, a replayed outbox) answer the same order.
 */
import type { CheckoutInput } from '../../shared/checkout/checkout-schema.ts'
import { checkoutTotals } from '../../shared/checkout/checkout-totals.ts'
import type { AppliedDiscount } from '../../shared/discounts/discount.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { CategoryId } from '../../shared/ids.ts'
import { marketOfCountry } from '../../shared/markets/market.ts'
import type { Order, OrderLine } from '../../shared/orders/order.ts'
import { saveAddressFromCheckout } from '../account/saved-addresses.service.ts'
import type { ActiveSession } from '../account/session.service.ts'
import { recordDiscountUse, takeDiscount } from '../discounts/discounts.service.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import { publishPokes } from '../events/event-publisher.ts'
import { variantsInMarket } from '../markets/markets.service.ts'
import { logOrderEvent } from '../orders/order-status-change.ts'
import { insertOrder, lockPricedVariants, reserveStock } from '../orders/orders.repository.ts'
import { ensurePaymentIntent, readOrderFor } from '../orders/orders.service.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { lockShopper, readItems } from '../shopper/shopper.repository.ts'
import { removeCartLines } from '../shopper/shopper.service.ts'
import { findOrderByKey, saveCheckoutDefaults } from './checkout.repository.ts'
import { hashCheckoutRequest } from './checkout-request-hash.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'clock' | 'config' | 'paymentProvider' | 'metrics'>

export type CheckoutResult = { readonly order: Order; readonly created: boolean }

export async function checkout(
  deps: Deps,
  session: Pick<ActiveSession, 'shopperId' | 'user'>,
  input: CheckoutInput & { idempotencyKey: string },
): Promise<CheckoutResult> {
  const email = input.email ?? session.user?.email
  if (!email)
    throw new AppError(ErrorCode.InvalidInput, 'A guest checkout needs an email address.', [
      { path: 'json.email', message: 'is required for guests' },
    ])
  const request = { email, shippingAddress: input.shippingAddress, shippingMethod: input.shippingMethod }
  // The code is part of the request: a repeat of the key with another code is another checkout.
  const requestHash = hashCheckoutRequest({ ...request, discountCode: input.discountCode })
  const { orderId, created, pokes } = await deps.db.transaction(async (tx) => {
    // The shopper lock serialises checkouts of one shopper: a repeat of a key waits and finds the order.
    await lockShopper(tx, session.shopperId)
    const existing = await findOrderByKey(tx, session.shopperId, input.idempotencyKey)
    if (existing) {
      // Orders placed before hashes were stored have none: their repeats are answered as before.
      if (existing.requestHash !== null && existing.requestHash !== requestHash)
        throw new AppError(ErrorCode.IdempotencyKeyReused, 'This idempotency key was used for another checkout.')
      return { orderId: existing.id, created: false, pokes: [] }
    }
    // (Product id, variant id) order: the rows are locked in it (no deadlock between checkouts
    // sharing products), and the first line that cannot be had is the one reported.
    const cart = [...(await readItems(tx, session.shopperId)).cart].sort(
      (a, b) => compareIds(a.productId, b.productId) || compareIds(a.variantId, b.variantId),
    )
    if (cart.length === 0) throw new AppError(ErrorCode.CartEmpty, 'The cart is empty.')
    // The shipping country's market prices the order (decision 0026): its currency, its prices
    // (the merchant's for it, else converted) and its tax mode; the payment is in that currency.
    const market = marketOfCountry(input.shippingAddress.country)
    const priced = await variantsInMarket(
      { db: tx },
      await lockPricedVariants(
        tx,
        cart.map((l) => l.variantId),
        input.locale,
      ),
      market,
    )
    // One UPDATE for every line; a line it could not reserve throws, and the rollback undoes the others.
    const reserved = await reserveStock(tx, cart)
    const lines: (OrderLine & { categoryId: CategoryId; brand: string })[] = []
    for (const { productId, variantId, quantity } of cart) {
      const variant = priced.get(variantId)
      if (!variant) throw new AppError(ErrorCode.ProductUnavailable, `Variant ${variantId} is no longer for sale.`)
      if (!reserved.has(variantId))
        throw new AppError(
          ErrorCode.OutOfStock,
          `${variant.name} (${productId}, SKU ${variant.sku}) does not have ${quantity} in stock.`,
        )
      lines.push({
        productId,
        variantId,
        sku: variant.sku,
        name: variant.name,
        options: variant.options,
        unitPrice: variant.price,
        quantity,
        lineTotal: variant.price * quantity,
        categoryId: variant.categoryId,
        brand: variant.brand,
      })
    }
    const currency = market.currency
    const now = deps.clock()
    const totalsWith = (applied: AppliedDiscount | null) =>
      checkoutTotals({
        lines,
        shippingMethod: input.shippingMethod,
        country: input.shippingAddress.country,
        discount: applied && { items: applied.itemsAmount, freeShipping: applied.freeShipping },
        taxMode: market.taxMode,
        currency,
      })
    // After the stock: checkouts lock shopper → variants → discount (decision 0018).
    const applied = await takeDiscount(tx, {
      code: input.discountCode,
      lines,
      currency,
      now,
      customer: { userId: session.user?.id ?? null, email },
      totalWith: (candidate) => totalsWith(candidate).total,
    })
    const totals = totalsWith(applied)
    const shares = new Map(applied?.allocation.map((a) => [a.variantId, a.amount]))
    const orderLines = lines.map(({ categoryId: _, brand: __, ...line }): OrderLine => {
      const discount = shares.get(line.variantId) ?? 0
      return discount > 0 ? { ...line, discount } : line
    })
    const orderId = await insertOrder(tx, {
      shopperId: session.shopperId,
      userId: session.user?.id ?? null,
      email,
      currency,
      taxMode: market.taxMode,
      totals,
      ...(applied ? { discount: { id: applied.rule.id, code: applied.rule.code, title: applied.rule.title } } : {}),
      shippingMethod: input.shippingMethod,
      shippingAddress: input.shippingAddress,
      idempotencyKey: input.idempotencyKey,
      requestHash,
      reservationExpiresAt: new Date(now.getTime() + deps.config.reservationMinutes * 60_000),
      lines: orderLines,
      // Not part of the request hash: a retry after switching the language is still the same checkout.
      ...(input.locale ? { locale: input.locale } : {}),
    })
    if (applied)
      await recordDiscountUse(tx, {
        discountId: applied.rule.id,
        orderId,
        userId: session.user?.id ?? null,
        email,
        amount: totals.discount,
      })
    if (session.user) await saveCheckoutDefaults(tx, session.user.id, request)
    const pokes = [
      ...(await removeCartLines(
        tx,
        session.shopperId,
        lines.map((l) => l.variantId),
      )),
      ...(await logOrderEvent(tx, session.shopperId, 'order.created', orderId, 'pending_payment')),
    ]
    return { orderId, created: true, pokes }
  })
  await publishPokes(deps, pokes)
  if (created) await publishCatalogChanged(deps)
  if (created) deps.metrics.business.orderPlaced()
  if (created && input.saveAddress && session.user)
    await saveCheckoutAddress(deps, session.user.id, input.shippingAddress, orderId)
  await ensurePaymentIntent(deps, orderId)
  return { order: await readOrderFor(deps, session, orderId), created }
}

/**
 * Adds the order's address to the account's book after the order is committed, in a transaction
 * of its own: the order never depends on it, so a failure is logged and the order still answered.
 * A replay of the checkout (created: false) does not save again; the book's duplicate check covers a
 * second order to the same address.
 */
async function saveCheckoutAddress(
  deps: Deps,
  userId: string,
  address: CheckoutInput['shippingAddress'],
  orderId: string,
): Promise<void> {
  try {
    const outcome = await saveAddressFromCheckout(deps, userId, address)
    if (outcome === 'bookFull') deps.logger.info({ orderId }, 'address book full: the checkout address was not saved')
  } catch (error) {
    deps.logger.error({ err: error, orderId }, 'saving the checkout address failed; the order stands')
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
