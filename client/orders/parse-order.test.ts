import { describe, expect, it } from 'vitest'
import { asProductId, asVariantId } from '../../shared/ids.ts'
import type { Order } from '../../shared/orders/order.ts'
import { parseOrder, parseOrderList } from './parse-order.ts'

const order = {
  id: '3f2a9c1b-7d4e-4a60-9b1c-2e8f00c0ffee',
  number: 10042,
  status: 'paid',
  email: 'ada@example.test',
  currency: 'EUR',
  lines: [
    {
      productId: asProductId('p1'),
      variantId: asVariantId('v1'),
      sku: 'LAMP-BLK',
      name: 'Lamp',
      options: [{ code: 'colour', name: 'Colour', value: 'Black' }],
      unitPrice: 1000,
      quantity: 2,
      lineTotal: 2000,
    },
  ],
  totals: { items: 2000, discount: 0, shipping: 495, tax: 474, total: 2969 },
  shippingMethod: 'standard',
  shippingAddress: { name: 'Ada', line1: '12 Analytical Street', postalCode: '10115', city: 'Berlin', country: 'DE' },
  payment: { provider: 'test', status: 'succeeded', clientSecret: null, failureReason: null },
  reservationExpiresAt: null,
  refundedTotal: 0,
  refunds: [{ id: 'r1', amount: 500, status: 'succeeded', reason: null, createdAt: '2026-03-02T10:00:00Z' }],
  history: [
    { from: null, to: 'pending_payment', reason: 'checkout', at: '2026-03-01T10:00:00Z' },
    { from: 'pending_payment', to: 'paid', reason: 'payment succeeded', at: '2026-03-01T10:01:00Z' },
  ],
  tracking: { carrier: 'DHL', trackingNumber: 'JD0001', shippedAt: '2026-03-02T09:00:00Z', deliveredAt: null },
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:01:00Z',
} satisfies Order

describe('parseOrder', () => {
  it('accepts an order as the server sends it', () => {
    expect(parseOrder(structuredClone(order))).toEqual(order)
  })

  it.each<[string, Record<string, unknown>]>([
    ['number', { number: undefined }],
    ['number', { number: '10042' }],
    ['status', { status: 'lost' }],
    ['lines', { lines: [{ ...order.lines[0], quantity: 1.5 }] }],
    ['lines', { lines: [{ ...order.lines[0], options: [{ name: 'Size' }] }] }],
    ['lines', { lines: [{ ...order.lines[0], variantId: undefined }] }],
    ['totals', { totals: { ...order.totals, tax: -1 } }],
    ['shippingMethod', { shippingMethod: 'pigeon' }],
    ['shippingAddress', { shippingAddress: { ...order.shippingAddress, line2: null } }],
    ['payment', { payment: { ...order.payment, status: 'stolen' } }],
    ['refunds', { refunds: [{ ...order.refunds[0], status: 'maybe' }] }],
    ['history', { history: [{ ...order.history[0], to: 'teleported' }] }],
    ['tracking', { tracking: { ...order.tracking, trackingNumber: 42 } }],
    ['updatedAt', { updatedAt: undefined }],
  ])('refuses a bad %s, naming it', (field, change) => {
    expect(() => parseOrder({ ...order, ...change })).toThrow(`bad ${field}`)
  })
})

describe('parseOrderList', () => {
  it('parses every order of the list', () => {
    expect(parseOrderList({ orders: [order, order] })).toHaveLength(2)
  })

  it('refuses a body without an orders array', () => {
    expect(() => parseOrderList([order])).toThrow('orders is not an array')
  })
})
