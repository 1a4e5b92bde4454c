/**
 * Shown while the account's address is not verified (orders do not wait for it): says where the
 * link went and offers another. A status region, so screen readers hear it and the resend outcome
 * without moving focus.
 */
import { createSignal, type JSX, Show } from 'solid-js'
import type { User } from '../../shared/account/user.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import { resendVerificationEmail } from './account-security-api.ts'

export function VerifyEmailBanner(props: { readonly user: User }): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const [pending, setPending] = createSignal(false)
  const [outcome, setOutcome] = createSignal<string>()

  async function resend(): Promise<void> {
    setPending(true)
    setOutcome(undefined)
    try {
      await resendVerificationEmail(db)
      setOutcome(t('accountSecurity.resent'))
    } catch (error) {
      if (!(error instanceof ApiError)) console.error('resending the verification email failed', error)
      setOutcome(t(error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL'))
    } finally {
      setPending(false)
    }
  }

  // `false` only: a session cached by an older version says nothing and shows no banner.
  return (
    <Show when={props.user.emailVerified === false}>
      <div role="status" class="notice verify-banner">
        <p>{t('accountSecurity.unverifiedBanner', { email: props.user.email })}</p>
        <button type="button" class="button" disabled={pending()} onClick={() => void resend()}>
          {pending() ? t('auth.pending') : t('accountSecurity.resend')}
        </button>
        <Show when={outcome()}>{(message) => <p>{message()}</p>}</Show>
      </div>
    </Show>
  )
}
