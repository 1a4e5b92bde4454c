/**
 * The new-key form: a name, the scopes (checkboxes from the shared registry) and how many days the
 * key is valid. Checked here first, then by the server, whose field errors land at the same fields.
 */
import { createSignal, For, type JSX, Show } from 'solid-js'
import { type ApiKeyScope, apiKeyScopes, type IssuedApiKey, maxApiKeyDays } from '../../shared/api-keys/api-key.ts'
import { FormAlert } from '../account/auth-form.tsx'
import { withCsrfToken } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError, postJson } from '../platform/api-client.ts'
import { parseIssuedApiKey } from './admin-api-keys-parsers.ts'
import { type AdminPageMessageId, useAdminI18n } from './admin-i18n.tsx'

type Field = 'name' | 'scopes' | 'days'

export function CreateApiKeyForm(props: { readonly onIssued: (issued: IssuedApiKey) => void }): JSX.Element {
  const { t } = useAdminI18n()
  const { db } = useOffline()
  const [name, setName] = createSignal('')
  const [scopes, setScopes] = createSignal<readonly ApiKeyScope[]>([])
  const [days, setDays] = createSignal('90')
  const [errors, setErrors] = createSignal<Partial<Record<Field, string>>>({})
  const [alert, setAlert] = createSignal<string[]>([])
  const [pending, setPending] = createSignal(false)
  const fields: Partial<Record<Field, HTMLElement>> = {}

  const toggle = (scope: ApiKeyScope, on: boolean) =>
    setScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)))

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (pending()) return
    setAlert([])
    const found = checkInput(name(), scopes(), days())
    setErrors(Object.fromEntries(Object.entries(found).map(([field, id]) => [field, t(id)])))
    const first = (['name', 'scopes', 'days'] as const).find((field) => found[field])
    if (first) {
      fields[first]?.focus()
      return
    }
    setPending(true)
    try {
      const input = {
        name: name().trim(),
        scopes: apiKeyScopes.filter((s) => scopes().includes(s)),
        expiresInDays: Number(days()),
      }
      const issued = await withCsrfToken(db, (token) =>
        postJson('/api/admin/api-keys', input, token, parseIssuedApiKey),
      )
      setName('')
      setScopes([])
      props.onIssued(issued)
    } catch (error) {
      if (!(error instanceof ApiError)) console.error('creating an API key failed', error)
      setAlert([t(error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL')])
    } finally {
      setPending(false)
    }
  }

  const describedBy = (field: Field, hint: boolean) =>
    [hint ? `api-key-${field}-hint` : '', errors()[field] ? `api-key-${field}-error` : ''].filter(Boolean).join(' ') ||
    undefined

  return (
    <form class="admin-api-keys__form" aria-labelledby="api-key-create-title" onSubmit={submit} novalidate>
      <h2 id="api-key-create-title">{t('admin.apiKeys.create.title')}</h2>
      <FormAlert messages={alert()} />
      <div class="field">
        <label for="api-key-name">{t('admin.apiKeys.create.name')}</label>
        <input
          ref={(element) => {
            fields.name = element
          }}
          id="api-key-name"
          name="name"
          type="text"
          maxlength="100"
          autocomplete="off"
          value={name()}
          aria-invalid={errors().name ? true : undefined}
          aria-describedby={describedBy('name', true)}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <p id="api-key-name-hint" class="field__hint">
          {t('admin.apiKeys.create.nameHint')}
        </p>
        <FieldError id="api-key-name-error" message={errors().name} />
      </div>
      <fieldset
        ref={(element) => {
          fields.scopes = element
        }}
        class="admin-api-keys__scopes"
        tabindex="-1"
        aria-describedby={describedBy('scopes', false)}
      >
        <legend>{t('admin.apiKeys.create.scopes')}</legend>
        <For each={apiKeyScopes}>
          {(scope) => (
            <label class="admin-api-keys__scope">
              <input
                type="checkbox"
                name="scopes"
                value={scope}
                checked={scopes().includes(scope)}
                onChange={(event) => toggle(scope, event.currentTarget.checked)}
              />{' '}
              <span>{t(`admin.apiKeys.scope.${scope}`)}</span> <code>{scope}</code>
            </label>
          )}
        </For>
        <FieldError id="api-key-scopes-error" message={errors().scopes} />
      </fieldset>
      <div class="field">
        <label for="api-key-days">{t('admin.apiKeys.create.days')}</label>
        <input
          ref={(element) => {
            fields.days = element
          }}
          id="api-key-days"
          name="days"
          type="number"
          inputmode="numeric"
          min="1"
          max={maxApiKeyDays}
          value={days()}
          aria-invalid={errors().days ? true : undefined}
          aria-describedby={describedBy('days', true)}
          onInput={(event) => setDays(event.currentTarget.value)}
        />
        <p id="api-key-days-hint" class="field__hint">
          {t('admin.apiKeys.create.daysHint', { max: maxApiKeyDays })}
        </p>
        <FieldError id="api-key-days-error" message={errors().days} />
      </div>
      <button type="submit" class="button button--primary" disabled={pending()}>
        {pending() ? t('admin.apiKeys.create.pending') : t('admin.apiKeys.create.submit')}
      </button>
    </form>
  )
}

export function FieldError(props: { readonly id: string; readonly message: string | undefined }): JSX.Element {
  return (
    <Show when={props.message}>
      <p id={props.id} class="field__error">
        {props.message}
      </p>
    </Show>
  )
}

function checkInput(
  name: string,
  scopes: readonly ApiKeyScope[],
  days: string,
): Partial<Record<Field, AdminPageMessageId>> {
  const dayCount = Number(days)
  return {
    ...(name.trim() ? {} : { name: 'admin.apiKeys.create.nameMissing' }),
    ...(scopes.length > 0 ? {} : { scopes: 'admin.apiKeys.create.scopesMissing' }),
    ...(/^\d+$/.test(days.trim()) && dayCount >= 1 && dayCount <= maxApiKeyDays
      ? {}
      : { days: 'admin.apiKeys.create.daysInvalid' }),
  }
}
