/** The message id for a payment failure reason (Stripe decline codes and the test provider's). */
import type { MessageId } from '../platform/i18n.tsx'

const known = {
  insufficient_funds: 'payment.failed.insufficient_funds',
  card_declined: 'payment.failed.card_declined',
  generic_decline: 'payment.failed.card_declined',
  expired_card: 'payment.failed.expired_card',
  incorrect_cvc: 'payment.failed.incorrect_cvc',
  authentication_failed: 'payment.failed.authentication_failed',
  payment_intent_authentication_failure: 'payment.failed.authentication_failed',
} as const satisfies Record<string, MessageId>

export function paymentFailureMessage(reason: string | null): MessageId {
  return reason !== null && reason in known ? known[reason as keyof typeof known] : 'payment.failed.other'
}
