/**
 * The sign-in and sign-up forms' shared parts: labelled fields with inline errors (from the
 * shopper's input or the server's problem+json `errors[]`), a form-level alert, and a submit button
 * that is disabled while the request runs.
 */
import { For, type JSX, Show } from 'solid-js'
import type { FieldIssue } from '../../shared/errors.ts'
import { ApiError } from '../platform/api-client.ts'
import { type MessageId, useI18n } from '../platform/i18n.tsx'

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>

const defaultDirection = { email: 'ltr', tel: 'ltr', text: 'auto', password: undefined } as const

export function TextField(props: {
  readonly id: string
  readonly label: string
  readonly type: 'text' | 'email' | 'password' | 'tel'
  readonly autocomplete: string
  readonly value: string
  readonly error?: string
  readonly hint?: string
  /**
   * The value's direction. By default an email address is left to right in every language and any
   * other text takes the direction of what is typed (a Latin street name on an Arabic page reads
   * "12 Main Street", not "Main Street 12"); a postal code is always left to right.
   */
  readonly dir?: 'ltr' | 'auto'
  readonly onInput: (value: string) => void
}): JSX.Element {
  const describedBy = () =>
    [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') ||
    undefined
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.id}
        type={props.type}
        dir={props.dir ?? defaultDirection[props.type]}
        autocomplete={props.autocomplete}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy()}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="field__hint">
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field__error">
          {props.error}
        </p>
      </Show>
    </div>
  )
}

export function FormAlert(props: { readonly messages: readonly string[] }): JSX.Element {
  return (
    <div role="alert" class="form-alert-region">
      <Show when={props.messages.length > 0}>
        <div class="notice form-alert">
          <For each={props.messages}>{(message) => <p>{message}</p>}</For>
        </div>
      </Show>
    </div>
  )
}

export function SubmitButton(props: { readonly pending: boolean; readonly label: string }): JSX.Element {
  const { t } = useI18n()
  return (
    <button type="submit" class="button button--primary" disabled={props.pending}>
      {props.pending ? t('auth.pending') : props.label}
    </button>
  )
}

/**
 * Split a failed request into inline field errors (known fields named by the server's issues, e.g.
 * `json.email`) and a form-level message.
 */
export function describeFailure<Field extends string>(
  error: unknown,
  fieldMessages: Readonly<Record<Field, string>>,
  t: (id: MessageId) => string,
): { readonly fields: FieldErrors<Field>; readonly form: string } {
  if (!(error instanceof ApiError)) {
    console.error('authentication failed', error)
    return { fields: {}, form: t('errors.INTERNAL') }
  }
  const fields: FieldErrors<Field> = {}
  for (const issue of error.issues) {
    const field = fieldOf(issue, fieldMessages)
    if (field) fields[field] = fieldMessages[field]
  }
  const form = Object.keys(fields).length > 0 ? t('auth.fixErrors') : t(`errors.${error.code}`)
  return { fields, form }
}

function fieldOf<Field extends string>(issue: FieldIssue, fields: Readonly<Record<Field, string>>): Field | undefined {
  const name = issue.path.split('.').at(-1)
  return name !== undefined && name in fields ? (name as Field) : undefined
}
