import { createEffect, on } from 'solid-js'
import type { Locale } from '../../shared/i18n/locales.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { withCsrfToken } from '../offline/session.ts'
import { storeSession } from '../offline/session-cache.ts'
import { readStoredLocale, useI18n } from '../platform/i18n.tsx'
import { type AccountLocaleDeps, chooseLocale, followAccountLocale, putAccountLocale } from './account-locale.ts'
import { useSession } from './use-session.ts'

function useAccountLocaleDeps(): AccountLocaleDeps {
  const { locale, setLocale } = useI18n()
  const { db } = useOffline()
  const session = useSession()
  return {
    current: locale,
    switchTo: setLocale,
    storedChoice: readStoredLocale,
    signedIn: () => Boolean(session()?.user),
    save: async (next) => storeSession(db, await withCsrfToken(db, (token) => putAccountLocale(next, token))),
  }
}

/** What the language selector calls: switch, and keep the pick on the account when signed in. */
export function useChooseLocale(): (locale: Locale) => Promise<void> {
  const deps = useAccountLocaleDeps()
  return (locale) => chooseLocale(deps, locale)
}

/**
 * Follows the account's language whenever the session names one (a sign-in here or in another tab,
 * the session answer on start). Renders nothing; mounted once, outside the routes a switch remounts.
 */
export function FollowAccountLocale(): null {
  const deps = useAccountLocaleDeps()
  const session = useSession()
  createEffect(
    on(
      // A session cached by an older version has no `locale`.
      () => session()?.user?.locale ?? null,
      (account) =>
        void followAccountLocale(deps, account).catch((error: unknown) =>
          console.error('following the account language failed', error),
        ),
    ),
  )
  return null
}
