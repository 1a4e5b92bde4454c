/** The shape every locale's copy has: one function per template, from its data to its content. */
import type { CurrencyCode } from '../../../shared/money.ts'
import type { EmailContent } from './email-content.ts'
import type { EmailData, EmailTemplate } from './email-data.ts'

/** Locale-aware formatting, so copy never formats money or order numbers itself. */
export type EmailFormat = {
  readonly price: (amount: number, currency: CurrencyCode) => string
  readonly orderNumber: (orderId: string) => string
}

export type EmailCopy = {
  readonly [T in EmailTemplate]: (data: EmailData<T>, format: EmailFormat) => EmailContent
}

/** Stripe decline codes and the test provider's, as in the shop's payment page. */
export type FailureReason =
  | 'insufficient_funds'
  | 'card_declined'
  | 'expired_card'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'other'

const reasons: Record<string, FailureReason> = {
  insufficient_funds: 'insufficient_funds',
  card_declined: 'card_declined',
  generic_decline: 'card_declined',
  expired_card: 'expired_card',
  incorrect_cvc: 'incorrect_cvc',
  authentication_failed: 'authentication_failed',
  payment_intent_authentication_failure: 'authentication_failed',
}

export function failureReasonOf(reason: string): FailureReason {
  return reasons[reason] ?? 'other'
}
