/**
 * Resend through its SDK. The outbox row's key goes as Resend's Idempotency-Key, so a resend after a
 * crash between sending and marking the row is answered with the first email, not a second one.
 * The SDK answers errors as values; they become rejections for the worker to retry.
 */
import { Resend } from 'resend'
import type { ResendConfig } from '../env.ts'
import { withSpan } from '../observability/tracing.ts'
import type { EmailSender } from './email-sender.ts'

export function createResendSender(config: ResendConfig, from: string): EmailSender {
  const resend = new Resend(config.apiKey, config.baseUrl ? { baseUrl: config.baseUrl } : undefined)
  return {
    name: 'resend',
    send: (email) =>
      withSpan('resend.emails.send', async (span) => {
        span.setAttribute('email.outbox_id', email.outboxId)
        const { data, error } = await resend.emails.send(
          {
            from,
            to: email.to,
            subject: email.subject,
            html: email.html,
            text: email.text,
            ...(email.headers ? { headers: { ...email.headers } } : {}),
          },
          { idempotencyKey: email.idempotencyKey },
        )
        if (error) throw new Error(`Resend refused the email: ${error.name}: ${error.message}`)
        if (!data?.id) throw new Error('Resend answered without an email id')
        return data.id
      }),
  }
}
