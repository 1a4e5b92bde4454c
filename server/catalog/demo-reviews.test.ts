import { describe, expect, it } from 'vitest'
import { verifyPassword } from '../account/password.ts'
import { generateDemoCatalog } from './demo-catalog.ts'
import { demoCustomerDomain, demoPasswordHash, generateDemoReviews } from './demo-reviews.ts'

describe('demo reviews', () => {
  const catalog = generateDemoCatalog()
  const demo = generateDemoReviews(catalog)
  const perProduct = new Map<string, number>()
  for (const review of demo.reviews) perProduct.set(review.productId, (perProduct.get(review.productId) ?? 0) + 1)
  const share = (n: number) => n / demo.reviews.length

  it('is identical on every run', () => {
    expect(generateDemoReviews(generateDemoCatalog())).toEqual(demo)
    expect(generateDemoReviews(catalog, 7)).not.toEqual(demo)
  })

  it('reviews about three in five products, each by 1 to 25 customers, each customer once', () => {
    expect(perProduct.size / catalog.products.length).toBeGreaterThan(0.5)
    expect(perProduct.size / catalog.products.length).toBeLessThan(0.7)
    expect(Math.max(...perProduct.values())).toBeLessThanOrEqual(25)
    const pairs = demo.reviews.map((review) => `${review.productId}:${review.userId}`)
    expect(new Set(pairs).size).toBe(pairs.length)
    expect(new Set(demo.reviews.map((review) => review.id)).size).toBe(demo.reviews.length)
  })

  it('rates mostly well but not only: every star is given, one and two stars now and then', () => {
    const byStars = [1, 2, 3, 4, 5].map((stars) => demo.reviews.filter((review) => review.rating === stars).length)
    for (const n of byStars) expect(n).toBeGreaterThan(0)
    expect(share(byStars[3]! + byStars[4]!)).toBeGreaterThan(0.6)
    expect(share(byStars[0]! + byStars[1]!)).toBeGreaterThan(0.03)
  })

  it('writes in English and sometimes German, as its author speaks, and titles every review', () => {
    const german = demo.reviews.filter((review) => review.locale === 'de')
    expect(share(german.length)).toBeGreaterThan(0.03)
    expect(share(german.length)).toBeLessThan(0.2)
    const localeOf = new Map(demo.customers.map((customer) => [customer.id, customer.locale]))
    for (const review of demo.reviews) {
      expect(review.locale).toBe(localeOf.get(review.userId))
      expect(review.title.length).toBeGreaterThan(0)
      expect(review.body.toLowerCase()).not.toContain('lorem')
    }
  })

  it('answers about three in ten reviews as the shop, after they were published', () => {
    const replied = demo.reviews.filter((review) => review.replyBody !== null)
    expect(share(replied.length)).toBeGreaterThan(0.2)
    expect(share(replied.length)).toBeLessThan(0.4)
    for (const review of replied) expect(review.repliedAt!.getTime()).toBeGreaterThan(review.publishedAt.getTime())
  })

  it('calls a review verified only when its author has a delivered order of the product from before it', () => {
    const orders = new Map(demo.orders.map((order) => [`${order.userId}:${order.line.productId}`, order]))
    const verified = demo.reviews.filter((review) => review.verifiedPurchase)
    expect(verified.length).toBeGreaterThan(0)
    expect(verified.length).toBeLessThan(demo.reviews.length)
    expect(demo.orders).toHaveLength(verified.length)
    for (const review of verified) {
      const order = orders.get(`${review.userId}:${review.productId}`)
      expect(order, review.id).toBeDefined()
      expect(order!.deliveredAt.getTime()).toBeLessThan(review.publishedAt.getTime())
      expect(order!.grandTotal).toBe(order!.itemsTotal + order!.shippingTotal + order!.taxTotal)
    }
  })

  it('counts each review’s votes as cast, never by its author', () => {
    const authorOf = new Map(demo.reviews.map((review) => [review.id, review.userId]))
    for (const vote of demo.votes) expect(vote.userId).not.toBe(authorOf.get(vote.reviewId))
    for (const review of demo.reviews) {
      const votes = demo.votes.filter((vote) => vote.reviewId === review.id)
      expect([review.helpfulCount, review.unhelpfulCount]).toEqual([
        votes.filter((vote) => vote.helpful).length,
        votes.filter((vote) => !vote.helpful).length,
      ])
    }
  })

  it('makes demo customers that are plainly demo accounts with no usable password', async () => {
    for (const customer of demo.customers) expect(customer.email.endsWith(`@${demoCustomerDomain}`)).toBe(true)
    for (const guess of ['', 'demo', demoPasswordHash])
      expect(await verifyPassword(guess, demoPasswordHash)).toBe(false)
  })
})
