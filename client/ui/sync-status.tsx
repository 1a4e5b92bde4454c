import { type JSX, Match, Switch } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'

/**
 * Whether the shopper's cart and wishlist changes have reached the server: synced, N pending, or
 * paused while there is no connection. A polite live region that never blocks anything.
 */
export function SyncStatus(): JSX.Element {
  const { t } = useI18n()
  const { shopperSync } = useOffline()
  return (
    <p
      class="sync-status"
      classList={{ [`sync-status--${shopperSync.status()}`]: true }}
      role="status"
      aria-live="polite"
    >
      <Switch>
        <Match when={shopperSync.status() === 'pending'}>
          {t('sync.pending', { count: shopperSync.pendingCount() })}
        </Match>
        <Match when={shopperSync.status() === 'offline'}>{t('sync.paused')}</Match>
        <Match when={shopperSync.status() === 'synced'}>{t('sync.synced')}</Match>
      </Switch>
    </p>
  )
}
