/**
 * The browser's copy of the catalog, the shopper's cart and wishlist and the outbox of their
 * unsent changes (Dexie over IndexedDB). The UI renders from here, online or not. The page and the
 * service worker both open it. Schema changes add a new `version(n)`; never edit a shipped one.
 */
import { Dexie, type EntityTable } from 'dexie'
import type { SavedAddress } from '../../shared/account/saved-address.ts'
import type { SessionInfo } from '../../shared/account/user.ts'
import type { ShopperState } from '../../shared/cart/cart.ts'
import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import type { OrderLocale } from '../../shared/checkout/checkout-schema.ts'
import type { ShippingAddress, ShippingMethod } from '../../shared/checkout/checkout-totals.ts'
import type { DiscountRule } from '../../shared/discounts/discount.ts'
import type { ExposureInput, FlagsAnswer } from '../../shared/experiments/flag-api.ts'
import type { ProductId } from '../../shared/ids.ts'
import type { StoredExchangeRates } from '../../shared/markets/exchange-rates-answer.ts'
import type { Order } from '../../shared/orders/order.ts'
import type { ReviewPage, ReviewPhotoId, ReviewRating } from '../../shared/reviews/review.ts'
import type { StorefrontContent } from '../../shared/storefront/storefront-content.ts'
import type { SyncedCategory, SyncedProduct } from '../../shared/sync/catalog-changes.ts'
import type { Mutation } from '../../shared/sync/mutation.ts'
import { databaseName, metaKeys, type shopperStateKey } from './storage-keys.ts'

/**
 * A product as stored locally: its default-language texts plus `translations` in the locales this
 * device pulled (meta `catalogLocales`); readers localize it (client/catalog/localized-catalog.ts).
 * IndexedDB cannot index booleans, so featured products also carry `featuredKey: 1`: a sparse index
 * that holds exactly the featured rows.
 */
export type LocalProduct = SyncedProduct & { readonly featuredKey?: 1 }

/** A category as stored locally, with `translations` in the locales this device pulled. */
export type LocalCategory = SyncedCategory

export type MetaRow =
  | { readonly key: typeof metaKeys.catalogCursor; readonly value: string }
  | { readonly key: typeof metaKeys.catalogSyncedAt; readonly value: string }
  | { readonly key: typeof metaKeys.catalogSnapshot; readonly value: SnapshotProgress }
  | { readonly key: typeof metaKeys.catalogLocales; readonly value: readonly TranslatedLocale[] }
  | { readonly key: typeof metaKeys.session; readonly value: SessionInfo }
  | { readonly key: typeof metaKeys.ordersSyncedAt; readonly value: string }
  | { readonly key: typeof metaKeys.storefront; readonly value: StorefrontContent }
  | { readonly key: typeof metaKeys.discountCode; readonly value: AppliedCode }
  | { readonly key: typeof metaKeys.promotions; readonly value: readonly DiscountRule[] }
  | { readonly key: typeof metaKeys.exchangeRates; readonly value: StoredExchangeRates }
  | { readonly key: typeof metaKeys.savedAddresses; readonly value: StoredAddressBook }
  | { readonly key: typeof metaKeys.anonymousId; readonly value: string }
  | { readonly key: typeof metaKeys.flags; readonly value: StoredFlags }
  | { readonly key: typeof metaKeys.pendingExposures; readonly value: readonly ExposureInput[] }

/** The device's evaluated flags as last fetched, for the anonymous id they were evaluated for. */
export type StoredFlags = { readonly anonymousId: string; readonly answer: FlagsAnswer; readonly fetchedAt: string }

/** The account's address book as the device keeps it: whose book it is, the list, and when (ISO) it was fetched. */
export type StoredAddressBook = {
  readonly userId: string
  readonly addresses: readonly SavedAddress[]
  readonly savedAt: string
}

/**
 * A code the shopper applied: the rule the server answered for it (null until the server was asked,
 * e.g. typed offline). The preview uses the rule; the server decides when the order is placed.
 */
export type AppliedCode = { readonly code: string; readonly rule: DiscountRule | null }

/**
 * How far the snapshot file at `url` is applied: its first `rows` rows (categories, then products) are
 * stored. Kept only until the file is complete, when the catalog cursor takes over.
 */
export type SnapshotProgress = { readonly url: string; readonly rows: number }

/** A change not yet confirmed by the server; `seq` (auto-increment) is the order it is pushed in. */
export type OutboxRow = Mutation & { readonly seq: number }

/**
 * A mutation the server refused as a whole batch (400: a client bug, not a shopper's mistake). It is
 * kept aside, out of the outbox, so the outbox cannot loop on it, and so it can be reported.
 */
export type ParkedMutation = Mutation & { readonly seq: number; readonly parkedAt: string; readonly reason: string }

/** The last cart and wishlist the server confirmed; pending outbox rows are applied on top of it. */
export type ShopperStateRow = ShopperState & { readonly key: typeof shopperStateKey }

/**
 * A checkout the shopper placed while offline (or whose request failed on the network): sent with
 * its idempotency key when back online, after the outbox, so replays create one order. Removed
 * once the server answered (the order is then in `orders`) or refused it (`error` kept for display).
 */
export type PendingCheckout = {
  readonly idempotencyKey: string
  readonly email?: string
  readonly shippingAddress: ShippingAddress
  readonly shippingMethod: ShippingMethod
  /** The shop language when the order was placed (absent in rows queued before it was sent). */
  readonly locale?: OrderLocale
  /** The code applied when the order was placed; the server checks it again when the row is sent. */
  readonly discountCode?: string
  /** "Save this address to my account": the server adds it to the book once the order is placed. */
  readonly saveAddress?: boolean
  readonly createdAt: string
  /** The problem code of a refusal (e.g. OUT_OF_STOCK); the row stays until the shopper dismisses it. */
  readonly error?: string
}

/** One product page view on this device: the product and when (ISO) it was last viewed. */
export type RecentlyViewedRow = { readonly productId: ProductId; readonly viewedAt: string }

/**
 * The first page of a product's reviews (default sort, no filters) and its summary as last fetched,
 * readable offline; only the products viewed last are kept (client/reviews/saved-reviews.ts).
 */
export type SavedReviews = { readonly productId: ProductId; readonly page: ReviewPage; readonly savedAt: string }

/** A photo of a review draft, stored with it. */
export type DraftPhoto = {
  readonly id: ReviewPhotoId
  readonly blob: Blob
  /** Set once the server stored it; a retried draft skips it. */
  readonly uploaded: boolean
}

/** Why the server refused a draft: the problem code and, for bad input, the field it named. */
export type DraftRefusal = { readonly code: string; readonly field: string | null }

/** A review written on this device, kept until the server accepted it (client/reviews/review-draft.ts). */
export type ReviewDraft = {
  readonly mutationId: string
  readonly productId: ProductId
  readonly slug: string
  /** For the toast ("Your review of X is published") when the product is not stored. */
  readonly productName: string
  /** The shopper who wrote it: it is sent only with their session, never another's. */
  readonly userId: string
  readonly variantId: string | null
  readonly rating: ReviewRating
  readonly title: string
  readonly body: string
  readonly photos: readonly DraftPhoto[]
  /** `queued`: to be sent; `refused`: the server said no, kept so the form can reopen prefilled. */
  readonly state: 'queued' | 'refused'
  readonly refusal: DraftRefusal | null
  readonly createdAt: string
}

export type LocalDb = Dexie & {
  categories: EntityTable<LocalCategory, 'id'>
  products: EntityTable<LocalProduct, 'id'>
  meta: EntityTable<MetaRow, 'key'>
  outbox: EntityTable<OutboxRow, 'seq'>
  parkedMutations: EntityTable<ParkedMutation, 'seq'>
  shopperState: EntityTable<ShopperStateRow, 'key'>
  /** The shopper's orders as the server last answered them, readable offline. */
  orders: EntityTable<Order, 'id'>
  pendingCheckouts: EntityTable<PendingCheckout, 'idempotencyKey'>
  /** Products viewed on this device, for "Recently viewed"; never sent to the server. */
  recentlyViewed: EntityTable<RecentlyViewedRow, 'productId'>
  /** Reviews written on this device and not yet accepted by the server (client/reviews/review-outbox.ts). */
  reviewDrafts: EntityTable<ReviewDraft, 'mutationId'>
  savedReviews: EntityTable<SavedReviews, 'productId'>
}

export type LocalDbEvents = {
  /** Another tab or the worker opened a newer schema: this page runs old code and should reload. */
  readonly onVersionChange: () => void
  /** Our upgrade waits for another tab that still holds the old schema open. */
  readonly onBlocked: () => void
}

export function openLocalDb(events: LocalDbEvents): LocalDb {
  const db = new Dexie(databaseName) as LocalDb
  db.version(1).stores({
    categories: 'id, slug, position',
    products: 'id, slug, categoryId, [categoryId+price], [categoryId+createdAt], featuredKey, version',
    meta: 'key',
  })
  // Issue 3: the cart and wishlist (server state + outbox of pending mutations, DESIGN §3).
  db.version(2).stores({
    outbox: '++seq, &id',
    parkedMutations: '++seq, id',
    shopperState: 'key',
  })
  // Issue 5: orders readable offline, and checkouts placed offline.
  db.version(3).stores({
    orders: 'id, createdAt',
    pendingCheckouts: 'idempotencyKey, createdAt',
  })
  // Issue 13: products carry options and variants, cart and order lines name a variant. A catalog,
  // cart or order list stored before has none: drop them (and their cursors) so the next pulls
  // bring them whole.
  // The outbox stays: a cart change queued before names no variant, and the server resolves it.
  db.version(4)
    .stores({})
    .upgrade(async (tx) => {
      await tx.table('products').clear()
      await tx.table('shopperState').clear()
      await tx.table('orders').clear()
      await tx
        .table('meta')
        .bulkDelete([
          metaKeys.catalogCursor,
          metaKeys.catalogSyncedAt,
          metaKeys.catalogSnapshot,
          metaKeys.ordersSyncedAt,
        ])
    })
  // Issue 14: related products are looked up by brand and tag too (client/catalog/catalog-queries.ts),
  // and the products this device viewed last are kept (client/catalog/recently-viewed.ts).
  db.version(5).stores({
    products: 'id, slug, categoryId, [categoryId+price], [categoryId+createdAt], featuredKey, version, brand, *tags',
    recentlyViewed: 'productId, viewedAt',
  })
  // Issue 15: review drafts (with their photos as Blobs) wait here until sent; product reviews readable offline.
  db.version(6).stores({
    reviewDrafts: 'mutationId, productId, createdAt',
    savedReviews: 'productId, savedAt',
  })
  // Dexie's default handler closes the connection so the other tab's upgrade can proceed; we keep
  // that and only ask the shopper to reload onto the code that matches the new schema.
  db.on('versionchange', () => {
    events.onVersionChange()
  })
  db.on('blocked', () => {
    events.onBlocked()
  })
  return db
}

export function toLocalProduct(product: SyncedProduct): LocalProduct {
  return product.featured ? { ...product, featuredKey: 1 } : product
}

/** Storage is full (or the browser refused more): Dexie wraps the DOMException, so check both. */
export function isQuotaExceededError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (error.name === 'QuotaExceededError' || error.name === Dexie.errnames.QuotaExceeded) return true
  const inner = (error as { inner?: unknown }).inner
  return inner instanceof Error && inner.name === 'QuotaExceededError'
}
