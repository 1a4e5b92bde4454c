import { createEffect } from 'solid-js'
import type { SessionInfo } from '../../shared/account/user.ts'
import { localizedPath } from '../../shared/i18n/locale-path.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import { fetchSession, withCsrfToken } from '../local-data/session.ts'
import { readSession, storeSession } from '../local-data/session-cache.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { readStoredLocale, useI18n } from '../platform/i18n.tsx'
import {
  type AccountLocaleDeps,
  accountLocaleToFollow,
  chooseLocale,
  followAccountLocale,
  putAccountLocale,
} from './account-locale.ts'
import { useSession } from './use-session.ts'

function useAccountLocaleDeps(): AccountLocaleDeps {
  const { locale, setLocale } = useI18n()
  const { db } = useOffline()
  return {
    current: locale,
    switchTo: setLocale,
    storedChoice: readStoredLocale,
    // Read from the store, not a live query: a pick right after start may come before the query's
    // first answer, and a page opened after signing in elsewhere has no cached session yet.
    signedIn: async () => Boolean(((await readSession(db)) ?? (await fetchSession(db))).user),
    save: async (next) => storeSession(db, await withCsrfToken(db, (token) => putAccountLocale(next, token))),
  }
}

/** What the language selector calls: switch, and keep the pick on the account when signed in. */
export function useChooseLocale(): (locale: Locale) => Promise<void> {
  const deps = useAccountLocaleDeps()
  return (locale) => chooseLocale(deps, locale)
}

/**
 * What the sign-in page calls instead of `navigate(target)`: goes to `target`, in the account's
 * language when this device follows it. A switch remounts the routes under the new prefix, so the
 * page's own `navigate` (its router's) cannot be used after it; the address is set to the target
 * in the new language first and the new routes open there.
 */
export function useGoAfterSignIn(): (
  session: SessionInfo,
  target: string,
  navigate: (to: string) => void,
) => Promise<void> {
  const deps = useAccountLocaleDeps()
  return async (session, target, navigate) => {
    const next = accountLocaleToFollow(deps, session.user?.locale ?? null)
    if (!next) return navigate(target)
    const here = `${location.pathname}${location.search}${location.hash}`
    history.replaceState(history.state, '', localizedPath(next, target))
    try {
      await deps.switchTo(next)
    } catch (error) {
      // The language's messages could not load (offline before the worker cached them): stay in this one.
      console.error('following the account language failed', error)
      history.replaceState(history.state, '', here)
      navigate(target)
    }
  }
}

/**
 * On start, follows the account's language once the session is known (the cached one, else the
 * server's answer). Only the first answer: a sign-in in this tab goes through `useGoAfterSignIn`,
 * and a switch in the middle of another page's navigation would lose it. Renders nothing; mounted
 * once, outside the routes a switch remounts.
 */
export function FollowAccountLocale(): null {
  const deps = useAccountLocaleDeps()
  const session = useSession()
  let followed = false
  createEffect(() => {
    const known = session()
    if (known === undefined || followed) return
    followed = true
    // A session cached by an older version has no `locale`.
    followAccountLocale(deps, known.user?.locale ?? null).catch((error: unknown) =>
      console.error('following the account language failed', error),
    )
  })
  return null
}
