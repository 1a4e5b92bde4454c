/**
 * The signed-in shopper's language across devices (decision 0027): a pick in the language selector
 * is kept on the account, and a device without a choice of its own follows the account's.
 * Kept free of the DOM and of Solid so the rules test on their own; account-locale-sync.tsx wires them.
 */
import type { SessionInfo } from '../../shared/account/user.ts'
import { type Locale, pickLocale } from '../../shared/i18n/locales.ts'
import { parseSessionInfo } from '../local-data/parse-shopper-answers.ts'
import { putJson } from '../platform/api-client.ts'

export const accountLocalePath = '/api/auth/me/locale'

export type AccountLocaleDeps = {
  readonly current: () => Locale
  /** Switches the app (catalog, address, stored choice): i18n's `setLocale`. */
  readonly switchTo: (locale: Locale) => Promise<void>
  /** This device's stored choice, null when the shopper never picked here. */
  readonly storedChoice: () => Locale | null
  /** Whether a shopper is signed in: the cached session, else the server's answer. */
  readonly signedIn: () => Promise<boolean>
  /** Saves the language on the account (PUT with the CSRF token). */
  readonly save: (locale: Locale) => Promise<unknown>
}

/**
 * The language the app should show once the account's is known (on sign-in, or when the session
 * answer arrives): the account's, unless this device has its own choice. The address's prefix is not
 * asked: one the shopper opened is already the stored choice (`showLocaleInUrl`), one the app added
 * itself is no choice.
 */
export function localeWithAccount(deps: Pick<AccountLocaleDeps, 'current' | 'storedChoice'>, account: Locale | null) {
  return pickLocale({ inUrl: null, chosen: deps.storedChoice(), account, browser: deps.current })
}

/** The language to switch to for the account's, or null when the app stays as it is. */
export function accountLocaleToFollow(
  deps: Pick<AccountLocaleDeps, 'current' | 'storedChoice'>,
  account: Locale | null,
): Locale | null {
  // Without an account language there is nothing to follow (a guest, or an account never set).
  if (account === null) return null
  const next = localeWithAccount(deps, account)
  return next === deps.current() ? null : next
}

/** Switches to the account's language when the device has no choice and shows another one. */
export async function followAccountLocale(deps: AccountLocaleDeps, account: Locale | null): Promise<void> {
  const next = accountLocaleToFollow(deps, account)
  if (next) await deps.switchTo(next)
}

/**
 * The selector's pick: switch, then keep it on the account when signed in. A save that fails
 * (offline, server down) is only logged: the next pick saves again — no queue for a preference.
 */
export async function chooseLocale(deps: AccountLocaleDeps, locale: Locale): Promise<void> {
  await deps.switchTo(locale)
  try {
    if (await deps.signedIn()) await deps.save(locale)
  } catch (error) {
    console.warn('could not keep the language on the account', error)
  }
}

/** `PUT /api/auth/me/locale`; answers the session with the account's new language. */
export function putAccountLocale(locale: Locale, csrfToken: string): Promise<SessionInfo> {
  return putJson(accountLocalePath, { locale }, csrfToken, parseSessionInfo)
}
