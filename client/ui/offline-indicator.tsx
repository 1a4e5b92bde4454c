import { type JSX, Show } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'

/** Always-present live region, so screen readers hear the change when the connection drops. */
export function OfflineIndicator(): JSX.Element {
  const { t } = useI18n()
  const { network } = useOffline()
  return (
    <div class="offline-indicator" role="status" aria-live="polite">
      <Show when={!network.isOnline()}>
        <span class="offline-indicator__pill">{t('status.offline')}</span>
      </Show>
    </div>
  )
}
