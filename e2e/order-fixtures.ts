/**
 * Orders made through the API, for specs whose subject comes after the checkout (order pages,
 * refunds): the cart is filled, the order placed and paid as the browser context's session.
 */
import { randomUUID } from 'node:crypto'
import type { APIRequestContext } from '@playwright/test'
import type { ShippingAddress } from '../shared/checkout/checkout-totals.ts'
import type { Order } from '../shared/orders/order.ts'
import { csrfTokenOf, expect } from './fixtures.ts'

/** The address the e2e orders ship to. */
export const testAddress = {
  name: 'Ada Lovelace',
  line1: '12 Analytical Street',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
} as const satisfies ShippingAddress

/** A test card the test payment provider charges successfully. */
export const payingCard = '4242424242424242'

/** Sets the quantity of each `[productId, quantity]` line in the session's cart. */
export async function fillCart(
  request: APIRequestContext,
  lines: readonly (readonly [string, number])[],
): Promise<void> {
  const response = await request.post('/api/sync/push', {
    headers: { 'x-csrf-token': await csrfTokenOf(request) },
    data: {
      mutations: lines.map(([productId, quantity]) => ({
        id: randomUUID(),
        kind: 'cart.set_quantity',
        productId,
        quantity,
        createdAt: new Date().toISOString(),
      })),
    },
  })
  expect(response.status(), await response.text()).toBe(200)
}

/** Checks the session's cart out to `testAddress` by standard shipping: an order awaiting payment. */
export async function placeOrder(request: APIRequestContext): Promise<Order> {
  const response = await request.post('/api/checkout', {
    headers: { 'x-csrf-token': await csrfTokenOf(request), 'idempotency-key': randomUUID() },
    data: { shippingAddress: testAddress, shippingMethod: 'standard' },
  })
  expect(response.status(), await response.text()).toBe(201)
  return (await response.json()) as Order
}

/** Pays the order with a test card; the order as the server answered (paid, or payment_failed). */
export async function pay(
  request: APIRequestContext,
  orderId: string,
  cardNumber: string = payingCard,
): Promise<Order> {
  const response = await request.post(`/api/orders/${orderId}/pay`, {
    headers: { 'x-csrf-token': await csrfTokenOf(request) },
    data: { cardNumber, expiry: '12/34', cvc: '123' },
  })
  expect(response.status(), await response.text()).toBe(200)
  return (await response.json()) as Order
}

/** An amount in minor units as the English pages show it: 1234, EUR → "€12.34". */
export function formatMoney(minorUnits: number, currency: string): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(minorUnits / 100)
}
