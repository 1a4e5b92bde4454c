/**
 * `/admin/api-keys`: the integration API's keys — each with its scopes, dates and status — a form
 * for a new key, rotate and revoke (each confirmed in a dialog), and a key's audit log. A new token
 * is shown once, in a dialog. Online only; rendered for admins by require-admin.tsx, in a chunk
 * shoppers never download.
 */
import { createResource, createSignal, For, type JSX, Match, Show, Switch } from 'solid-js'
import type { ApiKey, IssuedApiKey } from '../../shared/api-keys/api-key.ts'
import { ApiError, getJson } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { ApiKeyAudit } from './admin-api-keys-audit.tsx'
import { IssuedKeyDialog, RevokeKeyDialog, RotateKeyDialog } from './admin-api-keys-dialogs.tsx'
import { CreateApiKeyForm } from './admin-api-keys-form.tsx'
import { parseApiKeyList } from './admin-api-keys-parsers.ts'
import { AdminI18nProvider, useAdminI18n } from './admin-i18n.tsx'
import { AdminNav } from './admin-nav.tsx'
import './admin-api-keys.css'

/** The page, rendered once its admin catalog (an `admin-*` chunk) has loaded. */
export function AdminApiKeysPage(): JSX.Element {
  return (
    <AdminI18nProvider>
      <ApiKeys />
    </AdminI18nProvider>
  )
}

function ApiKeys(): JSX.Element {
  const { t } = useAdminI18n()
  useDocumentTitle(() => t('admin.apiKeys.title'))
  const [keys, { refetch }] = createResource(() => getJson('/api/admin/api-keys', parseApiKeyList))
  const [issued, setIssued] = createSignal<IssuedApiKey | null>(null)
  const [rotating, setRotating] = createSignal<ApiKey | null>(null)
  const [revoking, setRevoking] = createSignal<ApiKey | null>(null)
  const [auditOf, setAuditOf] = createSignal<ApiKey | null>(null)
  const [note, setNote] = createSignal('')
  let listHeading: HTMLHeadingElement | undefined
  const latest = () => (keys.error ? undefined : keys.latest)
  const errorCode = () => (keys.error instanceof ApiError ? keys.error.code : 'INTERNAL')

  const showIssued = (next: IssuedApiKey) => {
    setNote('')
    setIssued(next)
    void refetch()
  }
  const revoked = (key: ApiKey) => {
    setNote(t('admin.apiKeys.revoke.done', { name: key.name }))
    void refetch()
    // The row's buttons are gone: continue at the list.
    listHeading?.focus()
  }

  return (
    <section class="admin-api-keys" aria-labelledby="admin-api-keys-title" aria-busy={keys.loading}>
      <AdminNav />
      <h1 id="admin-api-keys-title">{t('admin.apiKeys.title')}</h1>
      <p>{t('admin.apiKeys.intro')}</p>
      <CreateApiKeyForm onIssued={showIssued} />
      <h2 id="admin-api-keys-list" ref={listHeading} tabindex="-1">
        {t('admin.apiKeys.listTitle')}
      </h2>
      <p class="admin-api-keys__note" role="status">
        {note()}
      </p>
      <Switch>
        <Match when={keys.error}>
          <p class="notice" role="alert">
            {t(`errors.${errorCode()}`)}
          </p>
        </Match>
        <Match when={latest()}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t('admin.apiKeys.empty')}</p>}>
              <ul class="admin-api-keys__list" aria-labelledby="admin-api-keys-list">
                <For each={list()}>
                  {(key) => <KeyCard apiKey={key} onRotate={setRotating} onRevoke={setRevoking} onAudit={setAuditOf} />}
                </For>
              </ul>
            </Show>
          )}
        </Match>
        <Match when={true}>
          <p class="notice" role="status">
            {t('admin.apiKeys.loading')}
          </p>
        </Match>
      </Switch>
      <Show when={auditOf()} keyed>
        {(key) => <ApiKeyAudit apiKey={key} onClose={() => setAuditOf(null)} />}
      </Show>
      <IssuedKeyDialog
        issued={issued()}
        onClose={() => {
          setIssued(null)
          // The button that led here is gone or was disabled: continue at the list, which shows the key.
          listHeading?.focus()
        }}
      />
      <RotateKeyDialog apiKey={rotating()} onRotated={showIssued} onClose={() => setRotating(null)} />
      <RevokeKeyDialog apiKey={revoking()} onRevoked={revoked} onClose={() => setRevoking(null)} />
    </section>
  )
}

function KeyCard(props: {
  readonly apiKey: ApiKey
  readonly onRotate: (key: ApiKey) => void
  readonly onRevoke: (key: ApiKey) => void
  readonly onAudit: (key: ApiKey) => void
}): JSX.Element {
  const { t, formatDate, formatRelativeTime } = useAdminI18n()
  const key = () => props.apiKey
  const titleId = () => `api-key-${key().id}`
  return (
    <li class="admin-api-key" aria-labelledby={titleId()}>
      <h3 id={titleId()} class="admin-api-key__head">
        <span>{key().name}</span>
        <span class={`admin-api-key__status admin-api-key__status--${key().status}`}>
          {t(`admin.apiKeys.status.${key().status}`)}
        </span>
      </h3>
      <dl class="admin-api-key__facts">
        <dt>{t('admin.apiKeys.field.key')}</dt>
        <dd>
          <code>{key().prefix}…</code>
        </dd>
        <dt>{t('admin.apiKeys.field.scopes')}</dt>
        <dd>
          <For each={key().scopes}>{(scope) => <code class="admin-api-key__scope">{scope}</code>}</For>
        </dd>
        <dt>{t('admin.apiKeys.field.created')}</dt>
        <dd>{formatDate(key().createdAt)}</dd>
        <dt>{t('admin.apiKeys.field.expires')}</dt>
        <dd>{formatDate(key().expiresAt)}</dd>
        <Show when={key().status === 'rotating' && key().overlapEndsAt}>
          {(until) => (
            <>
              <dt>{t('admin.apiKeys.field.worksUntil')}</dt>
              <dd>{formatDate(until())}</dd>
            </>
          )}
        </Show>
        <dt>{t('admin.apiKeys.field.lastUsed')}</dt>
        <dd>
          {/* How recently says whether a key is still in use; the exact time is in the title. */}
          <Show when={key().lastUsedAt} fallback={t('admin.apiKeys.neverUsed')}>
            {(at) => (
              <time datetime={at()} title={formatDate(at())}>
                {formatRelativeTime(at())}
              </time>
            )}
          </Show>
        </dd>
      </dl>
      <p class="admin-api-key__actions">
        <Show when={key().status === 'active'}>
          <button
            type="button"
            class="button"
            aria-label={t('admin.apiKeys.rotate.label', { name: key().name })}
            onClick={() => props.onRotate(key())}
          >
            {t('admin.apiKeys.rotate.button')}
          </button>
        </Show>
        <Show when={key().status === 'active' || key().status === 'rotating'}>
          <button
            type="button"
            class="button"
            aria-label={t('admin.apiKeys.revoke.label', { name: key().name, prefix: key().prefix })}
            onClick={() => props.onRevoke(key())}
          >
            {t('admin.apiKeys.revoke.button')}
          </button>
        </Show>
        <button
          type="button"
          class="button"
          aria-label={t('admin.apiKeys.audit.label', { name: key().name, prefix: key().prefix })}
          onClick={() => props.onAudit(key())}
        >
          {t('admin.apiKeys.audit.button')}
        </button>
      </p>
    </li>
  )
}
