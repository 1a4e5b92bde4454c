/**
 * The one registry of everything the client stores in the browser: the IndexedDB name, localStorage
 * keys, keys of the Dexie `meta` table, and cross-tab lock names. Renaming a value here orphans the
 * data stored under the old name, so treat these strings as a persisted contract.
 */

import { marketCookieName } from '../../shared/markets/market-choice.ts'

/** Name of the Dexie (IndexedDB) database that mirrors the catalog. */
export const databaseName = 'storefront'

/** IndexedDB database where Sentry's offline transport keeps error reports until they can be sent. */
export const errorReportsDatabaseName = 'storefront-error-reports'

/** IndexedDB database where analytics events wait until a batch is sent (client/analytics/analytics-queue.ts). */
export const analyticsDatabaseName = 'storefront-analytics'

/** localStorage keys: small per-device preferences that must be readable synchronously at start. */
export const localStorageKeys = {
  locale: 'storefront.locale',
  /** Set when the shopper answered "No thanks" to order notifications: never offered again here. */
  pushOfferDismissed: 'storefront.push-offer-dismissed',
  /**
   * The country the shopper chose (in the footer's market selector, or as the checkout's shipping
   * country): it decides their market (client/markets/market-store.ts), and the checkout's address
   * starts with it. Absent until they choose: their language then suggests a market.
   */
  shippingCountry: 'storefront.shipping-country',
  /** The shopper's analytics consent on this device (shared/analytics/analytics-consent.ts); absent until chosen. */
  analyticsConsent: 'storefront.analytics-consent',
  /** This device's anonymous analytics id (a uuid), created at the first recorded event. */
  analyticsAnonymousId: 'storefront.analytics-id',
} as const

/** Keys of rows in the Dexie `meta` table. */
export const metaKeys = {
  /** The opaque cursor of the last applied catalog page (shared/sync/catalog-cursor.ts); the `since` of the next pull. */
  catalogCursor: 'catalogCursor',
  /** ISO time of the last pull that reached `hasMore: false`; absent until the first full snapshot. */
  catalogSyncedAt: 'catalogSyncedAt',
  /**
   * While a snapshot file is being applied (before the catalog has a cursor): which file and how many
   * of its rows are stored, so a reload resumes where it stopped (client/local-data/catalog-sync-snapshot.ts).
   */
  catalogSnapshot: 'catalogSnapshot',
  /**
   * The locales whose catalog translations every stored row carries (issue 16): the feed is asked for
   * them; a switch to another one pulls its texts first (client/local-data/catalog-sync-texts.ts).
   */
  catalogLocales: 'catalogLocales',
  /** The last `SessionInfo` from the server: who this browser is and the CSRF token for writes. */
  session: 'session',
  /** ISO time of the last full order list from the server (the "last updated" of the order pages offline). */
  ordersSyncedAt: 'ordersSyncedAt',
  /**
   * The storefront document (home layout, published collections, new arrivals, best sellers), stored
   * whole after each catalog pull (docs/decisions/0023).
   */
  storefront: 'storefront',
  /** The discount code the shopper applied in the cart or at checkout, with its rule as last answered. */
  discountCode: 'discountCode',
  /** The automatic promotions' rules as last fetched: the cart previews them offline. */
  promotions: 'promotions',
  /** The exchange rates as last fetched (`GET /api/markets/rates`): market prices work offline. */
  exchangeRates: 'exchangeRates',
  /** The signed-in account's address book as last fetched, with its user id (client/account/address-book-store.ts). */
  savedAddresses: 'savedAddresses',
  /** This device's anonymous id (a UUID made once): the id flags and experiments bucket it by (decision 0033). */
  anonymousId: 'anonymousId',
  /** The last `GET /api/flags` answer, with the anonymous id it was for: flags work offline (client/flags/). */
  flags: 'flags',
  /** Experiment exposures rendered but not yet sent (offline): sent on the next flush. */
  pendingExposures: 'pendingExposures',
} as const

/** Cookies the page writes (the locale's lives with the locale: shared/i18n/locales.ts). */
export const cookieNames = {
  /** The chosen market's id, for the server's first views; see shared/markets/market-choice.ts. */
  market: marketCookieName,
} as const

/** Key of the one row of the Dexie `shopperState` table (the last authoritative cart and wishlist). */
export const shopperStateKey = 'current'

/** Web Locks names: one holder across all tabs of the origin. */
export const lockNames = {
  catalogSync: 'storefront.catalog-sync',
  /**
   * Held around every exchange that writes the shopper's server state locally — a push (by a tab or
   * the service worker), a pull, a sign-in or sign-out — so their answers are stored in the order the
   * server produced them.
   */
  shopperSync: 'storefront.shopper-sync',
  /** Held for its lifetime by the leader tab, the one that keeps the SSE connection open. */
  eventStream: 'storefront.event-stream',
  /** Held while queued checkouts are sent, so a tab and the sync engine never send one twice at once. */
  checkoutSend: 'storefront.checkout-send',
  /** Held while review drafts are sent, so two tabs never upload one draft's photos at once. */
  reviewSend: 'storefront.review-send',
} as const

/** BroadcastChannel names: messages between the tabs of the origin. */
export const channelNames = {
  /** The leader tab forwards server pokes; any tab announces a sign-in or sign-out. */
  shopperEvents: 'storefront.shopper-events',
  /** Whoever sent a queued checkout tells the open checkout pages how the server answered it. */
  checkoutAnswers: 'storefront.checkout-answers',
  /** Whoever sent a review draft tells every tab how the server answered (a toast). */
  reviewOutcomes: 'storefront.review-outcomes',
} as const

/** Background Sync tags the page registers and the service worker handles. */
export const syncTags = {
  outbox: 'outbox',
} as const
