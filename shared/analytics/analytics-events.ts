/**
 * The one registry of analytics event names (STYLE: analytics event names live in one registry).
 * Names follow the Segment e-commerce spec v2 so the events can be forwarded to any warehouse or
 * tool that speaks it; `ga4EventNames` maps each to its GA4 recommended event where one exists.
 * Kept apart from the zod schemas (analytics-event-schema.ts) so the client can name events
 * without shipping zod.
 */

/** Every event the shop records, by a code-friendly key. */
export const AnalyticsEvent = {
  PageViewed: 'Page Viewed',
  ProductListViewed: 'Product List Viewed',
  ProductClicked: 'Product Clicked',
  ProductViewed: 'Product Viewed',
  ProductsSearched: 'Products Searched',
  ProductAdded: 'Product Added',
  ProductRemoved: 'Product Removed',
  ProductAddedToWishlist: 'Product Added to Wishlist',
  CartViewed: 'Cart Viewed',
  CheckoutStarted: 'Checkout Started',
  CheckoutStepCompleted: 'Checkout Step Completed',
  PaymentInfoEntered: 'Payment Info Entered',
  OrderCompleted: 'Order Completed',
  OrderRefunded: 'Order Refunded',
  PromotionViewed: 'Promotion Viewed',
  PromotionClicked: 'Promotion Clicked',
} as const
export type AnalyticsEventName = (typeof AnalyticsEvent)[keyof typeof AnalyticsEvent]

/** All event names, in registry order. */
export const analyticsEventNames = Object.values(AnalyticsEvent) as readonly AnalyticsEventName[]

/** GA4 recommended event names (https://developers.google.com/analytics/devguides/collection/ga4/reference/events). */
export type Ga4EventName =
  | 'page_view'
  | 'view_item_list'
  | 'select_item'
  | 'view_item'
  | 'search'
  | 'add_to_cart'
  | 'remove_from_cart'
  | 'add_to_wishlist'
  | 'view_cart'
  | 'begin_checkout'
  | 'add_payment_info'
  | 'purchase'
  | 'refund'
  | 'view_promotion'
  | 'select_promotion'

/**
 * The GA4 recommended event for each of ours. A completed checkout step has no general GA4
 * counterpart (GA4 names only the shipping and payment steps), so it maps to null and is not
 * forwarded under a GA4 name.
 */
export const ga4EventNames = {
  'Page Viewed': 'page_view',
  'Product List Viewed': 'view_item_list',
  'Product Clicked': 'select_item',
  'Product Viewed': 'view_item',
  'Products Searched': 'search',
  'Product Added': 'add_to_cart',
  'Product Removed': 'remove_from_cart',
  'Product Added to Wishlist': 'add_to_wishlist',
  'Cart Viewed': 'view_cart',
  'Checkout Started': 'begin_checkout',
  'Checkout Step Completed': null,
  'Payment Info Entered': 'add_payment_info',
  'Order Completed': 'purchase',
  'Order Refunded': 'refund',
  'Promotion Viewed': 'view_promotion',
  'Promotion Clicked': 'select_promotion',
} as const satisfies Record<AnalyticsEventName, Ga4EventName | null>

/** The GA4 recommended event name of `event`, or null when GA4 has none. */
export function toGa4EventName(event: AnalyticsEventName): Ga4EventName | null {
  return ga4EventNames[event]
}

/** True when `value` is one of the registered event names. */
export function isAnalyticsEventName(value: unknown): value is AnalyticsEventName {
  return typeof value === 'string' && (analyticsEventNames as readonly string[]).includes(value)
}

/** Device classes an event reports and a flag may target. */
export const deviceTypes = ['mobile', 'tablet', 'desktop'] as const
export type DeviceType = (typeof deviceTypes)[number]
