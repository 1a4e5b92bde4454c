/** German copy of the review emails, informal ("du") like the shop. */
import { type ReviewCopy, reviewFact } from './review-email-copy.ts'

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
