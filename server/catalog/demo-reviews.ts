/**
 * Deterministic demo reviews for the demo catalog (issue 15): a few demo customer accounts (no usable
 * password), about three in five products reviewed by up to 25 of them, ratings mostly good but not
 * all, a few in German, some answered by the shop, some voted helpful. A review says "verified
 * purchase" only when its author has a delivered demo order of the product, as the rule requires.
 */
import { checkoutTotals, type ShippingAddress } from '../../shared/checkout/checkout-totals.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import type { ReviewRating } from '../../shared/reviews/review.ts'
import { mulberry32, type Random } from '../platform/seeded-random.ts'
import type { DemoCatalog, DemoProduct } from './demo-catalog.ts'
import {
  categoryRemarks,
  deAddresses,
  englishClosers,
  englishOpeners,
  englishPeople,
  englishTitles,
  germanBodies,
  germanPeople,
  germanTitles,
  type Mood,
  shopReplies,
  usAddresses,
} from './demo-review-phrases.ts'
import type { DemoVariant } from './demo-variants.ts'
import { deterministicUuid } from './deterministic-uuid.ts'

export type DemoCustomer = {
  readonly id: string
  readonly email: string
  readonly name: string
  /** Not a password hash at all: no password signs in to a demo account (server/account/password.ts). */
  readonly passwordHash: string
  readonly locale: 'en' | 'de'
  readonly address: ShippingAddress
  readonly createdAt: Date
}

export type DemoOrder = {
  readonly id: string
  readonly userId: string
  readonly email: string
  readonly locale: 'en' | 'de'
  readonly currency: CurrencyCode
  readonly itemsTotal: number
  readonly shippingTotal: number
  readonly taxTotal: number
  readonly grandTotal: number
  readonly shippingAddress: ShippingAddress
  readonly createdAt: Date
  readonly shippedAt: Date
  readonly deliveredAt: Date
  /** One line: the reviewed product's first variant. */
  readonly line: {
    readonly productId: string
    readonly variantId: string
    readonly sku: string
    readonly name: string
    readonly unitPrice: number
  }
}

export type DemoReview = {
  readonly id: string
  readonly productId: string
  readonly userId: string
  readonly rating: ReviewRating
  readonly title: string
  readonly body: string
  readonly locale: 'en' | 'de'
  readonly authorName: string
  readonly verifiedPurchase: boolean
  readonly helpfulCount: number
  readonly unhelpfulCount: number
  readonly replyBody: string | null
  readonly repliedAt: Date | null
  readonly publishedAt: Date
}

export type DemoVote = { readonly reviewId: string; readonly userId: string; readonly helpful: boolean }

export type DemoReviews = {
  readonly customers: DemoCustomer[]
  readonly orders: DemoOrder[]
  readonly reviews: DemoReview[]
  readonly votes: DemoVote[]
}

/** The demo customers' mail domain: `.invalid` can never be delivered to (RFC 2606). */
export const demoCustomerDomain = 'demo-customers.invalid'
export const demoPasswordHash = 'demo-account:no-password'

const reviewedShare = 0.6
const maxReviewsPerProduct = 25
const verifiedShare = 0.25
const replyShare = 0.3
const votedShare = 0.35
const dayMs = 86_400_000
/** Reviews are written from five weeks after a product arrives (room for an order's delivery) until then. */
const reviewsUntil = Date.UTC(2026, 5, 1)

export function generateDemoReviews(catalog: DemoCatalog, seed = 15): DemoReviews {
  const random = mulberry32(seed)
  const customers = demoCustomers()
  const firstVariant = new Map<string, DemoVariant>()
  for (const variant of catalog.variants) if (variant.position === 0) firstVariant.set(variant.productId, variant)
  const categorySlug = new Map(catalog.categories.map((category) => [category.id, category.slug]))
  const out: DemoReviews = { customers, orders: [], reviews: [], votes: [] }
  for (const product of catalog.products) {
    if (random() >= reviewedShare) continue
    const count = 1 + Math.floor(random() ** 2 * maxReviewsPerProduct)
    // A product's own quality: most are liked, a few are not.
    const quality = 5 - 2.9 * random() ** 2
    const variant = firstVariant.get(product.id)
    if (!variant) throw new Error(`demo product ${product.slug} has no first variant`)
    for (const index of pickDistinct(random, customers.length, count)) {
      const author = customers[index]!
      const context = { random, product, variant, author, customers, slug: categorySlug.get(product.categoryId) ?? '' }
      addReview(out, context, quality)
    }
  }
  return out
}

type ReviewContext = {
  readonly random: Random
  readonly product: DemoProduct
  readonly variant: DemoVariant
  readonly author: DemoCustomer
  readonly customers: readonly DemoCustomer[]
  readonly slug: string
}

function addReview(out: DemoReviews, context: ReviewContext, quality: number): void {
  const { random, product, author } = context
  const spread = (random() + random() + random() - 1.5) * 1.6
  const rating = Math.min(5, Math.max(1, Math.round(quality + spread))) as ReviewRating
  const mood: Mood = rating >= 4 ? 'happy' : rating === 3 ? 'mixed' : 'unhappy'
  const from = product.createdAt.getTime() + 35 * dayMs
  const publishedAt = new Date(from + Math.floor(random() * (reviewsUntil - from)))
  const id = deterministicUuid(`demo-review:${product.id}:${author.id}`)
  const verifiedPurchase = random() < verifiedShare
  if (verifiedPurchase) out.orders.push(demoOrder(context, publishedAt))
  const text = reviewText(context, mood)
  const replied = random() < replyShare
  const votes = random() < votedShare ? demoVotes(context, id) : []
  out.votes.push(...votes)
  out.reviews.push({
    id,
    productId: product.id,
    userId: author.id,
    rating,
    ...text,
    locale: author.locale,
    authorName: `${author.name.split(' ')[0]} ${author.name.split(' ')[1]![0]}.`,
    verifiedPurchase,
    helpfulCount: votes.filter((vote) => vote.helpful).length,
    unhelpfulCount: votes.filter((vote) => !vote.helpful).length,
    replyBody: replied ? pick(random, shopReplies[author.locale][mood]) : null,
    repliedAt: replied ? new Date(publishedAt.getTime() + (1 + Math.floor(random() * 4)) * dayMs) : null,
    publishedAt,
  })
}

function reviewText({ random, author, slug }: ReviewContext, mood: Mood): { title: string; body: string } {
  if (author.locale === 'de') return { title: pick(random, germanTitles[mood]), body: pick(random, germanBodies[mood]) }
  const remark = pick(random, categoryRemarks[slug]?.[mood] ?? englishOpeners[mood])
  const body = [pick(random, englishOpeners[mood]), remark, pick(random, englishClosers[mood])].filter(Boolean)
  return { title: pick(random, englishTitles[mood]), body: body.join(' ') }
}

/** A delivered order of the product, placed a week to a month before the review. */
function demoOrder({ random, product, variant, author }: ReviewContext, reviewedAt: Date): DemoOrder {
  const createdAt = new Date(reviewedAt.getTime() - (7 + Math.floor(random() * 21)) * dayMs)
  const totals = checkoutTotals({
    lines: [{ unitPrice: variant.price, quantity: 1 }],
    shippingMethod: 'standard',
    country: author.address.country,
    currency: product.currency,
  })
  return {
    id: deterministicUuid(`demo-order:${product.id}:${author.id}`),
    userId: author.id,
    email: author.email,
    locale: author.locale,
    currency: product.currency,
    itemsTotal: totals.items,
    shippingTotal: totals.shipping,
    taxTotal: totals.tax,
    grandTotal: totals.total,
    shippingAddress: author.address,
    createdAt,
    shippedAt: new Date(createdAt.getTime() + dayMs),
    deliveredAt: new Date(createdAt.getTime() + 3 * dayMs),
    line: {
      productId: product.id,
      variantId: variant.id,
      sku: variant.sku,
      name: product.name,
      unitPrice: variant.price,
    },
  }
}

/** Up to a dozen other customers found the review helpful, most of them. */
function demoVotes({ random, author, customers }: ReviewContext, reviewId: string): DemoVote[] {
  const voters = pickDistinct(random, customers.length, 1 + Math.floor(random() * 12))
    .map((index) => customers[index]!)
    .filter((voter) => voter.id !== author.id)
  return voters.map((voter) => ({ reviewId, userId: voter.id, helpful: random() < 0.8 }))
}

function demoCustomers(): DemoCustomer[] {
  const people = [
    ...englishPeople.map(([first, last], i) => ({ first, last, locale: 'en' as const, i })),
    ...germanPeople.map(([first, last], i) => ({ first, last, locale: 'de' as const, i })),
  ]
  return people.map(({ first, last, locale, i }, n) => {
    const place =
      locale === 'de'
        ? { ...deAddresses[i % deAddresses.length]!, country: 'DE' }
        : { ...usAddresses[i % usAddresses.length]!, country: 'US' }
    return {
      id: demoCustomerId(n),
      email: `${first}.${last}@${demoCustomerDomain}`.toLowerCase(),
      name: `${first} ${last}`,
      passwordHash: demoPasswordHash,
      locale,
      address: { name: `${first} ${last}`, ...place },
      createdAt: new Date(Date.UTC(2025, 0, 1 + n)),
    }
  })
}

export function demoCustomerId(n: number): string {
  return deterministicUuid(`demo-customer:${n}`)
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

function pickDistinct(random: Random, size: number, count: number): number[] {
  const chosen = new Set<number>()
  while (chosen.size < Math.min(count, size)) chosen.add(Math.floor(random() * size))
  return [...chosen]
}
