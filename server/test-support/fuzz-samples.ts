/**
 * Valid request bodies of the routes that take one, for the route fuzz test to mutate: one field
 * replaced by a hostile value gets past the schema's first checks to the ones behind it (and to the
 * service and the database). A route without a sample is still fuzzed with random bodies.
 */
import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { hostileNumber, hostileString } from './fuzz-inputs.ts'

export type SampleIds = { readonly productId: string; readonly categoryId: string }

/** Keyed by `METHOD /path` as the app registers it. */
export function sampleBodies(ids: SampleIds): Readonly<Record<string, unknown>> {
  const address = { name: 'Ada', line1: '1 Street', postalCode: '10115', city: 'Berlin', country: 'DE' }
  const collection = {
    slug: 'fuzz-collection',
    title: { en: 'Fuzz', de: 'Fuzz' },
    kind: 'rule',
    rule: { tags: ['fuzz'], brands: ['Acme'], minPrice: 100, maxPrice: 5000, onSale: true },
    published: true,
  }
  const meta = () => ({ id: randomUUID(), createdAt: new Date().toISOString() })
  const product = {
    slug: 'fuzz-product',
    name: 'Fuzz',
    description: 'A product',
    brand: 'Fuzz',
    categoryId: ids.categoryId,
    price: 1000,
    currency: 'EUR',
    stock: 3,
    tags: ['a'],
  }
  const { price: _price, stock: _stock, ...fields } = product
  const productWithVariants = {
    ...fields,
    slug: 'fuzz-shoe',
    options: [{ code: 'size', name: 'Size', values: [{ code: '42', label: '42', swatch: '#000000' }] }],
    variants: [
      {
        sku: 'FUZZ-42',
        optionValues: { size: '42' },
        price: 900,
        compareAtPrice: 1200,
        stock: 2,
        barcode: '1',
        weightGrams: 5,
      },
    ],
  }
  return {
    'POST /api/auth/sign-up': { email: 'fuzz@example.com', password: 'a long enough password', name: 'Fuzz' },
    'POST /api/auth/sign-in': { email: 'fuzz@example.com', password: 'wrong password' },
    'DELETE /api/auth/me': { password: 'wrong password' },
    // Emailed account links (issue 18): an unknown token and a wrong current password reach the services.
    'POST /api/auth/password-reset': { email: 'fuzz@example.com' },
    'POST /api/auth/password-reset/confirm': { token: 'A'.repeat(43), password: 'a long enough password' },
    'POST /api/auth/verify-email': { token: 'A'.repeat(43) },
    'PUT /api/auth/me/password': { currentPassword: 'wrong password', newPassword: 'a long enough password' },
    'PUT /api/auth/me/email': { password: 'wrong password', email: 'fuzz-new@example.com' },
    'POST /api/sync/push': {
      mutations: [
        { kind: 'cart.set_quantity', productId: ids.productId, quantity: 1, ...meta() },
        { kind: 'wishlist.add', productId: ids.productId, ...meta() },
        { kind: 'search.query', query: 'lamp', resultCount: 3, ...meta() },
        { kind: 'search.click', query: 'lamp', productId: ids.productId, position: 1, ...meta() },
      ],
    },
    'POST /api/search/clicks': { query: 'lamp', productId: ids.productId, position: 1 },
    'POST /api/products/:slug/reviews': {
      mutationId: randomUUID(),
      variantId: null,
      rating: 4,
      title: 'Fuzz',
      body: 'A review',
      photoIds: [],
    },
    'PATCH /api/reviews/:id': { rating: 3, title: 'Fuzz again', body: 'Edited', photoIds: [] },
    'POST /api/reviews/:id/helpful': { vote: 'helpful' },
    'POST /api/reviews/:id/report': { reason: 'spam', note: 'Fuzz' },
    'POST /api/checkout/quote': { shippingAddress: address, shippingMethod: 'standard', discountCode: 'fuzz10' },
    'POST /api/checkout': {
      email: 'fuzz@example.com',
      shippingAddress: address,
      shippingMethod: 'express',
      discountCode: 'FUZZ10',
    },
    'POST /api/admin/discounts': {
      code: 'FUZZ10',
      title: 'Fuzz',
      benefit: { kind: 'fixed', amounts: { EUR: 500 } },
      scope: { kind: 'categories', categoryIds: [ids.categoryId] },
      minimumSubtotal: { EUR: 1000 },
      startsAt: '2026-01-01T00:00:00Z',
      endsAt: '2027-01-01T00:00:00Z',
      usageLimit: 10,
      perCustomerLimit: 1,
    },
    'PATCH /api/admin/discounts/:id': { title: 'Fuzz', active: false, endsAt: null, usageLimit: 5 },
    'POST /api/orders/:id/pay': { cardNumber: '4242424242424242', expiry: '12/34', cvc: '123' },
    'POST /api/orders/:id/authenticate': { approve: true },
    'POST /api/admin/reviews/:id/approve': { expectedStatus: 'pending' },
    'POST /api/admin/reviews/:id/reject': { reason: 'Off topic', expectedStatus: 'published' },
    'PUT /api/admin/reviews/:id/reply': { body: 'Thank you!' },
    'PUT /api/admin/reviews/settings': { moderation: 'hold', requestDelayDays: 7, reportThreshold: 3 },
    'POST /api/admin/orders/:id/refunds': { amount: 100, reason: 'fuzz' },
    'POST /api/admin/orders/:id/actions': { action: 'ship', carrier: 'DHL', trackingNumber: 'AB 123' },
    'POST /api/admin/api-keys': { name: 'Fuzz', scopes: ['orders:read'], expiresInDays: 1 },
    'POST /api/admin/api-keys/:id/rotate': { overlapMinutes: 5 },
    'POST /api/csp-reports': { 'csp-report': { 'document-uri': 'https://shop.test/', 'line-number': 3 } },
    'PATCH /api/admin/inventory/variants/:variantId': {
      stockDelta: -1,
      price: 1000,
      compareAtPrice: 1500,
      expectedRevision: 0,
      reason: 'fuzz',
    },
    'PATCH /api/admin/translations/products/:id': {
      translations: { fr: { name: 'Fuzz', description: 'Un produit', options: { size: { name: 'Taille' } } } },
    },
    'PATCH /api/admin/translations/categories/:id': { translations: { ar: { name: 'فئة', description: '' } } },
    'POST /api/admin/storefront/collections': collection,
    'PUT /api/admin/storefront/collections/:id': collection,
    'PUT /api/admin/storefront/home': {
      blocks: [
        { type: 'hero', title: { en: 'Fuzz', de: 'Fuzz' }, ctaLabel: { en: 'Go' }, ctaHref: '/collections/fuzz' },
        { type: 'banner', text: { en: 'Fuzz' }, href: '/c/fuzz', tone: 'sale' },
        { type: 'featured_collections', slugs: ['fuzz-collection'] },
        { type: 'new_arrivals', limit: 4 },
      ],
    },
    'POST /api/v1/products:import': {
      items: [
        product,
        { ...productWithVariants, translations: { de: { name: 'Schuh', options: { size: { name: 'Größe' } } } } },
      ],
    },
    'PUT /api/v1/products/:id': product,
    'POST /api/v1/stock:set': { items: [{ sku: 'FUZZ-PRODUCT', stock: 4 }] },
  }
}

type JsonPath = readonly (string | number)[]

function leafPaths(value: unknown, path: JsonPath = []): JsonPath[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => leafPaths(item, [...path, index]))]
  if (typeof value === 'object' && value !== null)
    return [path, ...Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]))]
  return [path]
}

/** A copy of `value` with the node at `path` replaced (or, for `undefined`, left out). */
function replaced(value: unknown, path: JsonPath, replacement: unknown): unknown {
  const [head, ...rest] = path
  if (head === undefined) return replacement
  if (Array.isArray(value))
    return value.map((item, index) => (index === head ? replaced(item, rest, replacement) : item))
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, item]) =>
        key !== head
          ? [[key, item]]
          : replacement === undefined && rest.length === 0
            ? []
            : [[key, replaced(item, rest, replacement)]],
      ),
    )
  return value
}

const replacement: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom(undefined, null, true, [], {}, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e21, 0.1),
  fc.array(hostileString, { maxLength: 3 }),
)

/** The sample itself, or with one node (a field, an array item, the whole) replaced by a hostile value. */
export function mutatedSample(sample: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(sample) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...leafPaths(sample)), replacement)
        .map(([path, value]) => replaced(sample, path, value)),
    },
  )
}
