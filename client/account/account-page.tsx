import { A, useNavigate } from '@solidjs/router'
import { createSignal, type JSX, Match, Show, Switch } from 'solid-js'
import type { User } from '../../shared/account/user.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { FormAlert } from './auth-form.tsx'
import { ChangeEmailForm, ChangePasswordForm } from './change-credentials-forms.tsx'
import { AccountDeletedNotice, DataRights } from './data-rights.tsx'
import { DeviceSessions } from './device-sessions.tsx'
import { signOut } from './session-calls.ts'
import { useSession } from './use-session.ts'
import { VerifyEmailBanner } from './verify-email-banner.tsx'

/** Who is signed in (from the cached session, so it shows offline) and the sign-out button. */
export function AccountPage(): JSX.Element {
  const { t } = useI18n()
  const session = useSession()
  useDocumentTitle(() => t('account.title'))
  return (
    <section class="account" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <Switch>
        <Match when={session()?.user}>{(user) => <AccountDetails user={user()} />}</Match>
        <Match when={session()}>
          <AccountDeletedNotice />
          <p>{t('account.guest')}</p>
          <p class="account__actions">
            <A class="button button--primary" href="/sign-in">
              {t('auth.signInTitle')}
            </A>
            <A class="button" href="/sign-up">
              {t('auth.signUpTitle')}
            </A>
            <A class="button" href="/orders">
              {t('orders.title')}
            </A>
          </p>
        </Match>
      </Switch>
    </section>
  )
}

function AccountDetails(props: { readonly user: User }): JSX.Element {
  const { t, formatDate } = useI18n()
  const { db, network, shopperSync } = useOffline()
  const navigate = useNavigate()
  const [pending, setPending] = createSignal(false)
  const [alert, setAlert] = createSignal<string[]>([])

  async function leave(): Promise<void> {
    setPending(true)
    setAlert([])
    try {
      await shopperSync.switchShopper(() => signOut(db))
      navigate('/')
    } catch (error) {
      if (!(error instanceof ApiError)) console.error('sign-out failed', error)
      setAlert([t(error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL')])
    } finally {
      setPending(false)
    }
  }

  return (
    <>
      <VerifyEmailBanner user={props.user} />
      <dl class="account__details">
        <dt>{t('account.name')}</dt>
        <dd>{props.user.name}</dd>
        <dt>{t('account.email')}</dt>
        <dd>{props.user.email}</dd>
        <dt>{t('account.role')}</dt>
        <dd>{t(props.user.role === 'admin' ? 'account.role.admin' : 'account.role.customer')}</dd>
        <dt>{t('account.memberSince')}</dt>
        <dd>{formatDate(props.user.createdAt, { dateStyle: 'long' })}</dd>
      </dl>
      <p class="account__actions">
        <A class="button" href="/orders">
          {t('orders.title')}
        </A>
        <A class="button" href="/account/addresses">
          {t('account.addresses')}
        </A>
      </p>
      <Show when={props.user.role === 'admin'}>
        <p class="account__actions">
          <A class="button" href="/admin/orders">
            {t('account.manageOrders')}
          </A>
          <A class="button" href="/admin/search">
            {t('account.searchAnalytics')}
          </A>
        </p>
      </Show>
      <Show when={!network.isOnline()}>
        <p class="notice">{t('account.offlineNote')}</p>
      </Show>
      <FormAlert messages={alert()} />
      <button type="button" class="button" disabled={pending()} onClick={() => void leave()}>
        {pending() ? t('auth.pending') : t('account.signOut')}
      </button>
      <Show when={network.isOnline()}>
        <DeviceSessions />
        <DataRights />
        <ChangePasswordForm />
        <ChangeEmailForm />
      </Show>
    </>
  )
}
