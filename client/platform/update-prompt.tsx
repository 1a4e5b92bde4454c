import { type JSX, Show } from 'solid-js'
import { Toast } from '../ui/toast.tsx'
import { useI18n } from './i18n.tsx'
import type { ServiceWorkerUpdate } from './service-worker.ts'

export function UpdatePrompt(props: { readonly update: ServiceWorkerUpdate }): JSX.Element {
  const { t } = useI18n()
  return (
    <Show when={props.update.isWaiting()}>
      <Toast
        message={t('update.available')}
        actionLabel={t('actions.reload')}
        onAction={props.update.applyUpdate}
        onDismiss={props.update.dismiss}
      />
    </Show>
  )
}
