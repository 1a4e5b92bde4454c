/**
 * Emailed account links (decision 0031). The link carries 32 random bytes (base64url); the table
 * keeps only their sha256, so a read of account_tokens cannot be turned into a working link. Each
 * token is issued in the transaction that enqueues its email, so a link exists exactly when its email
 * will be sent.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { UserId } from '../../shared/account/user.ts'
import type { AccountTokenPurpose } from '../db/schema.ts'
import { enqueueEmail } from '../email/email-outbox.repository.ts'
import { emailLocaleOf } from '../email/templates/email-data.ts'
import type { Db } from '../platform/db.ts'
import { insertAccountToken } from './account-tokens.repository.ts'

const minute = 60_000

/** How long each kind of link works: a reset is short (it grants the account), the others need not be. */
export const tokenLifetimeMs: Record<AccountTokenPurpose, number> = {
  password_reset: 30 * minute,
  verify_email: 7 * 24 * 60 * minute,
  change_email: 24 * 60 * minute,
}

export function hashAccountToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export function newAccountToken(): { readonly token: string; readonly idHash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, idHash: hashAccountToken(token) }
}

type Recipient = { readonly id: UserId; readonly email: string; readonly locale: string | null }

/**
 * Stores a token for `user` and enqueues the email carrying its link, in `tx`. `email` is the
 * address the link is about: the account's for a reset or verification, the new one for a change
 * (which is also where that email goes).
 */
export async function issueAccountToken(
  tx: Db,
  now: Date,
  user: Recipient,
  purpose: AccountTokenPurpose,
  email: string = user.email,
): Promise<string> {
  const { token, idHash } = newAccountToken()
  await insertAccountToken(tx, {
    idHash,
    userId: user.id,
    purpose,
    email,
    expiresAt: new Date(now.getTime() + tokenLifetimeMs[purpose]),
  })
  const base = { to: email, locale: emailLocaleOf(user.locale ?? 'en') }
  // The outbox row holds the raw token until it is sent (the email needs the link): decision 0031.
  switch (purpose) {
    case 'password_reset':
      await enqueueEmail(tx, {
        ...base,
        dedupeKey: `account:${idHash}`,
        template: 'account_password_reset',
        data: { token },
      })
      break
    case 'verify_email':
      await enqueueEmail(tx, {
        ...base,
        dedupeKey: `account:${idHash}`,
        template: 'account_verify_email',
        data: { token },
      })
      break
    case 'change_email':
      await enqueueEmail(tx, {
        ...base,
        dedupeKey: `account:${idHash}`,
        template: 'account_email_change_confirm',
        data: { token, newEmail: email },
      })
      // The old address hears of it too, so a change its owner did not ask for does not go unnoticed.
      await enqueueEmail(tx, {
        ...base,
        to: user.email,
        dedupeKey: `account:${idHash}:notice`,
        template: 'account_email_change_notice',
        data: { newEmail: email },
      })
      break
  }
  return token
}
