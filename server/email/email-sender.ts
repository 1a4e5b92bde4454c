/**
 * Where emails go (DESIGN §2): Resend when RESEND_API_KEY is set, else the local mailbox that admins
 * browse at /admin/mailbox. The worker sees only this interface.
 */
import type { EmailConfig } from '../env.ts'
import type { Db } from '../platform/db.ts'
import { deliverLocally } from './email-outbox.repository.ts'
import { createResendSender } from './resend.sender.ts'

export type OutgoingEmail = {
  /** Unique per outbox row and stable across attempts: the provider drops a repeat of it. */
  readonly idempotencyKey: string
  readonly outboxId: number
  readonly to: string
  readonly subject: string
  readonly html: string
  readonly text: string
  /** Extra headers (List-Unsubscribe); the local mailbox keeps none. */
  readonly headers?: Readonly<Record<string, string>>
}

export type EmailSender = {
  readonly name: 'resend' | 'local-mailbox'
  /** Resolves with the provider's message id; rejects when the email was not accepted. */
  readonly send: (email: OutgoingEmail) => Promise<string>
}

export function createLocalMailboxSender(db: Db): EmailSender {
  return {
    name: 'local-mailbox',
    send: async (email) => `local:${await deliverLocally(db, email)}`,
  }
}

export function emailSenderOf(config: EmailConfig, db: Db): EmailSender {
  return config.resend ? createResendSender(config.resend, config.from) : createLocalMailboxSender(db)
}
