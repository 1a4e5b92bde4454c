import { A } from '@solidjs/router'
import type { JSX } from 'solid-js'
import { useI18n } from '../platform/i18n.tsx'
import { useSession } from './use-session.ts'

/** "Sign in" for guests, "Account" once signed in (from the cached session, so it shows offline). */
export function AccountLink(): JSX.Element {
  const { t } = useI18n()
  const session = useSession()
  return (
    <A class="header-link" href={session()?.user ? '/account' : '/sign-in'}>
      {session()?.user ? t('nav.account') : t('nav.signIn')}
    </A>
  )
}
