import { describe, expect, it } from 'vitest'
import { defaultShopPolicies } from '../shop/shop-policies.ts'
import { shopPolicyMessages } from './policy-messages.ts'

describe('shopPolicyMessages', () => {
  it('says the free-shipping threshold, both delivery times and the returns window', () => {
    const policies = {
      freeStandardShippingFrom: 5_000,
      deliveryDays: { standard: { min: 2, max: 4 }, express: { min: 1, max: 1 } },
      returnDays: 14,
    }
    expect(shopPolicyMessages(policies, (amount) => `€${amount / 100}`)).toEqual([
      { id: 'product.freeShippingFrom', values: { price: '€50' } },
      { id: 'product.deliveryStandard', values: { min: 2, max: 4 } },
      { id: 'product.deliveryExpress', values: { min: 1, max: 1 } },
      { id: 'product.returns', values: { days: 14 } },
    ])
  })

  it('takes the threshold checkout charges by as the default', () => {
    const [free] = shopPolicyMessages(defaultShopPolicies, String)
    expect(free?.values?.price).toBe('10000')
  })
})
