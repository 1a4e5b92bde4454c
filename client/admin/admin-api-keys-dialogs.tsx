/**
 * The key page's modal steps, on the native <dialog> (focus held inside, returned afterwards): the
 * new token shown once with a copy button, the rotation (with its overlap) and the revoke confirm.
 */
import { createEffect, createSignal, type JSX, type ParentProps, Show } from 'solid-js'
import { type ApiKey, type IssuedApiKey, maxOverlapMinutes } from '../../shared/api-keys/api-key.ts'
import { FormAlert } from '../account/auth-form.tsx'
import { withCsrfToken } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError, postJson } from '../platform/api-client.ts'
import { FieldError } from './admin-api-keys-form.tsx'
import { parseApiKey, parseIssuedApiKey } from './admin-api-keys-parsers.ts'
import { useAdminI18n } from './admin-i18n.tsx'

function Modal(
  props: ParentProps<{ readonly open: boolean; readonly labelledBy: string; readonly onCancel: () => void }>,
): JSX.Element {
  let dialog: HTMLDialogElement | undefined
  createEffect(() => {
    if (!dialog) return
    if (props.open && !dialog.open) dialog.showModal()
    if (!props.open && dialog.open) dialog.close()
  })
  return (
    <dialog
      ref={dialog}
      class="admin-api-keys__dialog"
      aria-labelledby={props.labelledBy}
      onCancel={(event) => {
        event.preventDefault()
        props.onCancel()
      }}
    >
      {props.children}
    </dialog>
  )
}

/** The token, once. Escape does not close it: the admin confirms having stored it. */
export function IssuedKeyDialog(props: { readonly issued: IssuedApiKey | null; readonly onClose: () => void }) {
  const { t } = useAdminI18n()
  const [copyNote, setCopyNote] = createSignal('')
  let field: HTMLInputElement | undefined
  const copy = async () => {
    const token = props.issued?.token
    if (!token) return
    try {
      await navigator.clipboard.writeText(token)
      setCopyNote(t('admin.apiKeys.secret.copied'))
    } catch {
      // No clipboard permission (or an insecure origin): let the admin copy the selected text.
      field?.select()
      setCopyNote(t('admin.apiKeys.secret.copyFailed'))
    }
  }
  const close = () => {
    setCopyNote('')
    props.onClose()
  }
  return (
    <Modal open={props.issued !== null} labelledBy="api-key-secret-title" onCancel={() => {}}>
      <h2 id="api-key-secret-title">{t('admin.apiKeys.secret.title', { name: props.issued?.key.name ?? '' })}</h2>
      <p id="api-key-secret-text">{t('admin.apiKeys.secret.text')}</p>
      <div class="field">
        <label for="api-key-secret">{t('admin.apiKeys.secret.label')}</label>
        <input
          ref={field}
          id="api-key-secret"
          class="admin-api-keys__token"
          type="text"
          readonly
          value={props.issued?.token ?? ''}
          aria-describedby="api-key-secret-text"
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <p class="admin-api-keys__note" role="status">
        {copyNote()}
      </p>
      <div class="admin-api-keys__dialog-buttons">
        <button type="button" class="button" onClick={() => void copy()}>
          {t('admin.apiKeys.secret.copy')}
        </button>
        <button type="button" class="button button--primary" onClick={close}>
          {t('admin.apiKeys.secret.done')}
        </button>
      </div>
    </Modal>
  )
}

/** Rotation: an overlap in minutes (empty: the shop's default), then the successor's token. */
export function RotateKeyDialog(props: {
  readonly apiKey: ApiKey | null
  readonly onRotated: (issued: IssuedApiKey) => void
  readonly onClose: () => void
}) {
  const { t } = useAdminI18n()
  const { db } = useOffline()
  const [overlap, setOverlap] = createSignal('')
  const [overlapError, setOverlapError] = createSignal<string | undefined>()
  const [alert, setAlert] = createSignal<string[]>([])
  const [pending, setPending] = createSignal(false)
  let overlapInput: HTMLInputElement | undefined
  const close = () => {
    setOverlap('')
    setOverlapError(undefined)
    setAlert([])
    props.onClose()
  }
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const key = props.apiKey
    if (!key || pending()) return
    const text = overlap().trim()
    const minutes = Number(text)
    if (text !== '' && !(/^\d+$/.test(text) && minutes <= maxOverlapMinutes)) {
      setOverlapError(t('admin.apiKeys.rotate.overlapInvalid', { max: maxOverlapMinutes }))
      overlapInput?.focus()
      return
    }
    setOverlapError(undefined)
    setPending(true)
    setAlert([])
    try {
      const body = text === '' ? {} : { overlapMinutes: minutes }
      const issued = await withCsrfToken(db, (token) =>
        postJson(`/api/admin/api-keys/${key.id}/rotate`, body, token, parseIssuedApiKey),
      )
      close()
      props.onRotated(issued)
    } catch (error) {
      if (!(error instanceof ApiError)) console.error('rotating an API key failed', error)
      setAlert([t(error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL')])
    } finally {
      setPending(false)
    }
  }
  return (
    <Modal open={props.apiKey !== null} labelledBy="api-key-rotate-title" onCancel={() => !pending() && close()}>
      <form onSubmit={submit} novalidate>
        <h2 id="api-key-rotate-title">{t('admin.apiKeys.rotate.title', { name: props.apiKey?.name ?? '' })}</h2>
        <p>{t('admin.apiKeys.rotate.text')}</p>
        <FormAlert messages={alert()} />
        <div class="field">
          <label for="api-key-overlap">{t('admin.apiKeys.rotate.overlap')}</label>
          <input
            ref={overlapInput}
            id="api-key-overlap"
            name="overlapMinutes"
            type="number"
            inputmode="numeric"
            min="0"
            max={maxOverlapMinutes}
            value={overlap()}
            aria-invalid={overlapError() ? true : undefined}
            aria-describedby={overlapError() ? 'api-key-overlap-hint api-key-overlap-error' : 'api-key-overlap-hint'}
            onInput={(event) => setOverlap(event.currentTarget.value)}
          />
          <p id="api-key-overlap-hint" class="field__hint">
            {t('admin.apiKeys.rotate.overlapHint', { max: maxOverlapMinutes })}
          </p>
          <FieldError id="api-key-overlap-error" message={overlapError()} />
        </div>
        <div class="admin-api-keys__dialog-buttons">
          <button type="submit" class="button button--primary" disabled={pending()}>
            {pending() ? t('admin.apiKeys.rotate.pending') : t('admin.apiKeys.rotate.confirm')}
          </button>
          <button type="button" class="button" disabled={pending()} onClick={close}>
            {t('admin.apiKeys.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  )
}

export function RevokeKeyDialog(props: {
  readonly apiKey: ApiKey | null
  readonly onRevoked: (key: ApiKey) => void
  readonly onClose: () => void
}) {
  const { t } = useAdminI18n()
  const { db } = useOffline()
  const [alert, setAlert] = createSignal<string[]>([])
  const [pending, setPending] = createSignal(false)
  const close = () => {
    setAlert([])
    props.onClose()
  }
  const revoke = async () => {
    const key = props.apiKey
    if (!key || pending()) return
    setPending(true)
    setAlert([])
    try {
      const revoked = await withCsrfToken(db, (token) =>
        postJson(`/api/admin/api-keys/${key.id}/revoke`, {}, token, parseApiKey),
      )
      close()
      props.onRevoked(revoked)
    } catch (error) {
      if (!(error instanceof ApiError)) console.error('revoking an API key failed', error)
      setAlert([t(error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL')])
    } finally {
      setPending(false)
    }
  }
  return (
    <Modal open={props.apiKey !== null} labelledBy="api-key-revoke-title" onCancel={() => !pending() && close()}>
      <h2 id="api-key-revoke-title">{t('admin.apiKeys.revoke.title', { name: props.apiKey?.name ?? '' })}</h2>
      <p>{t('admin.apiKeys.revoke.text')}</p>
      <FormAlert messages={alert()} />
      <div class="admin-api-keys__dialog-buttons">
        <Show when={props.apiKey}>
          <button
            type="button"
            class="button admin-api-keys__danger"
            disabled={pending()}
            onClick={() => void revoke()}
          >
            {pending() ? t('admin.apiKeys.revoke.pending') : t('admin.apiKeys.revoke.confirm')}
          </button>
        </Show>
        <button type="button" class="button" disabled={pending()} onClick={close}>
          {t('admin.apiKeys.cancel')}
        </button>
      </div>
    </Modal>
  )
}
