/**
 * The typed analytics event schema (issue 17): one discriminated union on `event`, with Segment
 * e-commerce spec names and snake_case properties, shared by the client that records events and
 * the server that ingests them. Privacy is by construction: every object is strict, so a field
 * the schema does not name (an email, a name, an address) is refused rather than stored, and the
 * free text it does take (a search query) is refused when the scrubber would mask anything in it.
 * Money is integer minor units plus the event's ISO currency, as everywhere in the shop.
 */
import { z } from 'zod'
import { storableDateTime } from '../date-time-schema.ts'
import { locales } from '../i18n/locales.ts'
import { marketIds } from '../markets/market.ts'
import { currencyCodes } from '../money.ts'
import { scrubText } from '../observability/scrub.ts'
import { AnalyticsEvent, deviceTypes } from './analytics-events.ts'

const minorUnits = z.number().int('must be whole minor units').min(0).max(Number.MAX_SAFE_INTEGER)
const currency = z.enum(currencyCodes)
const label = z.string().trim().min(1).max(200)
const id = z.string().trim().min(1).max(100)
const position = z.number().int().min(1).max(10_000)
/** Free text a shopper typed: refused when it holds an email address or a card-like number. */
const shopperText = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((text) => scrubText(text) === text, 'must not contain personal data')
/** An absolute http(s) URL without query or fragment, which is where personal data hides in URLs. */
const bareUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .refine((url) => !url.includes('?') && !url.includes('#'), 'must have no query or fragment')
const path = z
  .string()
  .max(2000)
  .regex(/^\/[^?#]*$/, 'must be a path without query or fragment')

/** The experiments the shopper was bucketed into when the event happened (for per-variant results). */
const experimentExposure = z.object({ experiment_key: id, variation_key: id }).strict()

/** Fields every event carries. `eventId` makes ingestion exactly-once (a replay is a duplicate). */
const envelope = {
  eventId: z.uuid(),
  anonymousId: z.uuid(),
  occurredAt: storableDateTime,
  locale: z.enum(locales),
  market: z.enum(marketIds),
  deviceType: z.enum(deviceTypes),
  experiments: z.array(experimentExposure).max(20).optional(),
}

/** A product as Segment's e-commerce spec describes it; `price` is per unit, in the event's currency. */
const product = z
  .object({
    product_id: z.uuid(),
    variant_id: z.uuid().optional(),
    sku: id.optional(),
    name: label.optional(),
    variant: label.optional(),
    brand: label.optional(),
    category: label.optional(),
    price: minorUnits,
    quantity: z.number().int().min(1).max(10_000).optional(),
    position: position.optional(),
    coupon: id.optional(),
  })
  .strict()
const products = z.array(product).max(200)

const promotion = z.object({ promotion_id: id, name: label, creative: label.optional(), position: id.optional() })
const orderTotals = {
  currency,
  total: minorUnits,
  revenue: minorUnits,
  shipping: minorUnits,
  tax: minorUnits,
  discount: minorUnits,
  coupon: id.optional(),
}

function event<const N extends string, P extends z.ZodRawShape>(name: N, properties: P) {
  return z.object({ ...envelope, event: z.literal(name), properties: z.object(properties).strict() }).strict()
}

const pageViewed = event(AnalyticsEvent.PageViewed, {
  path,
  referrer: bareUrl.optional(),
  utm_source: label.optional(),
  utm_medium: label.optional(),
  utm_campaign: label.optional(),
  utm_term: label.optional(),
  utm_content: label.optional(),
})
const productListViewed = event(AnalyticsEvent.ProductListViewed, {
  list_id: id,
  category: label.optional(),
  currency,
  products,
})
const productClicked = event(AnalyticsEvent.ProductClicked, { list_id: id.optional(), currency, ...product.shape })
const productViewed = event(AnalyticsEvent.ProductViewed, { currency, ...product.shape })
const productsSearched = event(AnalyticsEvent.ProductsSearched, {
  query: shopperText,
  result_count: z.number().int().min(0).optional(),
})
const productAdded = event(AnalyticsEvent.ProductAdded, { cart_id: id.optional(), currency, ...product.shape })
const productRemoved = event(AnalyticsEvent.ProductRemoved, { cart_id: id.optional(), currency, ...product.shape })
const productAddedToWishlist = event(AnalyticsEvent.ProductAddedToWishlist, { currency, ...product.shape })
const cartViewed = event(AnalyticsEvent.CartViewed, { cart_id: id.optional(), currency, value: minorUnits, products })
const checkoutStarted = event(AnalyticsEvent.CheckoutStarted, {
  checkout_id: id,
  currency,
  value: minorUnits,
  coupon: id.optional(),
  products,
})
const checkoutStepCompleted = event(AnalyticsEvent.CheckoutStepCompleted, {
  checkout_id: id,
  step: z.number().int().min(1).max(20),
  shipping_method: label.optional(),
  payment_method: label.optional(),
})
const paymentInfoEntered = event(AnalyticsEvent.PaymentInfoEntered, {
  checkout_id: id,
  order_id: id.optional(),
  payment_method: label.optional(),
})
const orderCompleted = event(AnalyticsEvent.OrderCompleted, {
  order_id: id,
  checkout_id: id.optional(),
  ...orderTotals,
  products,
})
const orderRefunded = event(AnalyticsEvent.OrderRefunded, {
  order_id: id,
  currency,
  total: minorUnits,
  products: products.optional(),
})
const promotionViewed = event(AnalyticsEvent.PromotionViewed, promotion.shape)
const promotionClicked = event(AnalyticsEvent.PromotionClicked, promotion.shape)

/** Any analytics event, discriminated by its Segment name in `event`. */
export const analyticsEventSchema = z.discriminatedUnion('event', [
  pageViewed,
  productListViewed,
  productClicked,
  productViewed,
  productsSearched,
  productAdded,
  productRemoved,
  productAddedToWishlist,
  cartViewed,
  checkoutStarted,
  checkoutStepCompleted,
  paymentInfoEntered,
  orderCompleted,
  orderRefunded,
  promotionViewed,
  promotionClicked,
])
export type AnalyticsEventPayload = z.infer<typeof analyticsEventSchema>
/** The properties of the event named `N`. */
export type AnalyticsEventProperties<N extends AnalyticsEventPayload['event']> = Extract<
  AnalyticsEventPayload,
  { event: N }
>['properties']

/** The most events one ingestion request may carry (a flushed offline outbox sends them in batches). */
export const maxAnalyticsEventsPerBatch = 100

/** A batch of events as the client sends it. */
export const analyticsEventBatchSchema = z
  .object({ events: z.array(analyticsEventSchema).min(1).max(maxAnalyticsEventsPerBatch) })
  .strict()

/**
 * Parses an event from untrusted input (a request body, an outbox row). Returns the typed event,
 * or the zod issues naming the refused fields; it never throws for bad input.
 */
export function parseAnalyticsEvent(input: unknown): z.ZodSafeParseResult<AnalyticsEventPayload> {
  return analyticsEventSchema.safeParse(input)
}
