/**
 * With Stripe configured, the payment step loads Stripe.js only there, and when it cannot load
 * (blocked, offline) the page says so with a retry instead of spinning. The API answers are stubbed:
 * the e2e server runs the test provider and no test may reach Stripe.
 */
import { expect, test } from './fixtures.ts'

// Without STRIPE_PUBLISHABLE_KEY the server's CSP refuses js.stripe.com: one way Stripe.js fails to load.
test.use({ allowCspViolations: true })

const orderId = '0b9c1f5e-8a8e-4c59-9f3e-2a1d3c4b5e6f'
const now = new Date()

const order = {
  id: orderId,
  number: 10042,
  status: 'pending_payment',
  email: 'stripe@example.test',
  currency: 'EUR',
  lines: [
    {
      productId: crypto.randomUUID(),
      variantId: crypto.randomUUID(),
      sku: 'LAMP',
      name: 'Lamp',
      options: [],
      unitPrice: 2500,
      quantity: 1,
      lineTotal: 2500,
    },
  ],
  totals: { items: 2500, discount: 0, shipping: 495, tax: 569, total: 3564 },
  shippingMethod: 'standard',
  shippingAddress: { name: 'Ada', line1: '1 Street', postalCode: '10115', city: 'Berlin', country: 'DE' },
  payment: {
    provider: 'stripe',
    status: 'requires_payment_method',
    clientSecret: 'pi_1_secret_2',
    failureReason: null,
  },
  reservationExpiresAt: new Date(now.getTime() + 30 * 60_000).toISOString(),
  refundedTotal: 0,
  refunds: [],
  tracking: null,
  history: [{ from: null, to: 'pending_payment', reason: 'checkout', at: now.toISOString() }],
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
}

const options = {
  paymentProvider: 'stripe',
  stripePublishableKey: 'pk_test_e2e',
  shippingMethods: [
    { method: 'standard', price: 495 },
    { method: 'express', price: 1495 },
  ],
  freeStandardShippingFrom: 10_000,
  taxRates: { DE: 1900 },
  countries: ['DE'],
  defaults: null,
}

test('when Stripe.js cannot load, the payment step says so and offers a retry', async ({ page }) => {
  const stripeRequests: string[] = []
  await page.route('https://*.stripe.com/**', (route) => {
    stripeRequests.push(route.request().url())
    return route.abort('blockedbyclient')
  })
  await page.route(`**/api/orders/${orderId}`, (route) => route.fulfill({ json: order }))
  // The shopper's order list holds it too: the app refreshes the stored orders from it whenever its
  // event stream opens, and an order the list lacks is dropped from the device.
  await page.route('**/api/orders', (route) => route.fulfill({ json: { orders: [order] } }))
  await page.route('**/api/checkout/options', (route) => route.fulfill({ json: options }))

  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(stripeRequests).toEqual([])

  await page.goto(`/checkout/pay/${orderId}`)
  await expect(page.getByRole('heading', { name: 'Payment', level: 1 })).toBeVisible()
  const problem = page.getByRole('alert').filter({ hasText: 'The payment form could not be loaded' })
  await expect(problem).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('button', { name: 'Pay now' })).toHaveCount(0)
  await problem.getByRole('button', { name: 'Try again' }).click()
  await expect(problem).toBeVisible({ timeout: 15_000 })
})
