/**
 * The checkout's figures, asked as soon as the country and method are known (every step shows them
 * in the order summary): the server's quote after pushing the outbox, so it prices the cart the
 * shopper sees; offline or unreachable, this device's last-known prices by the same shared rules.
 */
import { createResource } from 'solid-js'
import { useShopper } from '../cart/shopper-context.tsx'
import { useOffline } from '../offline/offline-context.tsx'
import { drainOutbox } from '../offline/shopper-exchange.ts'
import { ApiError, type ClientErrorCode } from '../platform/api-client.ts'
import { fetchQuote } from './checkout-api.ts'
import type { CheckoutForm } from './checkout-form.ts'
import { localReview, type Review, serverReview } from './review-lines.ts'

export type CheckoutQuoteState = {
  /** Undefined while the first quote loads. */
  readonly review: () => Review | undefined
  readonly loading: () => boolean
  /** The server's refusal (not a network failure, which falls back to the local figures). */
  readonly errorCode: () => ClientErrorCode | undefined
}

export function createCheckoutQuote(form: () => Pick<CheckoutForm, 'country' | 'shippingMethod'>): CheckoutQuoteState {
  const { db, network } = useOffline()
  const shopper = useShopper()
  const [quote] = createResource(
    () => network.isOnline() && { country: form().country, shippingMethod: form().shippingMethod },
    async (input) => {
      await drainOutbox(db)
      return fetchQuote(db, input)
    },
  )
  const unreachable = () => quote.error instanceof ApiError && quote.error.code === 'NETWORK'
  return {
    review: () => {
      if (!network.isOnline() || unreachable()) return localReview(shopper.view().cart, form())
      // `latest`: the figures stay on screen while a new country or method is quoted.
      const current = quote.error ? undefined : quote.latest
      const seen = shopper.view().cart.map((line) => ({ variantId: line.variantId, unitPrice: line.variant?.price }))
      return current && serverReview(seen, current)
    },
    loading: () => quote.loading,
    errorCode: () => {
      if (!quote.error || unreachable()) return undefined
      return quote.error instanceof ApiError ? quote.error.code : 'INTERNAL'
    },
  }
}
