import { type JSX, Show } from 'solid-js'
import type { ClientErrorCode } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'

/** Nothing stored and the fetch failed: offline before the first visit, or a server problem. */
export function RefreshFailed(props: { readonly code: ClientErrorCode; readonly offlineText: string }): JSX.Element {
  const { t } = useI18n()
  return (
    <Show
      when={props.code === 'NETWORK'}
      fallback={
        <p class="notice" role="alert">
          {t(`errors.${props.code}`)}
        </p>
      }
    >
      <div class="notice-page">
        <h2>{t('orders.offline.title')}</h2>
        <p>{props.offlineText}</p>
      </div>
    </Show>
  )
}
