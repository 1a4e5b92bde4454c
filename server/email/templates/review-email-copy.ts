/**
 * Copy of the review emails (issue 15) in both languages: to the author when the shop publishes,
 * rejects or answers a review, and the request to review an order's products after delivery (the
 * one with an unsubscribe link: it is the only email the shopper did not cause by an action).
 */
import type { EmailContent } from './email-content.ts'
import type { EmailFormat } from './email-copy.ts'
import type { EmailData } from './email-data.ts'

type ReviewCopy = {
  readonly review_published: (data: EmailData<'review_published'>, format: EmailFormat) => EmailContent
  readonly review_rejected: (data: EmailData<'review_rejected'>, format: EmailFormat) => EmailContent
  readonly review_replied: (data: EmailData<'review_replied'>, format: EmailFormat) => EmailContent
  readonly review_request: (data: EmailData<'review_request'>, format: EmailFormat) => EmailContent
}

const reviewFact = (title: string, label: string, value: string) => ({ title, rows: [{ label, value }] })

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

export const deReviewCopy: ReviewCopy = {
  review_published: (data, f) => ({
    subject: `Deine Bewertung von ${data.productName} ist online`,
    preheader: 'Danke: Andere können deine Bewertung jetzt lesen.',
    heading: 'Deine Bewertung ist online',
    paragraphs: [`Wir haben deine Bewertung von ${data.productName} veröffentlicht. Danke, dass du anderen hilfst.`],
    action: { label: 'Bewertung ansehen', href: f.productUrl(data.productSlug) },
    facts: reviewFact('Deine Bewertung', 'Titel', data.title),
    closing: 'Danke, dass du bei uns einkaufst.',
    footer: 'Du bekommst diese E-Mail, weil du eine Bewertung geschrieben hast.',
  }),
  review_rejected: (data, f) => ({
    subject: `Deine Bewertung von ${data.productName} wurde nicht veröffentlicht`,
    preheader: data.reason,
    heading: 'Wir konnten deine Bewertung nicht veröffentlichen',
    paragraphs: [`Wir haben deine Bewertung von ${data.productName} nicht veröffentlicht. Unser Grund:`, data.reason],
    action: { label: 'Bewertung bearbeiten', href: f.reviewUrl(data.productSlug) },
    facts: reviewFact('Deine Bewertung', 'Titel', data.title),
    closing: 'Du kannst deine Bewertung gern ändern und erneut senden.',
    footer: 'Du bekommst diese E-Mail, weil du eine Bewertung geschrieben hast.',
  }),
  review_replied: (data, f) => ({
    subject: `Wir haben auf deine Bewertung von ${data.productName} geantwortet`,
    preheader: data.reply,
    heading: 'Wir haben dir geantwortet',
    paragraphs: [`Danke für deine Bewertung von ${data.productName}. Unsere Antwort:`, data.reply],
    action: { label: 'Antwort ansehen', href: f.productUrl(data.productSlug) },
    facts: reviewFact('Deine Bewertung', 'Titel', data.title),
    closing: 'Danke, dass du bei uns einkaufst.',
    footer: 'Du bekommst diese E-Mail, weil du eine Bewertung geschrieben hast.',
  }),
  review_request: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const [first] = data.products
    return {
      subject: `Wie gefällt dir deine Bestellung ${number}?`,
      preheader: 'Ein paar Worte helfen anderen bei der Wahl.',
      heading: 'Wie gefällt dir deine Bestellung?',
      paragraphs: [
        'Deine Bestellung ist vor ein paar Tagen angekommen. Eine kurze Bewertung hilft anderen bei der Wahl.',
      ],
      action: { label: first ? `${first.name} bewerten` : 'Bestellung bewerten', href: f.reviewUrl(first?.slug ?? '') },
      links: {
        title: 'Deine Artikel bewerten',
        items: data.products.map((p) => ({ label: `${p.name} bewerten`, href: f.reviewUrl(p.slug) })),
      },
      closing: 'Danke, dass du bei uns einkaufst.',
      footer: 'Du bekommst diese E-Mail, weil du bei uns bestellt hast.',
      unsubscribe: { label: 'Keine Bewertungsanfragen mehr', href: f.unsubscribeUrl(data.unsubscribeToken) },
    }
  },
}
