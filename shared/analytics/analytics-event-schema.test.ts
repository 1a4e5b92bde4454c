import { describe, expect, it } from 'vitest'
import { analyticsEventBatchSchema, analyticsEventSchema, parseAnalyticsEvent } from './analytics-event-schema.ts'
import {
  AnalyticsEvent,
  analyticsEventNames,
  ga4EventNames,
  isAnalyticsEventName,
  toGa4EventName,
} from './analytics-events.ts'

const envelope = {
  eventId: '0b9d6f3e-3c55-4c1e-9a51-2f1f0e7d9a10',
  anonymousId: '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  occurredAt: '2026-12-07T21:00:00.000Z',
  locale: 'de',
  market: 'eu',
  deviceType: 'mobile',
}
const product = { product_id: '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c', sku: 'TEE-RED-M', price: 2499, quantity: 2 }

const valid = {
  [AnalyticsEvent.PageViewed]: {
    path: '/de/products/red-tee',
    referrer: 'https://www.example.org/blog/summer',
    utm_source: 'newsletter',
    utm_medium: 'email',
    utm_campaign: 'summer-sale',
  },
  [AnalyticsEvent.ProductListViewed]: { list_id: 'category:tees', currency: 'EUR', products: [product] },
  [AnalyticsEvent.ProductClicked]: { list_id: 'search', currency: 'EUR', ...product, position: 3 },
  [AnalyticsEvent.ProductViewed]: { currency: 'EUR', ...product },
  [AnalyticsEvent.ProductsSearched]: { query: 'red tee', result_count: 12 },
  [AnalyticsEvent.ProductAdded]: { currency: 'EUR', ...product },
  [AnalyticsEvent.ProductRemoved]: { currency: 'EUR', ...product },
  [AnalyticsEvent.ProductAddedToWishlist]: { currency: 'EUR', ...product },
  [AnalyticsEvent.CartViewed]: { currency: 'EUR', value: 4998, products: [product] },
  [AnalyticsEvent.CheckoutStarted]: { checkout_id: 'c-1', currency: 'EUR', value: 4998, products: [product] },
  [AnalyticsEvent.CheckoutStepCompleted]: { checkout_id: 'c-1', step: 2, shipping_method: 'standard' },
  [AnalyticsEvent.PaymentInfoEntered]: { checkout_id: 'c-1', payment_method: 'card' },
  [AnalyticsEvent.OrderCompleted]: {
    order_id: 'SF-1042',
    currency: 'JPY',
    total: 5400,
    revenue: 4909,
    shipping: 0,
    tax: 491,
    discount: 0,
    products: [{ ...product, price: 2700 }],
  },
  [AnalyticsEvent.OrderRefunded]: { order_id: 'SF-1042', currency: 'JPY', total: 5400 },
  [AnalyticsEvent.PromotionViewed]: { promotion_id: 'winter', name: 'Winter sale', position: 'home_banner' },
  [AnalyticsEvent.PromotionClicked]: { promotion_id: 'winter', name: 'Winter sale' },
} satisfies Record<string, Record<string, unknown>>

function eventOf(name: string, properties: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { ...envelope, event: name, properties, ...extra }
}

function refusedPaths(input: unknown): string[] {
  const result = parseAnalyticsEvent(input)
  expect(result.success).toBe(false)
  return result.success ? [] : result.error.issues.map((issue) => [...issue.path, issue.code].join('.'))
}

describe('the analytics event schema', () => {
  it('has a valid example for every registered event name, and no schema without a name', () => {
    expect(Object.keys(valid).sort()).toEqual([...analyticsEventNames].sort())
    expect(analyticsEventSchema.options.map((option) => option.shape.event.value).sort()).toEqual(
      [...analyticsEventNames].sort(),
    )
  })

  it.each(Object.entries(valid))('accepts a well-formed "%s" event', (name, properties) => {
    const result = parseAnalyticsEvent(eventOf(name, properties))
    expect(result.success).toBe(true)
    expect(result.data?.event).toBe(name)
  })

  it('accepts the experiments the shopper was bucketed into', () => {
    const experiments = [{ experiment_key: 'pdp-gallery', variation_key: 'large' }]
    const result = parseAnalyticsEvent(eventOf('Product Viewed', valid['Product Viewed'], { experiments }))
    expect(result.data?.experiments).toEqual(experiments)
  })

  it('refuses an unknown event name', () => {
    expect(refusedPaths(eventOf('Product Liked', {}))).toEqual(['event.invalid_union'])
  })

  it.each([
    ['email', { email: 'ada@example.com' }],
    ['name', { first_name: 'Ada' }],
    ['address', { address: { street: '1 Main St' } }],
    ['phone', { phone: '+44 20 7946 0000' }],
  ])('refuses a property that would carry personal data (%s)', (_, extra) => {
    const paths = refusedPaths(eventOf('Order Completed', { ...valid['Order Completed'], ...extra }))
    expect(paths).toEqual(['properties.unrecognized_keys'])
  })

  it('refuses personal data added to the envelope or to a product', () => {
    expect(refusedPaths(eventOf('Page Viewed', valid['Page Viewed'], { email: 'ada@example.com' }))).toEqual([
      'unrecognized_keys',
    ])
    const withName = { ...valid['Cart Viewed'], products: [{ ...product, customer_name: 'Ada' }] }
    expect(refusedPaths(eventOf('Cart Viewed', withName))).toEqual(['properties.products.0.unrecognized_keys'])
  })

  it('refuses a search query holding an email address or a card number', () => {
    for (const query of ['ada@example.com', 'order 4242 4242 4242 4242']) {
      expect(refusedPaths(eventOf('Products Searched', { query }))).toEqual(['properties.query.custom'])
    }
  })

  it('refuses a page or referrer URL with a query or fragment, where personal data hides', () => {
    expect(refusedPaths(eventOf('Page Viewed', { path: '/account?email=ada@example.com' }))).toEqual([
      'properties.path.invalid_format',
    ])
    expect(
      refusedPaths(eventOf('Page Viewed', { path: '/', referrer: 'https://example.org/r?u=ada@example.com' })),
    ).toEqual(['properties.referrer.custom'])
  })

  it('takes money only as whole, non-negative minor units', () => {
    expect(refusedPaths(eventOf('Product Viewed', { ...valid['Product Viewed'], price: 24.99 }))).toEqual([
      'properties.price.invalid_type',
    ])
    expect(refusedPaths(eventOf('Order Refunded', { ...valid['Order Refunded'], total: -100 }))).toEqual([
      'properties.total.too_small',
    ])
    expect(refusedPaths(eventOf('Cart Viewed', { ...valid['Cart Viewed'], value: '4998' }))).toEqual([
      'properties.value.invalid_type',
    ])
  })

  it('refuses a currency the shop does not sell in and a missing currency', () => {
    expect(refusedPaths(eventOf('Product Viewed', { ...valid['Product Viewed'], currency: 'CHF' }))).toEqual([
      'properties.currency.invalid_value',
    ])
    const { currency: _, ...withoutCurrency } = valid['Product Viewed']
    expect(refusedPaths(eventOf('Product Viewed', withoutCurrency))).toEqual(['properties.currency.invalid_value'])
  })

  it('refuses an envelope without a uuid event id, or with an unknown locale, market or device', () => {
    const properties = valid['Page Viewed']
    expect(refusedPaths(eventOf('Page Viewed', properties, { eventId: 'e-1' }))).toEqual(['eventId.invalid_format'])
    expect(refusedPaths(eventOf('Page Viewed', properties, { locale: 'it', market: 'br', deviceType: 'tv' }))).toEqual([
      'locale.invalid_value',
      'market.invalid_value',
      'deviceType.invalid_value',
    ])
  })

  it('takes batches of one to a hundred events', () => {
    const one = eventOf('Page Viewed', valid['Page Viewed'])
    expect(analyticsEventBatchSchema.safeParse({ events: [one] }).success).toBe(true)
    expect(analyticsEventBatchSchema.safeParse({ events: [] }).success).toBe(false)
    expect(analyticsEventBatchSchema.safeParse({ events: Array(101).fill(one) }).success).toBe(false)
  })
})

describe('the event name registry', () => {
  it('maps the e-commerce events to their GA4 recommended names', () => {
    expect(toGa4EventName('Product Viewed')).toBe('view_item')
    expect(toGa4EventName('Product Added')).toBe('add_to_cart')
    expect(toGa4EventName('Order Completed')).toBe('purchase')
    expect(toGa4EventName('Checkout Step Completed')).toBeNull()
    const mapped = Object.values(ga4EventNames).filter((name) => name !== null)
    expect(new Set(mapped).size).toBe(mapped.length)
  })

  it('tells registered names from other strings', () => {
    expect(isAnalyticsEventName('Order Completed')).toBe(true)
    expect(isAnalyticsEventName('order_completed')).toBe(false)
    expect(isAnalyticsEventName(42)).toBe(false)
  })
})
