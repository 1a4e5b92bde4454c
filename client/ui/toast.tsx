import { type JSX, Show } from 'solid-js'
import { useI18n } from '../platform/i18n.tsx'

/** Holds the toasts; announced politely, and always in the DOM so announcements are not lost. */
export function ToastRegion(props: { readonly children: JSX.Element }): JSX.Element {
  const { t } = useI18n()
  return (
    <section class="toast-region" aria-label={t('toast.region')} aria-live="polite">
      {props.children}
    </section>
  )
}

export function Toast(props: {
  readonly message: string
  readonly actionLabel?: string
  readonly onAction?: () => void
  readonly onDismiss?: () => void
}): JSX.Element {
  const { t } = useI18n()
  return (
    <div class="toast">
      <p class="toast__message">{props.message}</p>
      <Show when={props.actionLabel && props.onAction}>
        <button type="button" class="button button--primary" onClick={() => props.onAction?.()}>
          {props.actionLabel}
        </button>
      </Show>
      <Show when={props.onDismiss}>
        <button type="button" class="button" onClick={() => props.onDismiss?.()}>
          {t('actions.dismiss')}
        </button>
      </Show>
    </div>
  )
}
