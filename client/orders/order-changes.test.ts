import { describe, expect, it } from 'vitest'
import type { Order } from '../../shared/orders/order.ts'
import type { OrderStatus } from '../../shared/orders/order-status.ts'
import { orderChanges, snapshotOrders } from './order-changes.ts'

const order = (id: string, status: OrderStatus, trackingNumber: string | null = null) =>
  ({
    id,
    number: 10042,
    status,
    tracking:
      trackingNumber === null
        ? null
        : { carrier: 'DHL', trackingNumber, shippedAt: '2026-03-02T09:00:00Z', deliveredAt: null },
  }) as unknown as Order

describe('orderChanges', () => {
  it.each<[string, Order, Order, ReturnType<typeof orderChanges>]>([
    [
      'a shipped order',
      order('a', 'fulfilling'),
      order('a', 'shipped', 'X1'),
      [{ orderId: 'a', number: 10042, change: 'shipped' }],
    ],
    [
      'a canceled order',
      order('a', 'paid'),
      order('a', 'canceled'),
      [{ orderId: 'a', number: 10042, change: 'canceled' }],
    ],
    [
      'a new tracking number',
      order('a', 'shipped', 'X1'),
      order('a', 'shipped', 'X2'),
      [{ orderId: 'a', number: 10042, change: 'tracking' }],
    ],
    ['a payment the shopper made', order('a', 'pending_payment'), order('a', 'paid'), []],
    ['a failed payment', order('a', 'pending_payment'), order('a', 'payment_failed'), []],
    ['an unchanged order', order('a', 'shipped', 'X1'), order('a', 'shipped', 'X1'), []],
  ])('announces %s correctly', (_, before, after, expected) => {
    expect(orderChanges(snapshotOrders([before]), [after])).toEqual(expected)
  })

  it('is silent about orders it had not seen (a new order, another shopper’s orders)', () => {
    expect(orderChanges(snapshotOrders([]), [order('b', 'shipped', 'X1')])).toEqual([])
  })

  it('treats an order stored before tracking existed like one without tracking', () => {
    const legacy = { id: 'a', status: 'fulfilling' } as unknown as Order
    expect(orderChanges(snapshotOrders([legacy]), [order('a', 'shipped', 'X1')])).toEqual([
      { orderId: 'a', number: 10042, change: 'shipped' },
    ])
  })
})
