/**
 * The account page's password and email changes. Both ask for the current password again; errors
 * are tied to their field (aria-describedby, through TextField) and the outcome is announced.
 */
import { createSignal, type JSX, Show } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import { changePassword, requestEmailChange } from './account-security-api.ts'
import { describeFailure, type FieldErrors, FormAlert, SubmitButton, TextField } from './auth-form.tsx'
import { isEmail, minPasswordLength } from './auth-input.ts'
import { PasswordStrength } from './password-strength-hint.tsx'

export function ChangePasswordForm(): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const [current, setCurrent] = createSignal('')
  const [next, setNext] = createSignal('')
  const [errors, setErrors] = createSignal<FieldErrors<'currentPassword' | 'newPassword'>>({})
  const [alert, setAlert] = createSignal<string[]>([])
  const [pending, setPending] = createSignal(false)
  const [done, setDone] = createSignal(false)

  const messages = () => ({
    currentPassword: t('accountSecurity.wrongPassword'),
    newPassword: t('accountSecurity.weakPassword', { min: minPasswordLength }),
  })

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    setDone(false)
    const invalid: FieldErrors<'currentPassword' | 'newPassword'> = {}
    if (current().length === 0) invalid.currentPassword = t('auth.missingPassword')
    if ([...next()].length < minPasswordLength) invalid.newPassword = messages().newPassword
    setErrors(invalid)
    if (Object.keys(invalid).length > 0) {
      setAlert([t('auth.fixErrors')])
      return
    }
    setAlert([])
    setPending(true)
    try {
      await changePassword(db, { currentPassword: current(), newPassword: next() })
      setCurrent('')
      setNext('')
      setDone(true)
    } catch (error) {
      const failure = describeFailure(error, messages(), t)
      setErrors(failure.fields)
      setAlert([failure.form])
    } finally {
      setPending(false)
    }
  }

  return (
    <section class="account__section" aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t('accountSecurity.changePasswordTitle')}</h2>
      <form class="auth__form" novalidate aria-busy={pending()} onSubmit={(event) => void submit(event)}>
        <FormAlert messages={alert()} />
        <TextField
          id="current-password"
          label={t('accountSecurity.currentPassword')}
          type="password"
          autocomplete="current-password"
          value={current()}
          error={errors().currentPassword}
          onInput={setCurrent}
        />
        <TextField
          id="new-password"
          label={t('accountSecurity.newPassword')}
          type="password"
          autocomplete="new-password"
          value={next()}
          hint={t('auth.passwordHint', { min: minPasswordLength })}
          error={errors().newPassword}
          onInput={setNext}
        />
        <PasswordStrength id="new-password-strength" password={next()} />
        <SubmitButton pending={pending()} label={t('accountSecurity.changePasswordSubmit')} />
        <div role="status">
          <Show when={done()}>
            <p class="notice">{t('accountSecurity.passwordChanged')}</p>
          </Show>
        </div>
      </form>
    </section>
  )
}

export function ChangeEmailForm(): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const [email, setEmail] = createSignal('')
  const [password, setPassword] = createSignal('')
  const [errors, setErrors] = createSignal<FieldErrors<'email' | 'password'>>({})
  const [alert, setAlert] = createSignal<string[]>([])
  const [pending, setPending] = createSignal(false)
  const [sentTo, setSentTo] = createSignal<string>()

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    setSentTo(undefined)
    const invalid: FieldErrors<'email' | 'password'> = {}
    if (!isEmail(email())) invalid.email = t('auth.invalidEmail')
    if (password().length === 0) invalid.password = t('auth.missingPassword')
    setErrors(invalid)
    if (Object.keys(invalid).length > 0) {
      setAlert([t('auth.fixErrors')])
      return
    }
    setAlert([])
    setPending(true)
    try {
      const address = email().trim()
      await requestEmailChange(db, { email: address, password: password() })
      setPassword('')
      setEmail('')
      setSentTo(address)
    } catch (error) {
      const taken = error instanceof ApiError && error.code === 'EMAIL_TAKEN'
      const failure = describeFailure(
        error,
        {
          email: taken ? t('accountSecurity.emailTaken') : t('auth.invalidEmail'),
          password: t('accountSecurity.wrongPassword'),
        },
        t,
      )
      setErrors(failure.fields)
      setAlert([failure.form])
    } finally {
      setPending(false)
    }
  }

  return (
    <section class="account__section" aria-labelledby="change-email-title">
      <h2 id="change-email-title">{t('accountSecurity.changeEmailTitle')}</h2>
      <form class="auth__form" novalidate aria-busy={pending()} onSubmit={(event) => void submit(event)}>
        <FormAlert messages={alert()} />
        <TextField
          id="new-email"
          label={t('accountSecurity.newEmail')}
          type="email"
          autocomplete="email"
          value={email()}
          error={errors().email}
          onInput={setEmail}
        />
        <TextField
          id="change-email-password"
          label={t('accountSecurity.currentPassword')}
          type="password"
          autocomplete="current-password"
          value={password()}
          error={errors().password}
          onInput={setPassword}
        />
        <SubmitButton pending={pending()} label={t('accountSecurity.changeEmailSubmit')} />
        <div role="status">
          <Show when={sentTo()}>
            {(address) => <p class="notice">{t('accountSecurity.changeEmailSent', { email: address() })}</p>}
          </Show>
        </div>
      </form>
    </section>
  )
}
