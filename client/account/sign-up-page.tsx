import { A, useNavigate, useSearchParams } from '@solidjs/router'
import { createSignal, type JSX } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { describeFailure, type FieldErrors, FormAlert, SubmitButton, TextField } from './auth-form.tsx'
import { isEmail, minPasswordLength, safeNextPath } from './auth-input.ts'
import { PasswordStrength } from './password-strength-hint.tsx'
import { signUp } from './session-calls.ts'

type Field = 'name' | 'email' | 'password'

export function SignUpPage(): JSX.Element {
  const { t } = useI18n()
  const { db, shopperSync } = useOffline()
  const navigate = useNavigate()
  const [params] = useSearchParams<{ next?: string }>()
  const [name, setName] = createSignal('')
  const [email, setEmail] = createSignal('')
  const [password, setPassword] = createSignal('')
  const [errors, setErrors] = createSignal<FieldErrors<Field>>({})
  const [alert, setAlert] = createSignal<string[]>([])
  const [pending, setPending] = createSignal(false)
  useDocumentTitle(() => t('auth.signUpTitle'))

  const fieldMessages = (): Record<Field, string> => ({
    name: t('auth.invalidName'),
    email: t('auth.invalidEmail'),
    password: t('auth.invalidPassword', { min: minPasswordLength }),
  })

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const invalid: FieldErrors<Field> = {}
    if (name().trim().length === 0) invalid.name = fieldMessages().name
    if (!isEmail(email())) invalid.email = fieldMessages().email
    if (password().length < minPasswordLength) invalid.password = fieldMessages().password
    setErrors(invalid)
    if (Object.keys(invalid).length > 0) {
      setAlert([t('auth.fixErrors')])
      return
    }
    setAlert([])
    setPending(true)
    try {
      const input = { name: name().trim(), email: email().trim(), password: password() }
      await shopperSync.switchShopper(() => signUp(db, input))
      navigate(safeNextPath(params.next) ?? '/account')
    } catch (error) {
      const failure = describeFailure(error, fieldMessages(), t)
      setErrors(failure.fields)
      setAlert([failure.form])
    } finally {
      setPending(false)
    }
  }

  return (
    <section class="auth" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t('auth.signUpTitle')}</h1>
      <p class="auth__note">{t('auth.mergeNote')}</p>
      <form class="auth__form" novalidate aria-busy={pending()} onSubmit={(event) => void submit(event)}>
        <FormAlert messages={alert()} />
        <TextField
          id="name"
          label={t('auth.name')}
          type="text"
          autocomplete="name"
          value={name()}
          error={errors().name}
          onInput={setName}
        />
        <TextField
          id="email"
          label={t('auth.email')}
          type="email"
          autocomplete="email"
          value={email()}
          error={errors().email}
          onInput={setEmail}
        />
        <TextField
          id="password"
          label={t('auth.password')}
          type="password"
          autocomplete="new-password"
          value={password()}
          hint={t('auth.passwordHint', { min: minPasswordLength })}
          error={errors().password}
          onInput={setPassword}
        />
        <PasswordStrength id="password-strength" password={password()} />
        <SubmitButton pending={pending()} label={t('auth.submitSignUp')} />
      </form>
      <p class="auth__switch">
        {t('auth.haveAccount')} <A href="/sign-in">{t('auth.signInTitle')}</A>
      </p>
    </section>
  )
}
