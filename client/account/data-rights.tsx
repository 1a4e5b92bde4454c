/**
 * "Your data" on the account page: download everything as JSON, and delete the account behind a
 * modal that asks for the password. The native <dialog> keeps focus inside while open, closes on
 * Escape and gives focus back to the button that opened it. After the deletion this browser signs
 * out like after "Sign out": a new guest session, the account's cart and orders forgotten.
 */
import { useLocation, useNavigate } from '@solidjs/router'
import { createEffect, createSignal, type JSX, Show } from 'solid-js'
import { fetchSession } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import { FormAlert, TextField } from './auth-form.tsx'
import { accountExportPath, deleteAccount } from './data-rights-api.ts'

/** What the account page is navigated to with after a deletion, to say it is done. */
type DeletedState = { readonly accountDeleted?: boolean }

export function DataRights(): JSX.Element {
  const { t } = useI18n()
  const { db, shopperSync } = useOffline()
  const navigate = useNavigate()
  const [open, setOpen] = createSignal(false)
  const [password, setPassword] = createSignal('')
  const [passwordError, setPasswordError] = createSignal<string>()
  const [alert, setAlert] = createSignal<string[]>([])
  const [pending, setPending] = createSignal(false)
  let dialog: HTMLDialogElement | undefined

  createEffect(() => {
    if (!dialog) return
    if (open() && !dialog.open) dialog.showModal()
    if (!open() && dialog.open) dialog.close()
  })

  const close = () => {
    setOpen(false)
    setPassword('')
    setPasswordError(undefined)
    setAlert([])
  }

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    setAlert([])
    setPasswordError(undefined)
    if (!password()) {
      setPasswordError(t('errors.CURRENT_PASSWORD_WRONG'))
      return
    }
    setPending(true)
    try {
      await shopperSync.switchShopper(async () => {
        await deleteAccount(db, password())
        return fetchSession(db)
      })
      setOpen(false)
      navigate('/account', { replace: true, state: { accountDeleted: true } satisfies DeletedState })
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CURRENT_PASSWORD_WRONG')
        setPasswordError(t('errors.CURRENT_PASSWORD_WRONG'))
      else {
        if (!(error instanceof ApiError)) console.error('account deletion failed', error)
        setAlert([t(error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL')])
      }
    } finally {
      setPending(false)
    }
  }

  return (
    <section class="account-section" aria-labelledby="account-data-title">
      <h2 id="account-data-title">{t('account.data.title')}</h2>
      <p id="account-data-hint">{t('account.data.downloadHint')}</p>
      <p class="account__actions">
        <a class="button" href={accountExportPath} download="" aria-describedby="account-data-hint">
          {t('account.data.download')}
        </a>
        <button type="button" class="button button--danger" onClick={() => setOpen(true)}>
          {t('account.delete.open')}
        </button>
      </p>
      <dialog
        ref={dialog}
        class="account-dialog"
        aria-labelledby="delete-account-title"
        aria-describedby="delete-account-text"
        onCancel={(event) => {
          event.preventDefault()
          if (!pending()) close()
        }}
      >
        <form class="account-dialog__form" onSubmit={(event) => void submit(event)} novalidate>
          <h2 id="delete-account-title">{t('account.delete.title')}</h2>
          <p id="delete-account-text">{t('account.delete.explain')}</p>
          <TextField
            id="delete-account-password"
            label={t('account.delete.password')}
            type="password"
            autocomplete="current-password"
            value={password()}
            error={passwordError()}
            onInput={setPassword}
          />
          <FormAlert messages={alert()} />
          <div class="account-dialog__buttons">
            <button type="button" class="button" disabled={pending()} onClick={close}>
              {t('account.delete.cancel')}
            </button>
            <button type="submit" class="button button--danger" disabled={pending()}>
              {pending() ? t('auth.pending') : t('account.delete.confirm')}
            </button>
          </div>
        </form>
      </dialog>
    </section>
  )
}

/** On the account page of a guest who just deleted their account: says it is done and mailed. */
export function AccountDeletedNotice(): JSX.Element {
  const { t } = useI18n()
  const location = useLocation<DeletedState>()
  return (
    <Show when={location.state?.accountDeleted}>
      <p class="notice" role="status">
        {t('account.delete.done')}
      </p>
    </Show>
  )
}
