import { A, useNavigate, useSearchParams } from '@solidjs/router'
import { createSignal, type JSX } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { useGoAfterSignIn } from './account-locale-sync.tsx'
import { describeFailure, type FieldErrors, FormAlert, SubmitButton, TextField } from './auth-form.tsx'
import { isEmail, safeNextPath } from './auth-input.ts'
import { signIn } from './session-calls.ts'

type Field = 'email' | 'password'

export function SignInPage(): JSX.Element {
  const { t } = useI18n()
  const { db, shopperSync } = useOffline()
  const navigate = useNavigate()
  const goAfterSignIn = useGoAfterSignIn()
  const [params] = useSearchParams<{ next?: string }>()
  const [email, setEmail] = createSignal('')
  const [password, setPassword] = createSignal('')
  const [errors, setErrors] = createSignal<FieldErrors<Field>>({})
  const [alert, setAlert] = createSignal<string[]>([])
  const [pending, setPending] = createSignal(false)
  useDocumentTitle(() => t('auth.signInTitle'))

  const fieldMessages = (): Record<Field, string> => ({
    email: t('auth.invalidEmail'),
    password: t('auth.missingPassword'),
  })

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const invalid: FieldErrors<Field> = {}
    if (!isEmail(email())) invalid.email = fieldMessages().email
    if (password().length === 0) invalid.password = fieldMessages().password
    setErrors(invalid)
    if (Object.keys(invalid).length > 0) {
      setAlert([t('auth.fixErrors')])
      return
    }
    setAlert([])
    setPending(true)
    try {
      const session = await shopperSync.switchShopper(() => signIn(db, { email: email().trim(), password: password() }))
      await goAfterSignIn(session, safeNextPath(params.next) ?? '/account', navigate)
    } catch (error) {
      const failure = describeFailure(error, fieldMessages(), t)
      setErrors(failure.fields)
      setAlert([failure.form])
    } finally {
      setPending(false)
    }
  }

  return (
    <section class="auth" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.signInTitle')}</h1>
      <p class="auth__note">{t('auth.mergeNote')}</p>
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
        <TextField
          id="password"
          label={t('auth.password')}
          type="password"
          autocomplete="current-password"
          value={password()}
          error={errors().password}
          onInput={setPassword}
        />
        <SubmitButton pending={pending()} label={t('auth.submitSignIn')} />
      </form>
      <p class="auth__switch">
        <A href="/account/forgot-password">{t('accountSecurity.forgotLink')}</A>
      </p>
      <p class="auth__switch">
        {t('auth.noAccount')} <A href="/sign-up">{t('auth.signUpTitle')}</A>
      </p>
    </section>
  )
}
