import { type JSX, Show } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'

/**
 * What to show while this device has no catalog yet: the skeleton (children) while the first pull
 * runs, or — when it failed — why, with a retry. Offline is the expected case, so it gets its own text.
 */
export function CatalogPending(props: { readonly children: JSX.Element }): JSX.Element {
  const { t } = useI18n()
  const { sync, network } = useOffline()
  const failure = () => (sync.state().status === 'error' ? sync.state().error : null)
  return (
    <Show when={failure()} fallback={props.children}>
      {(code) => (
        <div class="notice" role="alert">
          <p>{network.isOnline() ? t(`errors.${code()}`) : t('catalog.firstSyncOffline')}</p>
          <button type="button" class="button" onClick={() => void sync.syncNow()}>
            {t('actions.retry')}
          </button>
        </div>
      )}
    </Show>
  )
}
