/** "Forgot your password?": asks for the address and says the same whether or not it has an account. */
import { A } from '@solidjs/router'
import { createSignal, type JSX, Show } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { requestPasswordReset } from './account-security-api.ts'
import { describeFailure, type FieldErrors, FormAlert, SubmitButton, TextField } from './auth-form.tsx'
import { isEmail } from './auth-input.ts'

type Field = 'email'

export function ForgotPasswordPage(): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const [email, setEmail] = createSignal('')
  const [errors, setErrors] = createSignal<FieldErrors<Field>>({})
  const [alert, setAlert] = createSignal<string[]>([])
  const [pending, setPending] = createSignal(false)
  const [sentTo, setSentTo] = createSignal<string>()
  useDocumentTitle(() => t('accountSecurity.forgotTitle'))

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    if (!isEmail(email())) {
      setErrors({ email: t('auth.invalidEmail') })
      setAlert([t('auth.fixErrors')])
      return
    }
    setErrors({})
    setAlert([])
    setPending(true)
    try {
      await requestPasswordReset(db, email().trim())
      setSentTo(email().trim())
    } catch (error) {
      const failure = describeFailure(error, { email: t('auth.invalidEmail') }, t)
      setErrors(failure.fields)
      setAlert([failure.form])
    } finally {
      setPending(false)
    }
  }

  return (
    <section class="auth" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('accountSecurity.forgotTitle')}</h1>
      <div role="status">
        <Show when={sentTo()}>
          {(address) => <p class="notice">{t('accountSecurity.forgotSent', { email: address() })}</p>}
        </Show>
      </div>
      <Show when={!sentTo()}>
        <p class="auth__note">{t('accountSecurity.forgotIntro')}</p>
        <form class="auth__form" novalidate aria-busy={pending()} onSubmit={(event) => void submit(event)}>
          <FormAlert messages={alert()} />
          <TextField
            id="email"
            label={t('auth.email')}
            type="email"
            autocomplete="username"
            value={email()}
            error={errors().email}
            onInput={setEmail}
          />
          <SubmitButton pending={pending()} label={t('accountSecurity.forgotSubmit')} />
        </form>
      </Show>
      <p class="auth__switch">
        <A href="/sign-in">{t('accountSecurity.backToSignIn')}</A>
      </p>
    </section>
  )
}
