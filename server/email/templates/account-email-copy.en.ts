/** English copy of the account emails. */
import type { AccountCopy } from './account-email-copy.ts'

const closing = 'Thank you for shopping with us.'

export const enAccountCopy: AccountCopy = {
  account_password_reset: (data, f) => ({
    subject: 'Reset your password',
    preheader: 'The link works once, for 30 minutes.',
    heading: 'Reset your password',
    paragraphs: [
      'Someone asked to reset the password of your account. If it was you, choose a new password with the button below. The link works once and expires in 30 minutes.',
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ],
    action: { label: 'Choose a new password', href: f.accountUrl('reset-password', data.token) },
    closing,
    footer: 'You get this email because a password reset was asked for your account.',
  }),
  account_verify_email: (data, f) => ({
    subject: 'Confirm your email address',
    preheader: 'One click confirms that this address is yours.',
    heading: 'Confirm your email address',
    paragraphs: [
      'Thank you for creating an account. Please confirm that this email address is yours.',
      'The link works for 7 days. If you did not create an account, ignore this email.',
    ],
    action: { label: 'Confirm my email address', href: f.accountUrl('verify-email', data.token) },
    closing,
    footer: 'You get this email because an account was created with this address.',
  }),
  account_email_change_confirm: (data, f) => ({
    subject: 'Confirm your new email address',
    preheader: `Confirm ${data.newEmail} for your account.`,
    heading: 'Confirm your new email address',
    paragraphs: [
      `You asked to use ${data.newEmail} for your account. Confirm it with the button below; until then your account keeps its current address.`,
      'The link works once and expires in 24 hours. If you did not ask for this, ignore this email.',
    ],
    action: { label: 'Confirm the new address', href: f.accountUrl('confirm-email', data.token) },
    closing,
    footer: 'You get this email because this address was entered for an account.',
  }),
  account_email_change_notice: (data, f) => ({
    subject: 'Your email address is being changed',
    preheader: `A change to ${data.newEmail} was requested.`,
    heading: 'Your email address is being changed',
    paragraphs: [
      `Someone signed in to your account asked to change its email address to ${data.newEmail}. The change happens once the new address is confirmed.`,
      'If this was not you, reset your password now.',
    ],
    action: { label: 'Reset your password', href: f.accountUrl('forgot-password') },
    closing,
    footer: 'You get this email because a change of your account’s email address was requested.',
  }),
}
