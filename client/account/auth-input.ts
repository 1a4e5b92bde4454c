/**
 * Client-side checks of the sign-in and sign-up input, mirroring shared/account/account-schema.ts
 * (which is not imported: it carries zod). The server validates again; these only save a round trip.
 */
export { minPasswordLength } from '../../shared/account/password-policy.ts'

/** Deliberately loose (something@something.tld): the server has the last word. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
}

/** Only same-site paths: `?next=https://evil.example` must not turn sign-in into an open redirect. */
export function safeNextPath(next: string | undefined): string | undefined {
  return next?.startsWith('/') && !next.startsWith('//') ? next : undefined
}
