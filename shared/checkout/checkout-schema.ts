/** Wire schemas of checkout and payment (types for the client live in checkout-totals.ts and orders/order.ts). */
import { z } from 'zod'
import { normalizeDiscountCode } from '../discounts/discount.ts'
import { type Locale, locales } from '../i18n/locales.ts'
import { addressFormatOf, isValidPostalCode, isValidRegion, normalizePostalCode } from './address-format.ts'
import { shippingMethods } from './checkout-totals.ts'
import { normalizePhoneNumber, phoneNumberMaxLength } from './phone-number.ts'

/** A code as typed: trimmed and upper-cased; its existence is the discount rules' business. */
const discountCodeInput = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64)
  .transform((v) => normalizeDiscountCode(v))

const text = (max: number) => z.string().trim().min(1, 'is required').max(max)

/** ISO 3166-1 alpha-2, upper-cased. Any code is accepted; the client offers `shippingCountries`. */
const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code')
  .transform((v) => v.toUpperCase())

const addressFields = z
  .object({
    name: text(100),
    line1: text(200),
    line2: z.string().trim().max(200).optional(),
    postalCode: text(20).transform(normalizePostalCode),
    city: text(100),
    /** State or province code, required where the country's addresses have one (address-format.ts). */
    region: z
      .string()
      .trim()
      .max(10)
      .transform((v) => v.toUpperCase())
      .optional(),
    country: countryCode,
    /** Optional, for the courier; read in the address's country and stored in E.164 (phone-number.ts). */
    phone: z.string().trim().max(phoneNumberMaxLength).optional(),
  })
  .strict()

/**
 * A shipping address, checked against its country's format: the postal code's pattern, the state or
 * province where the country needs one (a region given for a country without any is dropped), and a
 * phone number, when given, that the country's (or its own `+` code's) numbering plan allows, stored
 * in E.164; an empty one is dropped.
 */
export const shippingAddressSchema = addressFields
  .superRefine((address, context) => {
    const format = addressFormatOf(address.country)
    if (!isValidPostalCode(address.country, address.postalCode))
      context.addIssue({
        code: 'custom',
        path: ['postalCode'],
        message: `is not a postal code of ${address.country} (e.g. ${format.postal.example})`,
      })
    if (format.region && !isValidRegion(address.country, address.region))
      context.addIssue({
        code: 'custom',
        path: ['region'],
        message: address.region ? `is not a ${format.region.label} of ${address.country}` : 'is required',
      })
    if (address.phone && normalizePhoneNumber(address.phone, address.country) === null)
      context.addIssue({
        code: 'custom',
        path: ['phone'],
        message: `is not a phone number of ${address.country} (or one starting with + and its country code)`,
      })
  })
  .transform(({ region, phone, ...address }) => {
    const e164 = phone ? normalizePhoneNumber(phone, address.country) : null
    return {
      ...address,
      ...(addressFormatOf(address.country).region && region ? { region } : {}),
      ...(e164 ? { phone: e164 } : {}),
    }
  })

/** The shop's languages: an order keeps the one it was placed in, and its emails are written in it. */
export const orderLocales = locales
export type OrderLocale = Locale

/**
 * `POST /api/checkout`. The idempotency key may instead come in the Idempotency-Key header; the
 * email is required for guests (an account's own email is the default).
 */
export const checkoutInput = z
  .object({
    idempotencyKey: z.uuid('must be a UUID').optional(),
    email: z
      .string()
      .trim()
      .max(254)
      .email('must be an email address')
      .transform((v) => v.toLowerCase())
      .optional(),
    shippingAddress: shippingAddressSchema,
    shippingMethod: z.enum(shippingMethods, { message: `must be one of ${shippingMethods.join(', ')}` }),
    /** The language the shopper chose in the shop (not the browser's): the order's emails use it. */
    locale: z.enum(orderLocales, { message: `must be one of ${orderLocales.join(', ')}` }).optional(),
    /** The code the shopper applied; the server checks it again (it may have been queued offline). */
    discountCode: discountCodeInput.optional(),
    /**
     * "Save this address to my account" (signed-in shoppers; ignored for guests): the address joins
     * the address book once the order is placed, unless the book has it already or is full.
     */
    saveAddress: z.boolean().optional(),
  })
  .strict()
export type CheckoutInput = z.infer<typeof checkoutInput>

export const idempotencyKeySchema = z.uuid('must be a UUID')

/**
 * `POST /api/checkout/quote`: the review before placing the order. Only the country matters for the
 * totals (tax), so the rest of the address may be left out while the shopper is still typing it.
 */
export const quoteInput = z
  .object({
    shippingAddress: addressFields.partial().required({ country: true }),
    shippingMethod: z.enum(shippingMethods, { message: `must be one of ${shippingMethods.join(', ')}` }),
    discountCode: discountCodeInput.optional(),
    /** The shop's language on the device: the quote's lines are named in it. */
    locale: z.enum(orderLocales, { message: `must be one of ${orderLocales.join(', ')}` }).optional(),
  })
  .strict()
export type QuoteInput = z.infer<typeof quoteInput>

/** `POST /api/orders/:id/pay`: a card (the test provider decides by number, as Stripe's test cards do). */
export const payInput = z
  .object({
    cardNumber: z
      .string()
      .transform((v) => v.replaceAll(/[\s-]/g, ''))
      .pipe(z.string().regex(/^[0-9]{12,19}$/, 'must be 12 to 19 digits')),
    expiry: z.string().regex(/^(0[1-9]|1[0-2])\/[0-9]{2}$/, 'must be MM/YY'),
    cvc: z.string().regex(/^[0-9]{3,4}$/, 'must be 3 or 4 digits'),
  })
  .strict()
export type PayInput = z.infer<typeof payInput>

export const authenticateInput = z.object({ approve: z.boolean() }).strict()

export const orderIdParam = z.object({ id: z.uuid('must be a UUID') }).strict()
