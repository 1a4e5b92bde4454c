import type { Locale } from '../i18n/locales.ts'
import type { Brand } from '../ids.ts'

export type UserId = Brand<string, 'UserId'>

export const roles = ['customer', 'admin'] as const
export type Role = (typeof roles)[number]

/** The signed-in account as the client sees it (never the password hash). */
export type User = {
  readonly id: UserId
  readonly email: string
  readonly name: string
  readonly role: Role
  /**
   * The language the shopper last picked while signed in, on any device (decision 0027); null until
   * the first pick. A device without a choice of its own starts in it.
   */
  readonly locale: Locale | null
  readonly createdAt: string
  /**
   * Whether the owner followed the emailed verification link for the current address. Orders do not
   * wait for it; the client shows a banner until it is true (decision 0031).
   */
  readonly emailVerified: boolean
}

/**
 * Answer of `GET /api/auth/session` (and of sign-in/up/out): who this browser is. Every browser gets
 * a session, signed in or not, so a guest's cart has an owner before the shopper creates an account.
 * `csrfToken` must be sent as the `X-CSRF-Token` header on every write.
 */
export type SessionInfo = {
  readonly user: User | null
  readonly csrfToken: string
}
