/**
 * Where the reset email's link opens (`/account/reset-password#token=…`): says at once whether the
 * link still works, then sets the new password. The account is then signed out everywhere, this
 * browser included, and the shopper signs in with the new password (decision 0031).
 */
import { A, useLocation } from '@solidjs/router'
import { createResource, createSignal, type JSX, Match, Switch } from 'solid-js'
import { fetchSession } from '../local-data/session.ts'
import { readSession } from '../local-data/session-cache.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { checkPasswordResetToken, confirmPasswordReset, tokenOfHash } from './account-security-api.ts'
import { describeFailure, type FieldErrors, FormAlert, SubmitButton, TextField } from './auth-form.tsx'
import { minPasswordLength } from './auth-input.ts'
import { PasswordStrength } from './password-strength-hint.tsx'

type Field = 'password'
type LinkState = 'usable' | 'invalid'

export function ResetPasswordPage(): JSX.Element {
  const { t } = useI18n()
  const { db, shopperSync } = useOffline()
  const location = useLocation()
  const token = tokenOfHash(location.hash)
  const [password, setPassword] = createSignal('')
  const [errors, setErrors] = createSignal<FieldErrors<Field>>({})
  const [alert, setAlert] = createSignal<string[]>([])
  const [pending, setPending] = createSignal(false)
  const [done, setDone] = createSignal(false)
  const [spent, setSpent] = createSignal(false)
  useDocumentTitle(() => t('accountSecurity.resetTitle'))

  const [link] = createResource(async (): Promise<LinkState> => {
    if (!token) return 'invalid'
    try {
      await checkPasswordResetToken(db, token)
      return 'usable'
    } catch (error) {
      if (error instanceof ApiError && error.code === 'TOKEN_INVALID') return 'invalid'
      throw error
    }
  })

  const weakMessage = () => t('accountSecurity.weakPassword', { min: minPasswordLength })

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    if (!token) return
    if ([...password()].length < minPasswordLength) {
      setErrors({ password: weakMessage() })
      setAlert([t('auth.fixErrors')])
      return
    }
    setErrors({})
    setAlert([])
    setPending(true)
    try {
      await confirmPasswordReset(db, token, password())
      setDone(true)
      // This browser's session ended too when it was the account's: continue as a guest.
      if ((await readSession(db))?.user) await shopperSync.switchShopper(() => fetchSession(db))
    } catch (error) {
      if (error instanceof ApiError && error.code === 'TOKEN_INVALID') setSpent(true)
      const failure = describeFailure(error, { password: weakMessage() }, t)
      setErrors(failure.fields)
      setAlert([failure.form])
    } finally {
      setPending(false)
    }
  }

  return (
    <section class="auth" aria-labelledby="reset-title">
      <h1 id="reset-title">{t('accountSecurity.resetTitle')}</h1>
      <Switch fallback={<p role="status">{t('accountSecurity.checkingLink')}</p>}>
        <Match when={done()}>
          <p role="status" class="notice">
            {t('accountSecurity.resetDone')}
          </p>
          <p class="account__actions">
            <A class="button button--primary" href="/sign-in">
              {t('auth.signInTitle')}
            </A>
          </p>
        </Match>
        <Match when={link.error}>
          <FormAlert messages={[t('errors.NETWORK')]} />
        </Match>
        <Match when={link() === 'invalid' || spent()}>
          <p role="status" class="notice">
            {t('errors.TOKEN_INVALID')}
          </p>
          <p class="account__actions">
            <A class="button" href="/account/forgot-password">
              {t('accountSecurity.requestNewLink')}
            </A>
          </p>
        </Match>
        <Match when={link() === 'usable'}>
          <form class="auth__form" novalidate aria-busy={pending()} onSubmit={(event) => void submit(event)}>
            <FormAlert messages={alert()} />
            <TextField
              id="password"
              label={t('accountSecurity.newPassword')}
              type="password"
              autocomplete="new-password"
              value={password()}
              hint={t('auth.passwordHint', { min: minPasswordLength })}
              error={errors().password}
              onInput={setPassword}
            />
            <PasswordStrength id="password-strength" password={password()} />
            <SubmitButton pending={pending()} label={t('accountSecurity.resetSubmit')} />
          </form>
        </Match>
      </Switch>
    </section>
  )
}
