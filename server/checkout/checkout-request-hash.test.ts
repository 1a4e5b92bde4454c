import { describe, expect, it } from 'vitest'
import { type CheckoutRequest, hashCheckoutRequest } from './checkout-request-hash.ts'

const request: CheckoutRequest = {
  email: 'ada@example.com',
  shippingAddress: { name: 'Ada', line1: '1 Street', postalCode: '10115', city: 'Berlin', country: 'DE' },
  shippingMethod: 'standard',
}

describe('hashCheckoutRequest', () => {
  it('is the same for the same request, whatever the key order and an absent vs empty line2', () => {
    const reordered: CheckoutRequest = {
      shippingMethod: 'standard',
      shippingAddress: {
        country: 'DE',
        city: 'Berlin',
        postalCode: '10115',
        line1: '1 Street',
        name: 'Ada',
        line2: '',
      },
      email: 'ada@example.com',
    }
    expect(hashCheckoutRequest(reordered)).toBe(hashCheckoutRequest(request))
    expect(hashCheckoutRequest(request)).toMatch(/^[0-9a-f]{64}$/)
  })

  it.each([
    ['email', { ...request, email: 'eve@example.com' }],
    ['method', { ...request, shippingMethod: 'express' as const }],
    ['city', { ...request, shippingAddress: { ...request.shippingAddress, city: 'Munich' } }],
    ['line2', { ...request, shippingAddress: { ...request.shippingAddress, line2: 'Flat 2' } }],
    ['region', { ...request, shippingAddress: { ...request.shippingAddress, region: 'BE' } }],
    ['phone', { ...request, shippingAddress: { ...request.shippingAddress, phone: '+49301234567' } }],
  ])('changes when the %s changes', (_field, changed) => {
    expect(hashCheckoutRequest(changed)).not.toBe(hashCheckoutRequest(request))
  })

  it('never hashes a phone like a discount code of the same text', () => {
    const withPhone = { ...request, shippingAddress: { ...request.shippingAddress, phone: '+49301234567' } }
    expect(hashCheckoutRequest(withPhone)).not.toBe(hashCheckoutRequest({ ...request, discountCode: '+49301234567' }))
  })

  it('hashes a request without a region as before regions existed (stored hashes stay valid)', () => {
    expect(hashCheckoutRequest(request)).toBe('e51081fcd1affdd2eb71b6540ca7ed1085fa836aab48afcb2706c5ea1fa6bacb')
  })

  it('does not confuse a value moved between fields', () => {
    const a = { ...request, shippingAddress: { ...request.shippingAddress, line1: 'A', line2: 'B' } }
    const b = { ...request, shippingAddress: { ...request.shippingAddress, line1: 'AB', line2: '' } }
    expect(hashCheckoutRequest(a)).not.toBe(hashCheckoutRequest(b))
  })
})
