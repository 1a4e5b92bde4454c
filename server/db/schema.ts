import { sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  bigint,
  boolean,
  char,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import type { Role } from '../../shared/account/user.ts'
import type { AnalyticsConsent } from '../../shared/analytics/analytics-consent.ts'
import type { ApiKeyAuditAction, ApiKeyScope } from '../../shared/api-keys/api-key.ts'
import type { CategoryTranslation, ProductTranslation, Translations } from '../../shared/catalog/catalog-translation.ts'
import type { ProductImage, ProductOption } from '../../shared/catalog/product.ts'
import type { CheckoutDefaults, ShippingAddress, ShippingMethod } from '../../shared/checkout/checkout-totals.ts'
import type { CurrencyAmounts, DiscountBenefit, DiscountScope } from '../../shared/discounts/discount.ts'
import type { FlagAuditAction } from '../../shared/experiments/flag-api.ts'
import type { FlagDefinition } from '../../shared/experiments/flags.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { TaxMode } from '../../shared/markets/market.ts'
import type { MarketPrices } from '../../shared/markets/market-prices-schema.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import type { OrderLineOption, PaymentProviderName, PaymentStatus, RefundStatus } from '../../shared/orders/order.ts'
import type { OrderStatus } from '../../shared/orders/order-status.ts'
import type { HoldReason, ReportReason, ReviewStatus } from '../../shared/reviews/review.ts'
import type { CollectionKind, CollectionRule } from '../../shared/storefront/collection.ts'
import type { HomeBlock } from '../../shared/storefront/home-blocks.ts'
import type { LocalizedText } from '../../shared/storefront/localized-text.ts'

/**
 * One change counter for everything the client mirrors (DESIGN §3). The value is assigned by the
 * `catalog_stamp_version` trigger (see the custom migration), never by application code, so any
 * write — including hand-written SQL — moves a row past every sync cursor that has seen it.
 */
export const catalogVersion = pgSequence('catalog_version', { startWith: 1, increment: 1 })

// Millisecond precision so a timestamp survives the round trip through a JS Date and a cursor.
const timestamptz = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' })

/** A 64-bit transaction id, read as its decimal text (it can pass 2^53). */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' })

const versionColumns = {
  version: bigint('version', { mode: 'number' }).notNull().default(sql`nextval('catalog_version')`),
  /** The transaction that last wrote the row (set by the same trigger): the sync feed's order (decision 0006). */
  xactId: xid8('xact_id').notNull().default(sql`pg_current_xact_id()`),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  deletedAt: timestamptz('deleted_at'),
}

export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    translations: jsonb('translations').$type<Translations<CategoryTranslation>>().notNull().default({}),
    position: integer('position').notNull(),
    ...versionColumns,
  },
  (t) => [
    index('categories_version_idx').on(t.version),
    index('categories_xact_idx').on(t.xactId, t.id),
    index('categories_position_idx').on(t.position),
  ],
)

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    brand: text('brand').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    price: integer('price').notNull(),
    currency: char('currency', { length: 3 }).$type<CurrencyCode>().notNull(),
    stock: integer('stock').notNull(),
    featured: boolean('featured').notNull().default(false),
    images: jsonb('images').$type<ProductImage[]>().notNull().default([]),
    /** Ordered options and values (DESIGN §10); empty for a product sold in one form. */
    options: jsonb('options').$type<ProductOption[]>().notNull().default([]),
    /** Name, description and option texts in the shop's other languages (shared/catalog/catalog-translation.ts). */
    translations: jsonb('translations').$type<Translations<ProductTranslation>>().notNull().default({}),
    /**
     * Published reviews per star (index 0 = 1 star), moved in the same transaction as the review
     * (decision 0024): the write bumps the product's version, so the catalog feed and the search
     * index follow without a feed of their own.
     */
    ratingCounts: integer('rating_counts').array().notNull().default(sql`'{0,0,0,0,0}'::integer[]`),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    ...versionColumns,
  },
  (t) => [
    check('products_price_non_negative', sql`${t.price} >= 0`),
    check('products_rating_counts_valid', sql`cardinality(${t.ratingCounts}) = 5 and 0 <= all(${t.ratingCounts})`),
    check('products_stock_non_negative', sql`${t.stock} >= 0`),
    // Keyset pagination: (sort key, id) per sort, with and without a category filter.
    index('products_created_idx').on(t.createdAt, t.id),
    index('products_price_idx').on(t.price, t.id),
    index('products_category_created_idx').on(t.categoryId, t.createdAt, t.id),
    index('products_category_price_idx').on(t.categoryId, t.price, t.id),
    index('products_version_idx').on(t.version),
    index('products_xact_idx').on(t.xactId, t.id),
  ],
)

/**
 * What is sold: one row per offered combination of a product's option values (DESIGN §10), with its
 * own SKU, stock and price. `products.stock` and `products.price` are the sum of the live variants'
 * stock and the lowest of their prices, kept by the `product_variants_roll_up` trigger (migration
 * 0012); the same write thereby moves the product past every sync cursor, so the catalog feed, which
 * carries a product with its variants, needs no feed of its own for them. Never deleted: order lines
 * keep naming a withdrawn variant, which is soft-deleted like a product.
 */
export const productVariants = pgTable(
  'product_variants',
  {
    id: uuid('id').primaryKey(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    sku: text('sku').notNull(),
    /** One value code per option code of the product: `{"size": "42", "colour": "black"}`. */
    optionValues: jsonb('option_values').$type<Record<string, string>>().notNull().default({}),
    price: integer('price').notNull(),
    compareAtPrice: integer('compare_at_price'),
    stock: integer('stock').notNull(),
    barcode: text('barcode'),
    weightGrams: integer('weight_grams'),
    /** Indexes into the product's images that show this variant. */
    imageIndexes: integer('image_indexes').array().notNull().default(sql`'{}'::integer[]`),
    /**
     * Prices the merchant set per market, in minor units of the market's currency (`{"eu": 1799,
     * "jp": 2980}`, decision 0026); a market without one converts `price`. A write moves the product
     * past every sync cursor through the roll-up trigger, like any variant write.
     */
    marketPrices: jsonb('market_prices').$type<MarketPrices>().notNull().default({}),
    position: integer('position').notNull(),
    /**
     * Counts the row's updates (the `product_variants_touch` trigger, migration 0013), whoever writes
     * it: the admin's price edit carries the revision it saw and is refused when the variant moved on.
     */
    revision: integer('revision').notNull().default(0),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    deletedAt: timestamptz('deleted_at'),
  },
  (t) => [
    check('product_variants_price_non_negative', sql`${t.price} >= 0`),
    check('product_variants_stock_non_negative', sql`${t.stock} >= 0`),
    check(
      'product_variants_compare_at_above_price',
      sql`${t.compareAtPrice} is null or ${t.compareAtPrice} > ${t.price}`,
    ),
    check('product_variants_weight_non_negative', sql`${t.weightGrams} is null or ${t.weightGrams} >= 0`),
    check('product_variants_market_prices_object', sql`jsonb_typeof(${t.marketPrices}) = 'object'`),
    uniqueIndex('product_variants_sku_idx').on(t.sku),
    uniqueIndex('product_variants_options_idx').on(t.productId, t.optionValues).where(sql`${t.deletedAt} is null`),
    index('product_variants_product_idx').on(t.productId, t.position),
    // The admin dashboard's low-stock list, per variant (decision 0012).
    index('product_variants_low_stock_idx').on(t.stock).where(sql`${t.deletedAt} is null`),
  ],
)

/**
 * Exchange rates from the catalog's base currency (USD) in millionths (1 USD = 0.92 EUR → 920 000),
 * as `ExchangeRates` in shared/markets/market-price.ts: converted market prices are computed from
 * them on every read, so a new rate reprices every market at once (decision 0026).
 */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    currency: char('currency', { length: 3 }).$type<CurrencyCode>().primaryKey(),
    rateMicros: bigint('rate_micros', { mode: 'number' }).notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [check('exchange_rates_rate_positive', sql`${t.rateMicros} > 0`)],
)

/**
 * Collections the admin curates (issue 14): manual (products in the admin's order) or by rule
 * (shared/storefront/collection-rules.ts). Stamped by the catalog trigger like categories, so every
 * write moves `version` on; shoppers' devices get published ones in the storefront document
 * (docs/decisions/0023), not through the catalog feed. Soft-deleted; a slug is unique among live ones.
 */
export const collections = pgTable(
  'collections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    image: jsonb('image').$type<ProductImage | null>(),
    kind: text('kind').$type<CollectionKind>().notNull(),
    rule: jsonb('rule').$type<CollectionRule>().notNull(),
    productIds: uuid('product_ids').array().notNull().default(sql`'{}'::uuid[]`),
    position: integer('position').notNull(),
    published: boolean('published').notNull().default(false),
    ...versionColumns,
  },
  (t) => [
    check('collections_kind_known', sql`${t.kind} in ('manual', 'rule')`),
    uniqueIndex('collections_slug_idx').on(t.slug).where(sql`${t.deletedAt} is null`),
    index('collections_position_idx').on(t.position),
  ],
)

/** The home page's blocks (shared/storefront/home-blocks.ts): one document, one row (`id = 'home'`). */
export const homeLayout = pgTable(
  'home_layout',
  {
    id: text('id').primaryKey(),
    blocks: jsonb('blocks').$type<HomeBlock[]>().notNull(),
    ...versionColumns,
  },
  (t) => [check('home_layout_one_row', sql`${t.id} = 'home'`)],
)

/**
 * Server receive order of shopper changes (DESIGN §3): every accepted cart/wishlist mutation takes
 * the next number as the `changedAt` of the lines it touches, and a shopper's state `version` is the
 * last number its state took. One sequence for all shoppers, so a browser that switches shopper
 * (sign-in, sign-out) always sees a newer version than any it saw before.
 */
export const shopperChange = pgSequence('shopper_change', { startWith: 1, increment: 1 })

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lowercased (the input schema lowercases), so the unique index is case-insensitive. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull().default('customer'),
    /** `scrypt$N$r$p$salt$hash`: parameters travel with the hash so they can be raised later. */
    passwordHash: text('password_hash').notNull(),
    /** The account's Stripe customer (cards saved for reuse); null until its first Stripe payment. */
    stripeCustomerId: text('stripe_customer_id').unique(),
    /** The address and email of the account's last checkout, offered at the next one. */
    checkoutDefaults: jsonb('checkout_defaults').$type<CheckoutDefaults>(),
    /**
     * The shop language the shopper last picked while signed in (decision 0027): a device with no
     * choice of its own starts in it. Null until the first pick.
     */
    locale: text('locale').$type<Locale>(),
    /** When the owner proved the address by following the emailed link; orders do not wait for it. */
    emailVerifiedAt: timestamptz('email_verified_at'),
    /** The shopper's analytics consent as last chosen signed in (issue 17 §3); null: never asked. */
    analyticsConsent: jsonb('analytics_consent').$type<AnalyticsConsent>(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('users_role_known', sql`${t.role} in ('customer', 'admin')`),
    check('users_locale_known', sql`${t.locale} is null or ${t.locale} in ('en', 'de', 'fr', 'es', 'ja', 'ar')`),
  ],
)

/**
 * Whoever owns a cart and wishlist: a guest (user_id null, one per guest session) or an account
 * (exactly one per user, shared by all of the user's sessions). The row is also the per-shopper
 * lock that serialises pushes and merges (`select ... for update`).
 */
export const shoppers = pgTable('shoppers', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .unique()
    .references(() => users.id, { onDelete: 'cascade' }),
  version: bigint('version', { mode: 'number' }).notNull().default(sql`nextval('shopper_change')`),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
})

/** A browser's session. Only the sha256 of the cookie value is stored, so a leaked table grants nothing. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    shopperId: uuid('shopper_id')
      .notNull()
      .references(() => shoppers.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    /** The browser that opened the session, as its User-Agent said: the account's device list shows it. */
    userAgent: text('user_agent'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    /** Last request seen on the session, written at most every few minutes, not on every request. */
    lastUsedAt: timestamptz('last_used_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    index('sessions_shopper_idx').on(t.shopperId),
    index('sessions_expires_idx').on(t.expiresAt),
  ],
)

export type AccountTokenPurpose = 'password_reset' | 'verify_email' | 'change_email'

/**
 * Single-use links emailed to an account owner (password reset, email verification, email change).
 * Only the sha256 of the token is kept; `used_at` makes it single use.
 */
export const accountTokens = pgTable(
  'account_tokens',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<AccountTokenPurpose>().notNull(),
    /** The new address an email change will set once its link is followed; null for other purposes. */
    email: text('email'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
  },
  (t) => [
    check('account_tokens_purpose_known', sql`${t.purpose} in ('password_reset', 'verify_email', 'change_email')`),
    index('account_tokens_user_idx').on(t.userId, t.purpose),
    index('account_tokens_expires_idx').on(t.expiresAt),
  ],
)

/** An account's address book: checkout offers these, the default ones first. */
export const savedAddresses = pgTable(
  'saved_addresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    address: jsonb('address').$type<ShippingAddress>().notNull(),
    isDefaultShipping: boolean('is_default_shipping').notNull().default(false),
    isDefaultBilling: boolean('is_default_billing').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('saved_addresses_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('saved_addresses_default_shipping_idx').on(t.userId).where(sql`${t.isDefaultShipping}`),
    uniqueIndex('saved_addresses_default_billing_idx').on(t.userId).where(sql`${t.isDefaultBilling}`),
  ],
)

const shopperItemColumns = {
  shopperId: uuid('shopper_id')
    .notNull()
    .references(() => shoppers.id, { onDelete: 'cascade' }),
  productId: uuid('product_id')
    .notNull()
    .references(() => products.id),
  /** Receive order of the mutation that last set this item: the later one wins (DESIGN §3). */
  changedAt: bigint('changed_at', { mode: 'number' }).notNull(),
  /** Receive order when the item entered this shopper's list: the display order, stable under edits. */
  addedAt: bigint('added_at', { mode: 'number' }).notNull(),
}

export const cartLines = pgTable(
  'cart_lines',
  {
    ...shopperItemColumns,
    /** A line is per variant: the same shoe in two sizes is two lines. */
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id),
    quantity: integer('quantity').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.shopperId, t.variantId] }),
    check('cart_lines_quantity_range', sql`${t.quantity} between 1 and 10`),
  ],
)

/** One item per product; `variant_id` remembers the size and colour the shopper had chosen, if any. */
export const wishlistItems = pgTable(
  'wishlist_items',
  { ...shopperItemColumns, variantId: uuid('variant_id').references(() => productVariants.id) },
  (t) => [primaryKey({ columns: [t.shopperId, t.productId] })],
)

/** Mutation ids already processed for a shopper: the at-most-once memory of `POST /api/sync/push`. */
export const appliedMutations = pgTable(
  'applied_mutations',
  {
    shopperId: uuid('shopper_id')
      .notNull()
      .references(() => shoppers.id, { onDelete: 'cascade' }),
    mutationId: uuid('mutation_id').notNull(),
    appliedAt: timestamptz('applied_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.shopperId, t.mutationId] }),
    // Retention deletes the oldest ids first (decision 0012).
    index('applied_mutations_applied_idx').on(t.appliedAt),
  ],
)

/**
 * The event log behind `GET /api/events`: appended in the transaction that made the change, so an
 * event exists exactly when its change committed. Ids order a shopper's events: they are taken while
 * the shopper row is locked, so for one shopper they also commit in id order and a reader resuming
 * "after id N" never skips one. The bus only wakes readers; the log is the truth (DESIGN §8).
 */
export const events = pgTable(
  'events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    shopperId: uuid('shopper_id')
      .notNull()
      .references(() => shoppers.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('events_shopper_idx').on(t.shopperId, t.id),
    // By time: the dashboard's active carts (last 30 minutes) and retention (decision 0012).
    index('events_created_idx').on(t.createdAt),
  ],
)

/**
 * Orders (DESIGN §4). The status changes only through shared/orders/order-status.ts, each change
 * recorded in order_history in the same transaction. While `reservation_expires_at` is set the
 * order holds its lines' stock; the expiry job returns it. The shopper link survives a guest
 * shopper's deletion (sign-in merge) as null: the order stays, reachable through `user_id`/email.
 */
/**
 * The numbers people read on orders (`SF-10042`): sequential per shop, taken by the insert that
 * creates the order (the column's default), so a rolled-back checkout may leave a gap but two
 * orders never share one. The uuid stays the API id.
 */
export const orderNumberSeq = pgSequence('order_number_seq', { startWith: 10001, increment: 1 })

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderNumber: bigint('order_number', { mode: 'number' }).notNull().default(sql`nextval('order_number_seq')`),
    shopperId: uuid('shopper_id').references(() => shoppers.id, { onDelete: 'set null' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    status: text('status').$type<OrderStatus>().notNull(),
    currency: char('currency', { length: 3 }).$type<CurrencyCode>().notNull(),
    /**
     * Whether the order's prices contain the tax (`tax_total` is then the included part) or it was
     * added: its market's mode at checkout (decision 0026). Orders before markets had it added.
     */
    taxMode: text('tax_mode').$type<TaxMode>().notNull().default('exclusive'),
    itemsTotal: integer('items_total').notNull(),
    shippingTotal: integer('shipping_total').notNull(),
    taxTotal: integer('tax_total').notNull(),
    grandTotal: integer('grand_total').notNull(),
    shippingMethod: text('shipping_method').$type<ShippingMethod>().notNull(),
    shippingAddress: jsonb('shipping_address').$type<ShippingAddress>().notNull(),
    idempotencyKey: uuid('idempotency_key').notNull(),
    /** sha256 of the checkout request: a repeated key with a different request is refused. */
    requestHash: text('request_hash'),
    reservationExpiresAt: timestamptz('reservation_expires_at'),
    paymentProvider: text('payment_provider').$type<PaymentProviderName>(),
    paymentIntentId: text('payment_intent_id'),
    /** Stripe's client secret of the intent, handed to the owner's Payment Element while payable. */
    paymentClientSecret: text('payment_client_secret'),
    paymentStatus: text('payment_status').$type<PaymentStatus>(),
    paymentFailureReason: text('payment_failure_reason'),
    /** Sum of succeeded refunds (minor units), never above grand_total. */
    refundedTotal: integer('refunded_total').notNull().default(0),
    /** Set when the card holder disputes the charge (charge.dispute.created); cleared never. */
    disputedAt: timestamptz('disputed_at'),
    /** The shop language the order was placed in: its emails are written in it. */
    locale: text('locale').notNull().default('en'),
    /** Set when the order ships (issue 6): the carrier's name and its tracking number. */
    carrier: text('carrier'),
    trackingNumber: text('tracking_number'),
    shippedAt: timestamptz('shipped_at'),
    deliveredAt: timestamptz('delivered_at'),
    /** What a discount took off (items and waived shipping), minor units; its split is on the lines. */
    discountTotal: integer('discount_total').notNull().default(0),
    discountId: uuid('discount_id').references((): AnyPgColumn => discounts.id),
    /** The code as entered (null for an automatic promotion) and the title shown, as they were then. */
    discountCode: text('discount_code'),
    discountTitle: text('discount_title'),
    /**
     * When the account that placed the order was deleted: the order stays for accounting, with its
     * email, name, street and phone replaced; amounts, lines and country stay.
     */
    anonymizedAt: timestamptz('anonymized_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('orders_tax_mode_known', sql`${t.taxMode} in ('exclusive', 'inclusive')`),
    check('orders_refunded_within_total', sql`${t.refundedTotal} >= 0 and ${t.refundedTotal} <= ${t.grandTotal}`),
    unique('orders_shopper_idempotency_key').on(t.shopperId, t.idempotencyKey),
    unique('orders_order_number').on(t.orderNumber),
    // Webhooks about charges and disputes find their order by intent; admins list newest first.
    uniqueIndex('orders_payment_intent_idx').on(t.paymentIntentId).where(sql`${t.paymentIntentId} is not null`),
    index('orders_created_idx').on(t.createdAt, t.id),
    // The integration API's order export pages by last change (decision 0009).
    index('orders_updated_idx').on(t.updatedAt, t.id),
    index('orders_user_idx').on(t.userId, t.createdAt),
    index('orders_shopper_idx').on(t.shopperId, t.createdAt),
    index('orders_reservation_idx').on(t.reservationExpiresAt).where(sql`${t.reservationExpiresAt} is not null`),
    check(
      'orders_status_known',
      sql`${t.status} in ('pending_payment', 'paid', 'fulfilling', 'shipped', 'delivered', 'payment_failed', 'canceled', 'refunded', 'partially_refunded')`,
    ),
    check(
      'orders_totals_non_negative',
      sql`${t.itemsTotal} >= 0 and ${t.shippingTotal} >= 0 and ${t.taxTotal} >= 0 and ${t.discountTotal} >= 0`,
    ),
  ],
)

/** The variants of an order with the price each had when ordered (minor units), named as they were then. */
export const orderLines = pgTable(
  'order_lines',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    /** The variant's options as the shopper saw them: `[{"name": "Size", "value": "42"}]`. */
    options: jsonb('options').$type<readonly OrderLineOption[]>().notNull().default([]),
    unitPrice: integer('unit_price').notNull(),
    quantity: integer('quantity').notNull(),
    lineTotal: integer('line_total').notNull(),
    /** This line's share of the order's discount (minor units): what a refund of the line returns is line_total − discount. */
    discount: integer('discount').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.variantId] }),
    check('order_lines_quantity_positive', sql`${t.quantity} > 0`),
    check('order_lines_discount_within_total', sql`${t.discount} >= 0 and ${t.discount} <= ${t.lineTotal}`),
  ],
)

/** Every status an order took, with why; `from_status` is null for the creation. */
export const orderHistory = pgTable(
  'order_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').$type<OrderStatus>(),
    toStatus: text('to_status').$type<OrderStatus>().notNull(),
    reason: text('reason').notNull(),
    at: timestamptz('at').notNull().defaultNow(),
  },
  (t) => [index('order_history_order_idx').on(t.orderId, t.id)],
)

/** Each confirmation of an order's payment and its outcome, whatever the provider. */
export const paymentAttempts = pgTable(
  'payment_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    intentId: text('intent_id').notNull(),
    status: text('status').$type<PaymentStatus>().notNull(),
    failureReason: text('failure_reason'),
    cardLast4: char('card_last4', { length: 4 }),
    at: timestamptz('at').notNull().defaultNow(),
  },
  (t) => [index('payment_attempts_order_idx').on(t.orderId, t.id)],
)

/**
 * The built-in test payment provider's intents (DESIGN §2): kept in the database so a restart
 * keeps a pending 3-D Secure step. Stripe keeps this state on its side.
 */
export const testPaymentIntents = pgTable('test_payment_intents', {
  id: text('id').primaryKey(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  amount: integer('amount').notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  status: text('status').$type<PaymentStatus>().notNull(),
  failureReason: text('failure_reason'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
})

/**
 * Refunds of an order (DESIGN §4). A row is written `pending` before the provider is called, with
 * the admin's idempotency key, so a retried request reuses it and the provider sees one key.
 */
export const refunds = pgTable(
  'refunds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    amount: integer('amount').notNull(),
    currency: char('currency', { length: 3 }).$type<CurrencyCode>().notNull(),
    status: text('status').$type<RefundStatus>().notNull(),
    reason: text('reason'),
    /** Null for a refund made outside the shop (Stripe dashboard), learnt from charge.refunded. */
    idempotencyKey: uuid('idempotency_key').unique(),
    providerRefundId: text('provider_refund_id').unique(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('refunds_order_idx').on(t.orderId, t.createdAt),
    check('refunds_amount_positive', sql`${t.amount} > 0`),
    check('refunds_status_known', sql`${t.status} in ('pending', 'succeeded', 'failed')`),
  ],
)

/** Webhook events already processed, by the provider's event id: a redelivery is answered and skipped. */
export const paymentWebhookEvents = pgTable('payment_webhook_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: timestamptz('received_at').notNull().defaultNow(),
})

/** The built-in test provider's refunds, one per idempotency key, as Stripe keeps them. */
export const testPaymentRefunds = pgTable('test_payment_refunds', {
  id: text('id').primaryKey(),
  intentId: text('intent_id')
    .notNull()
    .references(() => testPaymentIntents.id),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  amount: integer('amount').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
})

/**
 * API keys for integrations (decision 0009). The token is `sfk_<id>.<secret>`; only the sha256 of
 * the 32-byte secret is stored. Keys are never deleted: a revoke sets `revoked_at`; a rotation links
 * the successor and lets the old key work until `overlap_ends_at`, checked at use time.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    scopes: text('scopes').array().$type<ApiKeyScope[]>().notNull(),
    /** Hex sha256 of the secret part of the token. */
    secretHash: text('secret_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    revokedAt: timestamptz('revoked_at'),
    /** Written at most once a minute per key, so a busy key does not update its row every request. */
    lastUsedAt: timestamptz('last_used_at'),
    rotatedFromId: uuid('rotated_from_id').references((): AnyPgColumn => apiKeys.id),
    replacedById: uuid('replaced_by_id').references((): AnyPgColumn => apiKeys.id),
    overlapEndsAt: timestamptz('overlap_ends_at'),
  },
  (t) => [index('api_keys_created_idx').on(t.createdAt, t.id)],
)

/**
 * Every change of a key and every use. Uses and denials are counted per key, route and minute
 * (`at` is the minute's start): one upsert per request, one row per busy minute (decision 0009).
 */
export const apiKeyAudit = pgTable(
  'api_key_audit',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    keyId: uuid('key_id')
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    action: text('action').$type<ApiKeyAuditAction>().notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    ip: text('ip'),
    route: text('route'),
    at: timestamptz('at').notNull().defaultNow(),
    count: integer('count').notNull().default(1),
    detail: jsonb('detail').$type<Record<string, string | number | null>>().notNull().default({}),
  },
  (t) => [
    index('api_key_audit_key_idx').on(t.keyId, t.id),
    uniqueIndex('api_key_audit_minute_idx')
      .on(t.keyId, t.action, t.route, t.at)
      .where(sql`${t.action} in ('used', 'denied')`),
    check('api_key_audit_action_known', sql`${t.action} in ('created', 'rotated', 'revoked', 'used', 'denied')`),
  ],
)

/**
 * Transactional email outbox (DESIGN §4): a row is written in the same transaction as the change
 * the shopper should hear of; a worker claims due rows with FOR UPDATE SKIP LOCKED, sends them and
 * retries with backoff, moving a row to `dead` after the last attempt. `dedupe_key` makes a replayed
 * change enqueue its email once (e.g. `order:<id>:shipped`).
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    dedupeKey: text('dedupe_key').notNull().unique(),
    template: text('template').notNull(),
    toAddress: text('to_address').notNull(),
    locale: text('locale').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** `skipped`: not sent because the address unsubscribed from the email's topic (email_unsubscribes). */
    status: text('status').$type<'pending' | 'sent' | 'dead' | 'skipped'>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamptz('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    providerMessageId: text('provider_message_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    sentAt: timestamptz('sent_at'),
  },
  (t) => [
    index('email_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    check('email_outbox_status_known', sql`${t.status} in ('pending', 'sent', 'dead', 'skipped')`),
  ],
)

/** The local mailbox (no RESEND_API_KEY): every email "sent", browsable by admins at /admin/mailbox. */
export const localMailbox = pgTable(
  'local_mailbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    outboxId: bigint('outbox_id', { mode: 'number' }).references(() => emailOutbox.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    sentAt: timestamptz('sent_at').notNull().defaultNow(),
  },
  (t) => [index('local_mailbox_sent_idx').on(t.sentAt, t.id)],
)

/**
 * Web Push (issue 6): the VAPID key pair when the env sets none — generated once, inserted with
 * "on conflict do nothing" and read back, so every instance signs with the same key.
 */
export const pushConfig = pgTable(
  'push_config',
  {
    id: integer('id').primaryKey().default(1),
    publicKey: text('public_key').notNull(),
    privateKey: text('private_key').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [check('push_config_single_row', sql`${t.id} = 1`)],
)

/** One browser's push subscription (one per device: the endpoint is unique), deleted on 404/410. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    endpoint: text('endpoint').notNull().unique(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    shopperId: uuid('shopper_id').references(() => shoppers.id, { onDelete: 'set null' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('push_subscriptions_shopper_idx').on(t.shopperId), index('push_subscriptions_user_idx').on(t.userId)],
)

/**
 * Order status changes waiting to be pushed, written in the transaction of the change. The worker
 * deletes the rows it takes (a missed notification is harmless: the order page tells the truth).
 */
export const pushOutbox = pgTable('push_outbox', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orderId: uuid('order_id')
    .notNull()
    .references(() => orders.id, { onDelete: 'cascade' }),
  status: text('status').$type<OrderStatus>().notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
})

/**
 * Discount codes and automatic promotions (`code` null), decision 0018. `uses_held` counts the
 * redemptions that are reserved (order awaiting payment) or redeemed (paid): checkout takes a use
 * with a conditional UPDATE (`uses_held < usage_limit`), like stock; an unpaid order that expires or
 * is canceled gives it back.
 */
export const discounts = pgTable(
  'discounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Upper case; null for an automatic promotion. */
    code: text('code'),
    title: text('title').notNull(),
    benefit: jsonb('benefit').$type<DiscountBenefit>().notNull(),
    scope: jsonb('scope').$type<DiscountScope>().notNull(),
    minimumSubtotal: jsonb('minimum_subtotal').$type<CurrencyAmounts>().notNull().default({}),
    startsAt: timestamptz('starts_at'),
    endsAt: timestamptz('ends_at'),
    usageLimit: integer('usage_limit'),
    perCustomerLimit: integer('per_customer_limit'),
    usesHeld: integer('uses_held').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('discounts_code_idx').on(t.code).where(sql`${t.code} is not null`),
    check('discounts_uses_held_non_negative', sql`${t.usesHeld} >= 0`),
    check(
      'discounts_limits_positive',
      sql`coalesce(${t.usageLimit}, 1) > 0 and coalesce(${t.perCustomerLimit}, 1) > 0`,
    ),
  ],
)

/**
 * One row per order that got a discount: `reserved` at checkout, `redeemed` once paid, `released`
 * when the unpaid order expired or was canceled. Each move is a conditional UPDATE on the status, so
 * a use is counted (and given back) exactly once. The per-customer limit counts the rows of one
 * account or one email that are not released.
 */
export const discountRedemptions = pgTable(
  'discount_redemptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    discountId: uuid('discount_id')
      .notNull()
      .references(() => discounts.id),
    orderId: uuid('order_id')
      .notNull()
      .unique()
      .references(() => orders.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Lower case: guests are told apart by email. */
    email: text('email').notNull(),
    status: text('status').$type<'reserved' | 'redeemed' | 'released'>().notNull(),
    amount: integer('amount').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('discount_redemptions_user_idx').on(t.discountId, t.userId),
    index('discount_redemptions_email_idx').on(t.discountId, t.email),
    check('discount_redemptions_status_known', sql`${t.status} in ('reserved', 'redeemed', 'released')`),
  ],
)

/**
 * Product reviews (issue 15, decision 0024): one per account and product. Only `published` rows
 * count in `products.rating_counts`. `mutation_id` is the client's idempotency key: a review sent
 * twice from a device's outbox is stored once. Deleting a review deletes its photos, votes and
 * reports; its audit rows stay.
 */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    variantId: uuid('variant_id').references(() => productVariants.id),
    /** The variant's option values as named when written ("Size 42 · Black"); empty without variants. */
    variantLabel: text('variant_label').notNull().default(''),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    rating: integer('rating').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: text('status').$type<ReviewStatus>().notNull(),
    holdReasons: text('hold_reasons').array().$type<HoldReason[]>().notNull().default(sql`'{}'::text[]`),
    rejectionReason: text('rejection_reason'),
    verifiedPurchase: boolean('verified_purchase').notNull().default(false),
    /** First name and initial, fixed when written ("Anna K."). */
    authorName: text('author_name').notNull(),
    locale: text('locale').notNull(),
    helpfulCount: integer('helpful_count').notNull().default(0),
    unhelpfulCount: integer('unhelpful_count').notNull().default(0),
    reportCount: integer('report_count').notNull().default(0),
    replyBody: text('reply_body'),
    repliedAt: timestamptz('replied_at'),
    mutationId: uuid('mutation_id').unique(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    publishedAt: timestamptz('published_at'),
  },
  (t) => [
    unique('reviews_one_per_author').on(t.productId, t.userId),
    index('reviews_product_status_idx').on(t.productId, t.status, t.createdAt),
    index('reviews_status_created_idx').on(t.status, t.createdAt),
    check('reviews_rating_range', sql`${t.rating} between 1 and 5`),
    check('reviews_status_known', sql`${t.status} in ('pending', 'published', 'rejected')`),
    check('reviews_title_length', sql`char_length(${t.title}) between 1 and 120`),
    check('reviews_body_length', sql`char_length(${t.body}) <= 5000`),
    check(
      'reviews_counts_non_negative',
      sql`${t.helpfulCount} >= 0 and ${t.unhelpfulCount} >= 0 and ${t.reportCount} >= 0`,
    ),
  ],
)

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' })

/**
 * A review's photos, re-encoded as WebP without metadata. Uploaded before the review that names them
 * (`review_id` null until then; unclaimed ones are pruned); the id is the client's, so a retried
 * upload stores one row.
 */
export const reviewPhotos = pgTable(
  'review_photos',
  {
    id: uuid('id').primaryKey(),
    reviewId: uuid('review_id').references(() => reviews.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    contentType: text('content_type').notNull(),
    bytes: bytea('bytes').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('review_photos_review_idx').on(t.reviewId, t.position), index('review_photos_user_idx').on(t.userId)],
)

/**
 * One vote per account and review, helpful or not (the "most helpful" order ranks by a confidence
 * bound on the two); `reviews.helpful_count` and `unhelpful_count` move in the same transaction.
 */
export const reviewVotes = pgTable(
  'review_votes',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    helpful: boolean('helpful').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.userId] })],
)

/** One report per account and review; past the shop's threshold the review goes back to moderation. */
export const reviewReports = pgTable(
  'review_reports',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').$type<ReportReason>().notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.reviewId, t.userId] }),
    check('review_reports_reason_known', sql`${t.reason} in ('spam', 'offensive', 'off_topic', 'fake', 'other')`),
  ],
)

/**
 * Every moderation decision and every change of a review, kept after the review is deleted:
 * `actor_id` null for the system (automatic holds, reports past the threshold).
 */
export const reviewAudit = pgTable(
  'review_audit',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    reviewId: uuid('review_id').notNull(),
    productId: uuid('product_id').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('review_audit_review_idx').on(t.reviewId, t.id)],
)

/** The shop's review settings: one row (`id` is always true). */
export const reviewSettings = pgTable(
  'review_settings',
  {
    id: boolean('id').primaryKey().default(true),
    /** `publish`: at once unless a rule holds it; `hold`: every review waits for moderation. */
    moderation: text('moderation').$type<'publish' | 'hold'>().notNull().default('publish'),
    /** Days after delivery the review request email goes out. */
    requestDelayDays: integer('request_delay_days').notNull().default(7),
    /** Reports from distinct accounts that send a published review back to moderation. */
    reportThreshold: integer('report_threshold').notNull().default(3),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('review_settings_one_row', sql`${t.id}`),
    check('review_settings_moderation_known', sql`${t.moderation} in ('publish', 'hold')`),
    check(
      'review_settings_ranges',
      sql`${t.requestDelayDays} between 0 and 90 and ${t.reportThreshold} between 1 and 100`,
    ),
  ],
)

/** The review request of one delivered order: due `request_delay_days` after delivery, sent once. */
export const reviewRequests = pgTable(
  'review_requests',
  {
    orderId: uuid('order_id')
      .primaryKey()
      .references(() => orders.id, { onDelete: 'cascade' }),
    dueAt: timestamptz('due_at').notNull(),
    sentAt: timestamptz('sent_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('review_requests_due_idx').on(t.dueAt).where(sql`${t.sentAt} is null`)],
)

/**
 * The key that signs links in emails (the unsubscribe link): generated once, inserted with "on
 * conflict do nothing" and read back, so every instance signs alike and links outlive restarts.
 */
export const emailLinkSecret = pgTable(
  'email_link_secret',
  {
    id: integer('id').primaryKey().default(1),
    secret: text('secret').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [check('email_link_secret_single_row', sql`${t.id} = 1`)],
)

/** Addresses that unsubscribed from a kind of email (`topic`, e.g. `review_requests`); the email outbox honours them. */
export const emailUnsubscribes = pgTable(
  'email_unsubscribes',
  {
    email: text('email').notNull(),
    topic: text('topic').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.email, t.topic] })],
)

/**
 * Feature flags (issue 17, decision 0033): one row per flag, its definition validated by
 * shared/experiments/flag-schema.ts. An experiment is a rule of a flag, so it has no table of its
 * own. `enabled` false is the kill switch: the flag serves its default (off) value to everyone.
 * `revision` grows by one on every write; an admin write names the revision it read (409 if moved).
 */
export const featureFlags = pgTable('feature_flags', {
  key: text('key').primaryKey(),
  definition: jsonb('definition').$type<FlagDefinition>().notNull(),
  enabled: boolean('enabled').notNull().default(true),
  revision: integer('revision').notNull().default(1),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
})

/** Every admin change of a flag, written in the change's transaction; kept when the flag is deleted. */
export const flagAudit = pgTable(
  'flag_audit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    flagKey: text('flag_key').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').$type<FlagAuditAction>().notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamptz('at').notNull().defaultNow(),
  },
  (t) => [
    index('flag_audit_flag_at_idx').on(t.flagKey, t.at),
    check('flag_audit_action_known', sql`${t.action} in ('create', 'update', 'delete', 'kill', 'revive')`),
  ],
)

/**
 * The first time a shopper saw an experiment's variant rendered: once per experiment and subject
 * (the anonymous id, or the user id for experiments hashed on it). `user_id` is the account signed
 * in at exposure, the provisional link to its orders for conversions until analytics events land.
 */
export const experimentExposures = pgTable(
  'experiment_exposures',
  {
    experimentKey: text('experiment_key').notNull(),
    subjectId: text('subject_id').notNull(),
    variant: text('variant').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    firstExposedAt: timestamptz('first_exposed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.experimentKey, t.subjectId] })],
)

/**
 * Analytics events (issue 17 §4, decision 0035): append-only, written in multi-row batches. The
 * event id is the key, so a resent batch (an outbox retry, a beacon after a fetch that did arrive)
 * inserts nothing twice. No foreign key to users: deleting an account sets `user_id` null
 * (anonymized) rather than cascading into the counts. No IP address is ever stored.
 */
export const analyticsEvents = pgTable(
  'analytics_events',
  {
    eventId: uuid('event_id').primaryKey(),
    event: text('event').notNull(),
    anonymousId: uuid('anonymous_id').notNull(),
    userId: uuid('user_id'),
    occurredAt: timestamptz('occurred_at').notNull(),
    receivedAt: timestamptz('received_at').notNull().defaultNow(),
    locale: text('locale').notNull(),
    market: text('market').notNull(),
    deviceType: text('device_type').notNull(),
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull(),
    /** Experiments the shopper was bucketed into, and the like (utm travels in Page Viewed's properties). */
    context: jsonb('context').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    // By time: dashboards and retention; by type and time: funnels and per-event counts.
    index('analytics_events_occurred_idx').on(t.occurredAt),
    index('analytics_events_event_occurred_idx').on(t.event, t.occurredAt),
  ],
)

/**
 * Which account a device's anonymous id signed in to: funnels join events of several devices to
 * one shopper through it. Deleting the account deletes the link (the events stay anonymous).
 */
export const analyticsIdentities = pgTable(
  'analytics_identities',
  {
    anonymousId: uuid('anonymous_id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    linkedAt: timestamptz('linked_at').notNull().defaultNow(),
  },
  (t) => [index('analytics_identities_user_idx').on(t.userId)],
)
