/**
 * The lines of a product page's "Shipping & returns" (locales/*.json ids and their values), for the
 * client's page and the server's HTML alike, so both say the same thing.
 */
import type { CurrencyCode } from '../money.ts'
import type { ShopPolicies } from '../shop/shop-policies.ts'
import type { Message } from './variant-messages.ts'

type PolicyMessageId =
  | 'product.freeShippingFrom'
  | 'product.deliveryStandard'
  | 'product.deliveryExpress'
  | 'product.returns'

/**
 * `currency` is the product's (the threshold is the one of that currency); `formatPrice` formats an
 * amount in its minor units in the page's language.
 */
export function shopPolicyMessages(
  policies: ShopPolicies,
  currency: CurrencyCode,
  formatPrice: (amount: number) => string,
): Message<PolicyMessageId>[] {
  const { standard, express } = policies.deliveryDays
  return [
    { id: 'product.freeShippingFrom', values: { price: formatPrice(policies.freeStandardShippingFrom[currency]) } },
    { id: 'product.deliveryStandard', values: { min: standard.min, max: standard.max } },
    { id: 'product.deliveryExpress', values: { min: express.min, max: express.max } },
    { id: 'product.returns', values: { days: policies.returnDays } },
  ]
}
