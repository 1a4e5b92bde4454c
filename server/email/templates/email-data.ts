/**
 * What each email needs, stored as the outbox row's `data` when the order changes (a snapshot: the
 * email tells what happened then, even if the order changes again before it is sent). The worker
 * parses the row's jsonb with these schemas, never trusts it.
 */
import { z } from 'zod'
import { orderLocales } from '../../../shared/checkout/checkout-schema.ts'
import { currencyCodes } from '../../../shared/money.ts'

const minorUnits = z.number().int().nonnegative()
const orderId = z.uuid()
/** The order's number (`SF-10042` when shown); absent in emails queued before orders had numbers. */
const orderNumber = z.number().int().positive().optional()

/** Where the order goes, as the checkout took it (shared/checkout/checkout-totals.ts). */
const address = z.object({
  name: z.string(),
  line1: z.string(),
  line2: z.string().optional(),
  postalCode: z.string(),
  city: z.string(),
  region: z.string().optional(),
  country: z.string(),
  phone: z.string().optional(),
})
export type EmailAddress = z.infer<typeof address>

/** A review as its author's email names it: its product and title, as they were when decided. */
const reviewData = z.object({ reviewId: z.uuid(), productName: z.string(), productSlug: z.string(), title: z.string() })

export const emailDataSchemas = {
  order_confirmation: z.object({
    orderId,
    orderNumber,
    currency: z.enum(currencyCodes),
    total: minorUnits,
    lines: z.array(
      z.object({
        name: z.string(),
        // "Size 42 · Black"; absent in emails queued before variants existed.
        options: z.string().default(''),
        quantity: z.number().int().positive(),
        lineTotal: minorUnits,
      }),
    ),
    // Absent in emails queued before the designed templates: they show the total only.
    breakdown: z
      .object({ items: minorUnits, shipping: minorUnits, tax: minorUnits, taxIncluded: z.boolean().optional() })
      .optional(),
    // The discount the order got (decision 0018), as it was: its code (null for an automatic
    // promotion), title and amount (what it took off items and shipping). Absent when the order got
    // none, and in emails queued before discounts.
    discount: z.object({ code: z.string().nullable(), title: z.string(), amount: minorUnits }).optional(),
    shippingAddress: address.optional(),
  }),
  payment_failed: z.object({ orderId, orderNumber, reason: z.string() }),
  order_shipped: z.object({
    orderId,
    orderNumber,
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
  }),
  order_delivered: z.object({ orderId, orderNumber }),
  order_refunded: z.object({
    orderId,
    orderNumber,
    currency: z.enum(currencyCodes),
    amount: minorUnits,
    refundedTotal: minorUnits,
    total: minorUnits,
  }),
  // Review emails (issue 15): to the author of a decided review, and the request after delivery.
  review_published: reviewData,
  review_rejected: reviewData.extend({ reason: z.string() }),
  review_replied: reviewData.extend({ reply: z.string() }),
  review_request: z.object({
    orderId,
    orderNumber,
    products: z.array(z.object({ name: z.string(), slug: z.string() })).min(1),
    /** Signs the address and topic (server/email/unsubscribe.ts): the email's unsubscribe link. */
    unsubscribeToken: z.string(),
  }),
  // To the address of a deleted account (decision 0032): how many of its orders were kept, anonymized.
  account_deleted: z.object({ ordersKept: z.number().int().nonnegative() }),
  // Account emails (issue 18, decision 0031): the link's raw token, which only the email carries.
  account_password_reset: z.object({ token: z.string() }),
  account_verify_email: z.object({ token: z.string() }),
  account_email_change_confirm: z.object({ token: z.string(), newEmail: z.string() }),
  account_email_change_notice: z.object({ newEmail: z.string() }),
} as const

/** Topics an address can unsubscribe from; an email of a topic is not sent to one that did. */
export const reviewRequestTopic = 'review_requests'
export const emailTopicOf: Partial<Record<EmailTemplate, string>> = { review_request: reviewRequestTopic }

export type EmailTemplate = keyof typeof emailDataSchemas
export type EmailData<T extends EmailTemplate> = z.infer<(typeof emailDataSchemas)[T]>

/** The languages emails are written in: the shop's. Anything else falls back to English. */
export type EmailLocale = (typeof orderLocales)[number]

export function emailLocaleOf(value: string): EmailLocale {
  return orderLocales.find((locale) => locale === value) ?? 'en'
}

export function isEmailTemplate(value: string): value is EmailTemplate {
  return Object.hasOwn(emailDataSchemas, value)
}

/** An order line as an email names it: "Trail Runner (Size 42 · Black)", or the bare name. */
export function emailLineName(line: { readonly name: string; readonly options: string }): string {
  return line.options ? `${line.name} (${line.options})` : line.name
}
