import { describe, expect, it } from 'vitest'
import { assertTransition, canTransition, type OrderStatus, orderStatuses, transitions } from './order-status.ts'

const allowed: [OrderStatus, OrderStatus][] = [
  ['pending_payment', 'paid'],
  ['pending_payment', 'payment_failed'],
  ['pending_payment', 'canceled'],
  ['payment_failed', 'paid'],
  ['payment_failed', 'canceled'],
  ['paid', 'fulfilling'],
  ['paid', 'refunded'],
  ['paid', 'partially_refunded'],
  ['paid', 'canceled'],
  ['fulfilling', 'shipped'],
  ['fulfilling', 'refunded'],
  ['fulfilling', 'canceled'],
  ['shipped', 'delivered'],
  ['shipped', 'refunded'],
  ['delivered', 'refunded'],
  ['delivered', 'partially_refunded'],
  ['partially_refunded', 'fulfilling'],
  ['partially_refunded', 'refunded'],
]

const forbidden: [OrderStatus, OrderStatus][] = [
  ['canceled', 'paid'],
  ['canceled', 'pending_payment'],
  ['refunded', 'paid'],
  ['paid', 'pending_payment'],
  ['paid', 'payment_failed'],
  ['shipped', 'paid'],
  ['delivered', 'shipped'],
  ['pending_payment', 'shipped'],
  ['payment_failed', 'payment_failed'],
  ['pending_payment', 'refunded'],
  ['fulfilling', 'partially_refunded'],
  ['shipped', 'partially_refunded'],
]

describe('order status transitions', () => {
  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true)
    expect(() => assertTransition(from, to)).not.toThrow()
  })

  it.each(forbidden)('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false)
    expect(() => assertTransition(from, to)).toThrow(`from ${from} to ${to}`)
  })

  it('lists exactly the allowed transitions above, so the table cannot grow untested', () => {
    const table = orderStatuses.flatMap((from) => transitions[from].map((to): [OrderStatus, OrderStatus] => [from, to]))
    expect(table.sort()).toEqual([...allowed].sort())
  })
})
