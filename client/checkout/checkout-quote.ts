/**
 * The checkout's figures, asked as soon as the country and method are known (every step shows them
 * in the order summary): the server's quote after pushing the outbox, so it prices the cart the
 * shopper sees, with the discount code the device keeps (decision 0018); offline or unreachable,
 * this device's last-known prices, code rule and promotions by the same shared rules.
 */
import { createResource } from 'solid-js'
import type { DiscountRefusal } from '../../shared/discounts/discount.ts'
import { useShopper } from '../cart/shopper-context.tsx'
import { readStorefrontCollections } from '../catalog/storefront-queries.ts'
import { readAppliedCode, readPromotions, rememberQuotedRule } from '../discounts/discount-store.ts'
import { drainOutbox } from '../local-data/shopper-exchange.ts'
import { useMarket } from '../markets/market-context.tsx'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError, type ClientErrorCode } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { fetchQuote } from './checkout-api.ts'
import type { CheckoutForm } from './checkout-form.ts'
import { localReview, type Review, seenPrices, serverReview } from './review-lines.ts'

export type CheckoutQuoteState = {
  /** Undefined while the first quote loads. */
  readonly review: () => Review | undefined
  readonly loading: () => boolean
  /** The server's refusal (not a network failure, which falls back to the local figures). */
  readonly errorCode: () => ClientErrorCode | undefined
  /** Why the server did not apply the shopper's discount code, when it did not. */
  readonly discountRefusal: () => DiscountRefusal | undefined
}

export function createCheckoutQuote(form: () => Pick<CheckoutForm, 'country' | 'shippingMethod'>): CheckoutQuoteState {
  const { db, network } = useOffline()
  const shopper = useShopper()
  const market = useMarket()
  const { locale } = useI18n()
  const code = createLiveQuery(() => () => readAppliedCode(db))
  const promotions = createLiveQuery(() => () => readPromotions(db), [])
  const collections = createLiveQuery(() => () => readStorefrontCollections(db), [])
  const [quote] = createResource(
    () =>
      network.isOnline() &&
      code.ready() && {
        country: form().country,
        shippingMethod: form().shippingMethod,
        discountCode: code.value()?.code,
        locale: locale(),
      },
    async (input) => {
      await drainOutbox(db)
      const answer = await fetchQuote(db, input)
      await rememberQuotedRule(db, answer)
      return answer
    },
  )
  const unreachable = () => quote.error instanceof ApiError && quote.error.code === 'NETWORK'
  // `latest`: the figures stay on screen while a new country, method or code is quoted.
  const current = () => (quote.error ? undefined : quote.latest)
  return {
    review: () => {
      if (!network.isOnline() || unreachable()) {
        const discounts = {
          code: code.value(),
          promotions: promotions.value(),
          collections: collections.value(),
          now: new Date(),
        }
        return localReview(shopper.view().cart, { ...form(), taxMode: market.market().taxMode }, discounts)
      }
      const answer = current()
      const seen = answer && seenPrices(shopper.view().cart, answer.currency, market.rates())
      return answer && seen && serverReview(seen, answer)
    },
    loading: () => quote.loading,
    errorCode: () => {
      if (!quote.error || unreachable()) return undefined
      return quote.error instanceof ApiError ? quote.error.code : 'INTERNAL'
    },
    discountRefusal: () => current()?.discountRefusal ?? undefined,
  }
}
