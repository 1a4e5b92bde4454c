/** The checkout options when the server cannot be asked (offline): the shared tables the server serves too. */
import type { CheckoutOptions } from '../../shared/checkout/checkout-options.ts'
import { shippingCountries } from '../../shared/checkout/checkout-options.ts'
import {
  freeStandardShippingFrom,
  shippingMethods,
  shippingPrices,
  taxRateBasisPoints,
} from '../../shared/checkout/checkout-totals.ts'

export const offlineCheckoutOptions: CheckoutOptions = {
  // Only the payment step needs the provider, and it runs online; the order names its own.
  paymentProvider: 'test',
  stripePublishableKey: null,
  shippingMethods: shippingMethods.map((method) => ({ method, price: shippingPrices[method] })),
  freeStandardShippingFrom,
  taxRates: taxRateBasisPoints,
  countries: shippingCountries,
  defaults: null,
}
