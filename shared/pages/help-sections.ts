/**
 * The sections of the help page (`/help`), which the footer's help and policy links point into by
 * id: the client (client/shop/help-page.tsx) and the server (server/pages/shop-views.ts) render the
 * same list. Text is message ids, so both languages come from the locale files.
 */
export const helpSections = [
  { id: 'contact', heading: 'footer.contact', text: ['help.contact.text'] },
  { id: 'shipping', heading: 'footer.shipping', text: ['help.shipping.text'] },
  { id: 'returns', heading: 'footer.returns', text: ['help.returns.text'] },
  { id: 'privacy', heading: 'footer.privacy', text: ['help.privacy.text'] },
  { id: 'terms', heading: 'footer.terms', text: ['help.terms.text'] },
] as const

/** Questions and answers of the FAQ section, in order. */
export const helpQuestions = [
  { question: 'help.faq.offline.question', answer: 'help.faq.offline.answer' },
  { question: 'help.faq.prices.question', answer: 'help.faq.prices.answer' },
  { question: 'help.faq.sync.question', answer: 'help.faq.sync.answer' },
] as const

/** The footer's link groups: help first, then policies; each link an anchor of the help page. */
export const footerLinks = {
  help: [
    { href: '/help#contact', label: 'footer.contact' },
    { href: '/help#shipping', label: 'footer.shipping' },
    { href: '/help#returns', label: 'footer.returns' },
    { href: '/help#faq', label: 'footer.faq' },
  ],
  policies: [
    { href: '/help#privacy', label: 'footer.privacy' },
    { href: '/help#terms', label: 'footer.terms' },
  ],
} as const
