/**
 * The review emails (issue 15), one file of copy per language (review-email-copy.<locale>.ts): to
 * the author when the shop publishes, rejects or answers a review, and the request to review an
 * order's products after delivery (the one with an unsubscribe link: it is the only email the
 * shopper did not cause by an action).
 */
import type { EmailContent } from './email-content.ts'
import type { EmailFormat } from './email-copy.ts'
import type { EmailData } from './email-data.ts'

export type ReviewCopy = {
  readonly review_published: (data: EmailData<'review_published'>, format: EmailFormat) => EmailContent
  readonly review_rejected: (data: EmailData<'review_rejected'>, format: EmailFormat) => EmailContent
  readonly review_replied: (data: EmailData<'review_replied'>, format: EmailFormat) => EmailContent
  readonly review_request: (data: EmailData<'review_request'>, format: EmailFormat) => EmailContent
}

export const reviewFact = (title: string, label: string, value: string) => ({ title, rows: [{ label, value }] })
