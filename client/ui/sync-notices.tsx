import { For, type JSX } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { Toast } from './toast.tsx'

/** What became of the shopper's changes when the server adjusted or refused them (stock, limits). */
export function SyncNotices(): JSX.Element {
  const { t } = useI18n()
  const { shopperSync } = useOffline()
  return (
    <For each={shopperSync.notices()}>
      {(notice) => (
        <Toast message={t(`errors.${notice.code}`)} onDismiss={() => shopperSync.dismissNotice(notice.id)} />
      )}
    </For>
  )
}
