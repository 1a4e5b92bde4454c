import { describe, expect, it } from 'vitest'
import type { OrderHistoryEntry } from '../../shared/orders/order.ts'
import type { OrderStatus } from '../../shared/orders/order-status.ts'
import { canPayNow, isNewerCopy, itemCount, staleOrderIds, statusTimeline } from './order-view.ts'

const now = new Date('2026-03-01T12:00:00Z')
const later = '2026-03-01T12:30:00Z'
const earlier = '2026-03-01T11:30:00Z'

describe('canPayNow', () => {
  it.each<[OrderStatus, string | null, boolean]>([
    ['pending_payment', later, true],
    ['payment_failed', later, true],
    ['pending_payment', earlier, false],
    ['payment_failed', null, false],
    ['paid', null, false],
    ['canceled', later, false],
    ['shipped', null, false],
  ])('%s with the reservation until %s: %s', (status, reservationExpiresAt, payable) => {
    expect(canPayNow({ status, reservationExpiresAt }, now)).toBe(payable)
  })

  it('is false at the very moment the reservation ends, as the server decides', () => {
    expect(canPayNow({ status: 'pending_payment', reservationExpiresAt: now.toISOString() }, now)).toBe(false)
  })
})

describe('itemCount', () => {
  it('counts units, not lines', () => {
    expect(itemCount({ lines: [{ quantity: 2 }, { quantity: 3 }] as never })).toBe(5)
  })
})

const at = (day: number) => `2026-02-${String(day).padStart(2, '0')}T10:00:00.000Z`

describe('staleOrderIds', () => {
  it('removes every stored order the server no longer lists when the list is not full', () => {
    const stored = [
      { id: 'a', createdAt: at(1) },
      { id: 'b', createdAt: at(2) },
      { id: 'c', createdAt: at(3) },
    ]
    const fresh = [{ id: 'c', createdAt: at(3) }]
    expect(staleOrderIds(stored, fresh, 100)).toEqual(['a', 'b'])
  })

  it('keeps stored orders older than a full list, which the server did not page to', () => {
    const stored = [
      { id: 'old', createdAt: at(1) },
      { id: 'gone', createdAt: at(5) },
      { id: 'listed', createdAt: at(6) },
    ]
    const fresh = [
      { id: 'listed', createdAt: at(6) },
      { id: 'oldest-listed', createdAt: at(4) },
    ]
    expect(staleOrderIds(stored, fresh, 2)).toEqual(['gone'])
  })

  it('removes everything when the server lists no orders (another shopper, or none left)', () => {
    expect(staleOrderIds([{ id: 'a', createdAt: at(1) }], [], 100)).toEqual(['a'])
  })
})

describe('isNewerCopy', () => {
  it.each([
    ['a copy changed after the stored one', at(3), at(2), true],
    ['a copy as old as the stored one (the same state, fetched again)', at(2), at(2), true],
    ['a copy from before the stored one (a list answered after a payment)', at(1), at(2), false],
  ])('takes %s: %s', (_name, fresh, stored, newer) => {
    expect(isNewerCopy({ updatedAt: fresh }, { updatedAt: stored })).toBe(newer)
  })

  it('takes any copy of an order the device does not hold', () => {
    expect(isNewerCopy({ updatedAt: at(1) }, undefined)).toBe(true)
  })
})

describe('statusTimeline', () => {
  const entry = (from: OrderStatus | null, to: OrderStatus, day: number): OrderHistoryEntry => ({
    from,
    to,
    reason: '',
    at: at(day),
  })
  const declinedThenPaid = [
    entry(null, 'pending_payment', 1),
    entry('pending_payment', 'payment_failed', 2),
    entry('payment_failed', 'paid', 3),
  ]

  it('lists a declined payment and the retry that paid, with only the payment as the current state', () => {
    expect(statusTimeline({ status: 'paid', history: declinedThenPaid }).map((e) => [e.to, e.current])).toEqual([
      ['pending_payment', false],
      ['payment_failed', false],
      ['paid', true],
    ])
  })

  it('keeps a declined payment current until a retry succeeds', () => {
    const history = declinedThenPaid.slice(0, 2)
    expect(statusTimeline({ status: 'payment_failed', history }).map((e) => e.current)).toEqual([false, true])
  })

  it('marks nothing current when the history does not reach the order’s status (an old copy)', () => {
    const history = declinedThenPaid.slice(0, 2)
    expect(statusTimeline({ status: 'paid', history }).some((e) => e.current)).toBe(false)
  })
})
