/** The sign-up form's strength hint; the scoring lives in password-strength.ts. */
import { createResource, type JSX, Show } from 'solid-js'
import { useI18n } from '../platform/i18n.tsx'
import { loadScorer, type StrengthLevel, strengthLevel } from './password-strength.ts'

export function PasswordStrength(props: { readonly password: string; readonly id: string }): JSX.Element {
  const { t } = useI18n()
  const [level] = createResource(
    () => props.password || undefined,
    async (password) => strengthLevel((await loadScorer())(password)),
  )
  const label = (current: StrengthLevel) =>
    ({
      weak: t('auth.passwordStrengthWeak'),
      fair: t('auth.passwordStrengthFair'),
      strong: t('auth.passwordStrengthStrong'),
    })[current]
  // Always in the document, so screen readers hear each change (politely, after typing pauses).
  return (
    <p id={props.id} class="field__hint" aria-live="polite">
      <Show when={props.password && level.state === 'ready' ? level() : undefined}>
        {(current) => label(current())}
      </Show>
    </p>
  )
}
