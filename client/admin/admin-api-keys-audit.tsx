/** The audit log of one key: its last 100 entries, newest first; uses are counted per route and minute. */
import { createResource, For, type JSX, Match, onMount, Show, Switch } from 'solid-js'
import type { ApiKey, ApiKeyAuditEntry } from '../../shared/api-keys/api-key.ts'
import { ApiError, getJson } from '../platform/api-client.ts'
import { parseApiKeyAudit } from './admin-api-keys-parsers.ts'
import { useAdminI18n } from './admin-i18n.tsx'

export function ApiKeyAudit(props: { readonly apiKey: ApiKey; readonly onClose: () => void }): JSX.Element {
  const { t } = useAdminI18n()
  const [entries] = createResource(
    () => props.apiKey.id,
    (id) => getJson(`/api/admin/api-keys/${encodeURIComponent(id)}/audit`, parseApiKeyAudit),
  )
  const errorCode = () => (entries.error instanceof ApiError ? entries.error.code : 'INTERNAL')
  let heading: HTMLHeadingElement | undefined
  // Opened from a key's button further up: keyboard and screen reader users continue here.
  onMount(() => heading?.focus())
  return (
    <section class="admin-api-keys__audit" aria-labelledby="api-key-audit-title">
      <h2 id="api-key-audit-title" ref={heading} tabindex="-1">
        {t('admin.apiKeys.audit.title', { name: props.apiKey.name })}
      </h2>
      <Switch>
        <Match when={entries.error}>
          <p class="notice" role="alert">
            {t(`errors.${errorCode()}`)}
          </p>
        </Match>
        <Match when={entries()}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t('admin.apiKeys.audit.empty')}</p>}>
              <ol class="admin-api-keys__entries" aria-labelledby="api-key-audit-title">
                <For each={list()}>{(entry) => <AuditEntry entry={entry} />}</For>
              </ol>
            </Show>
          )}
        </Match>
        <Match when={true}>
          <p class="notice" role="status">
            {t('admin.apiKeys.audit.loading')}
          </p>
        </Match>
      </Switch>
      <button type="button" class="button" onClick={() => props.onClose()}>
        {t('admin.apiKeys.audit.close')}
      </button>
    </section>
  )
}

function AuditEntry(props: { readonly entry: ApiKeyAuditEntry }): JSX.Element {
  const { t, formatDate } = useAdminI18n()
  const entry = () => props.entry
  const counted = () => entry().action === 'used' || entry().action === 'denied'
  return (
    <li class="admin-api-keys__entry">
      <p>
        <strong>{t(`admin.apiKeys.audit.action.${entry().action}`)}</strong>{' '}
        <time datetime={entry().at}>{formatDate(entry().at)}</time>
        <Show when={counted()}> · {t('admin.apiKeys.audit.count', { count: entry().count })}</Show>
      </p>
      <p class="admin-api-keys__entry-meta">
        <Show when={entry().route}>{(route) => <code>{route()}</code>}</Show>{' '}
        <Show when={entry().actorEmail}>
          {(email) => <span>{t('admin.apiKeys.audit.by', { email: email() })} </span>}
        </Show>
        <Show when={entry().ip}>{(ip) => <span>{t('admin.apiKeys.audit.from', { ip: ip() })} </span>}</Show>
        <Show when={typeof entry().detail.reason === 'string'}>
          <span>{t('admin.apiKeys.audit.reason', { reason: String(entry().detail.reason) })}</span>
        </Show>
      </p>
    </li>
  )
}
