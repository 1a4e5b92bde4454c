/** English copy of the review emails. */
import { type ReviewCopy, reviewFact } from './review-email-copy.ts'

export const enReviewCopy: ReviewCopy = {
  review_published: (data, f) => ({
    subject: `Your review of ${data.productName} is online`,
    preheader: 'Thank you: other shoppers can read your review now.',
    heading: 'Your review is online',
    paragraphs: [`We published your review of ${data.productName}. Thank you for helping other shoppers.`],
    action: { label: 'See your review', href: f.productUrl(data.productSlug) },
    facts: reviewFact('Your review', 'Title', data.title),
    closing: 'Thank you for shopping with us.',
    footer: 'You get this email because you wrote a review.',
  }),
  review_rejected: (data, f) => ({
    subject: `Your review of ${data.productName} was not published`,
    preheader: data.reason,
    heading: 'We could not publish your review',
    paragraphs: [`We did not publish your review of ${data.productName}. Our reason:`, data.reason],
    action: { label: 'Edit your review', href: f.reviewUrl(data.productSlug) },
    facts: reviewFact('Your review', 'Title', data.title),
    closing: 'You are welcome to change your review and send it again.',
    footer: 'You get this email because you wrote a review.',
  }),
  review_replied: (data, f) => ({
    subject: `We answered your review of ${data.productName}`,
    preheader: data.reply,
    heading: 'We answered your review',
    paragraphs: [`Thank you for your review of ${data.productName}. Our answer:`, data.reply],
    action: { label: 'See the answer', href: f.productUrl(data.productSlug) },
    facts: reviewFact('Your review', 'Title', data.title),
    closing: 'Thank you for shopping with us.',
    footer: 'You get this email because you wrote a review.',
  }),
  review_request: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const [first] = data.products
    return {
      subject: `How do you like your order ${number}?`,
      preheader: 'A few words help other shoppers choose.',
      heading: 'How do you like your order?',
      paragraphs: ['Your order arrived a few days ago. A short review helps other shoppers choose.'],
      action: { label: first ? `Review ${first.name}` : 'Review your order', href: f.reviewUrl(first?.slug ?? '') },
      links: {
        title: 'Review your products',
        items: data.products.map((p) => ({ label: `Review ${p.name}`, href: f.reviewUrl(p.slug) })),
      },
      closing: 'Thank you for shopping with us.',
      footer: 'You get this email because you placed an order with us.',
      unsubscribe: { label: 'Stop review requests', href: f.unsubscribeUrl(data.unsubscribeToken) },
    }
  },
}
