import { describe, expect, it } from 'vitest'
import { defaultShopPolicies } from '../shop/shop-policies.ts'
import { shopPolicyMessages } from './policy-messages.ts'

describe('shopPolicyMessages', () => {
  it('says the free-shipping threshold, both delivery times and the returns window', () => {
    const policies = {
      freeStandardShippingFrom: { EUR: 5_000, USD: 6_000, GBP: 4_000, JPY: 8_000 },
      deliveryDays: { standard: { min: 2, max: 4 }, express: { min: 1, max: 1 } },
      returnDays: 14,
    }
    expect(shopPolicyMessages(policies, 'EUR', (amount) => `€${amount / 100}`)).toEqual([
      { id: 'product.freeShippingFrom', values: { price: '€50' } },
      { id: 'product.deliveryStandard', values: { min: 2, max: 4 } },
      { id: 'product.deliveryExpress', values: { min: 1, max: 1 } },
      { id: 'product.returns', values: { days: 14 } },
    ])
  })

  it.each([
    ['USD', '10000'],
    ['GBP', '8000'],
    ['JPY', '10000'],
  ] as const)('takes the threshold checkout charges by in %s as the default', (currency, price) => {
    const [free] = shopPolicyMessages(defaultShopPolicies, currency, String)
    expect(free?.values?.price).toBe(price)
  })
})
