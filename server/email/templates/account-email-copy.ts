/**
 * The account emails (issue 18, decision 0031), one file of copy per language
 * (account-email-copy.<locale>.ts): the password reset link, the email verification link, and an
 * email change's confirmation link (to the new address) and notice (to the old one).
 */
import type { EmailContent } from './email-content.ts'
import type { EmailFormat } from './email-copy.ts'
import type { EmailData } from './email-data.ts'

export type AccountCopy = {
  readonly account_password_reset: (data: EmailData<'account_password_reset'>, format: EmailFormat) => EmailContent
  readonly account_verify_email: (data: EmailData<'account_verify_email'>, format: EmailFormat) => EmailContent
  readonly account_email_change_confirm: (
    data: EmailData<'account_email_change_confirm'>,
    format: EmailFormat,
  ) => EmailContent
  readonly account_email_change_notice: (
    data: EmailData<'account_email_change_notice'>,
    format: EmailFormat,
  ) => EmailContent
}
