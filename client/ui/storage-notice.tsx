import { type JSX, Match, Switch } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { Toast } from './toast.tsx'

/**
 * Problems with the local database the shopper must act on: another tab moved it to a schema this
 * code does not know (reload), our upgrade waits for other tabs, or the device ran out of storage.
 */
export function StorageNotice(): JSX.Element {
  const { t } = useI18n()
  const { dbNotice, sync } = useOffline()
  return (
    <Switch>
      <Match when={dbNotice() === 'reload'}>
        <Toast
          message={t('storage.upgraded')}
          actionLabel={t('actions.reload')}
          onAction={() => window.location.reload()}
        />
      </Match>
      <Match when={dbNotice() === 'blocked'}>
        <Toast message={t('storage.blocked')} />
      </Match>
      <Match when={sync.state().error === 'QUOTA_EXCEEDED'}>
        <Toast
          message={t('errors.QUOTA_EXCEEDED')}
          actionLabel={t('actions.retry')}
          onAction={() => void sync.syncNow()}
        />
      </Match>
    </Switch>
  )
}
