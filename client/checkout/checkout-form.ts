/**
 * The contact and address step's input: client-side checks mirroring shared/checkout/checkout-schema.ts
 * (not imported: it carries zod). The server validates again; these only save a round trip and let
 * the form name each field's problem as the shopper types.
 */

import type { SavedAddress } from '../../shared/account/saved-address.ts'
import { addressFormatOf, isValidPostalCode, isValidRegion } from '../../shared/checkout/address-format.ts'
import type { OrderLocale } from '../../shared/checkout/checkout-schema.ts'
import type { CheckoutDefaults, ShippingAddress, ShippingMethod } from '../../shared/checkout/checkout-totals.ts'
import { formatPhoneNumber, normalizePhoneNumber, phoneNumberMaxLength } from '../../shared/checkout/phone-number.ts'
import { isEmail } from '../account/auth-input.ts'

export type CheckoutForm = {
  readonly email: string
  readonly name: string
  readonly line1: string
  readonly line2: string
  readonly postalCode: string
  readonly city: string
  /** State or province code; only sent for countries whose addresses have one. */
  readonly region: string
  readonly country: string
  /** Optional, for the courier; as typed (the server stores it in E.164). */
  readonly phone: string
  readonly shippingMethod: ShippingMethod
  /** The saved address the fields were filled from (the shopper picked it); absent or null: a new one. */
  readonly savedAddressId?: string | null
  /** "Save this address to my account", for a new address of a signed-in shopper. */
  readonly saveAddress?: boolean
}

export type CheckoutField = Exclude<keyof CheckoutForm, 'shippingMethod' | 'savedAddressId' | 'saveAddress'>

/**
 * Why a field is refused; the page turns it into `t('checkout.fieldError.' + problem)`.
 * `postalCode`: not the country's format (the message shows its example, address-format.ts).
 * `phone`: not a number of the country's plan, nor one with its own `+` code (phone-number.ts).
 */
export type FieldProblem = 'required' | 'tooLong' | 'email' | 'country' | 'postalCode' | 'phone'

export type FormProblems = Partial<Record<CheckoutField, FieldProblem>>

/** Maximum lengths, as the server schema has them. */
const maxLength: Record<Exclude<CheckoutField, 'country' | 'region'>, number> = {
  email: 254,
  name: 100,
  line1: 200,
  line2: 200,
  postalCode: 20,
  city: 100,
  phone: phoneNumberMaxLength,
}

const requiredFields = ['name', 'line1', 'postalCode', 'city'] as const

export function emptyCheckoutForm(country: string): CheckoutForm {
  return {
    email: '',
    name: '',
    line1: '',
    line2: '',
    postalCode: '',
    city: '',
    region: '',
    country,
    phone: '',
    shippingMethod: 'standard',
  }
}

/**
 * The form an account starts from: its last checkout's contact and address, else its own email.
 * The shipping method always starts at standard: one express order must not make every later order
 * express without the shopper choosing it again.
 */
export function initialCheckoutForm(
  defaults: CheckoutDefaults | null,
  accountEmail: string | null,
  fallbackCountry: string,
): CheckoutForm {
  if (!defaults) return { ...emptyCheckoutForm(fallbackCountry), email: accountEmail ?? '' }
  return { ...addressFields(defaults.shippingAddress), email: defaults.email, shippingMethod: 'standard' }
}

/** The form with a saved address's fields, remembering which one it is (the contact email and method stay). */
export function withSavedAddress(form: CheckoutForm, saved: SavedAddress): CheckoutForm {
  return { ...form, ...addressFields(saved.address), savedAddressId: saved.id, saveAddress: false }
}

/** The form for a new address: the email and method stay, the fields start empty in `country`. */
export function withNewAddress(form: CheckoutForm, country: string): CheckoutForm {
  const empty = emptyCheckoutForm(country)
  return { ...empty, email: form.email, shippingMethod: form.shippingMethod, savedAddressId: null }
}

function addressFields(a: ShippingAddress): Omit<CheckoutForm, 'email' | 'shippingMethod'> {
  return {
    name: a.name,
    line1: a.line1,
    line2: a.line2 ?? '',
    postalCode: a.postalCode,
    city: a.city,
    region: a.region ?? '',
    country: a.country,
    // Stored in E.164; shown as the shopper would write it for this address.
    phone: a.phone ? formatPhoneNumber(a.phone, a.country) : '',
  }
}

/** The email is optional for an account (its own is used), required for a guest. */
export function checkFormProblems(form: CheckoutForm, options: { readonly guest: boolean }): FormProblems {
  const problems: FormProblems = {}
  const email = form.email.trim()
  if (email === '') {
    if (options.guest) problems.email = 'required'
  } else if (!isEmail(email)) problems.email = 'email'
  for (const field of requiredFields) if (form[field].trim() === '') problems[field] = 'required'
  for (const [field, max] of Object.entries(maxLength) as [CheckoutField, number][])
    if (!problems[field] && form[field].trim().length > max) problems[field] = 'tooLong'
  if (!/^[A-Za-z]{2}$/.test(form.country.trim())) problems.country = 'country'
  else {
    if (!problems.postalCode && !isValidPostalCode(form.country, form.postalCode)) problems.postalCode = 'postalCode'
    if (!isValidRegion(form.country, form.region)) problems.region = 'required'
    if (!problems.phone && form.phone.trim() !== '' && normalizePhoneNumber(form.phone, form.country) === null)
      problems.phone = 'phone'
  }
  return problems
}

/** What `POST /api/checkout` takes (without the idempotency key). */
export type CheckoutRequestBody = {
  readonly email?: string
  readonly shippingAddress: {
    readonly name: string
    readonly line1: string
    readonly line2?: string
    readonly postalCode: string
    readonly city: string
    readonly region?: string
    readonly country: string
    readonly phone?: string
  }
  readonly shippingMethod: ShippingMethod
  readonly locale?: OrderLocale
  readonly discountCode?: string
  readonly saveAddress?: boolean
}

export function toCheckoutRequest(form: CheckoutForm): CheckoutRequestBody {
  const email = form.email.trim()
  const line2 = form.line2.trim()
  // A region chosen before switching to a country without regions is not sent.
  const region = addressFormatOf(form.country).region ? form.region.trim() : ''
  const phone = form.phone.trim()
  return {
    ...(email ? { email } : {}),
    shippingAddress: {
      name: form.name.trim(),
      line1: form.line1.trim(),
      ...(line2 ? { line2 } : {}),
      postalCode: form.postalCode.trim(),
      city: form.city.trim(),
      ...(region ? { region } : {}),
      country: form.country.trim().toUpperCase(),
      ...(phone ? { phone } : {}),
    },
    shippingMethod: form.shippingMethod,
    // Only a new address is saved: a picked one is in the book already.
    ...(form.saveAddress && !form.savedAddressId ? { saveAddress: true } : {}),
  }
}
