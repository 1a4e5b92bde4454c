/**
 * `/admin/flags`: every feature flag with its state, a kill switch (and its undo) that takes effect
 * for every shopper at once, and each experiment's results: exposures, conversions and rate per
 * variant, the interval of its lift over the control, the sequential p-value and the sample-ratio
 * check. Flags are created and edited through the API for now (README "Feature flags").
 */
import { createResource, createSignal, For, type JSX, Match, Show, Switch } from 'solid-js'
import type { AdminFlag } from '../../shared/experiments/flag-api.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError, getJson, postJson } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { parseAdminFlag, parseAdminFlags, parseExperimentResults } from './admin-flags-parsers.ts'
import { AdminI18nProvider, useAdminI18n } from './admin-i18n.tsx'
import { AdminNav } from './admin-nav.tsx'

export function AdminFlagsPage(): JSX.Element {
  return (
    <AdminI18nProvider>
      <Flags />
    </AdminI18nProvider>
  )
}

function Flags(): JSX.Element {
  const { t } = useAdminI18n()
  const { db } = useOffline()
  useDocumentTitle(() => t('admin.flags.title'))
  const [flags, { refetch }] = createResource(() => getJson('/api/admin/flags', parseAdminFlags))
  const [note, setNote] = createSignal('')
  const [pending, setPending] = createSignal<string | null>(null)
  const errorCode = () => (flags.error instanceof ApiError ? flags.error.code : 'INTERNAL')

  const toggle = async (flag: AdminFlag) => {
    if (pending()) return
    setPending(flag.key)
    setNote('')
    try {
      const action = flag.enabled ? 'kill' : 'revive'
      const changed = await withCsrfToken(db, (token) =>
        postJson(`/api/admin/flags/${encodeURIComponent(flag.key)}/${action}`, {}, token, parseAdminFlag),
      )
      setNote(t(changed.enabled ? 'admin.flags.revived' : 'admin.flags.killed', { key: changed.key }))
      await refetch()
    } catch (error) {
      if (!(error instanceof ApiError)) console.error('changing a flag failed', error)
      setNote(t(error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL'))
    } finally {
      setPending(null)
    }
  }

  return (
    <section class="admin-flags" aria-labelledby="admin-flags-title" aria-busy={flags.loading}>
      <AdminNav />
      <h1 id="admin-flags-title">{t('admin.flags.title')}</h1>
      <p role="status">{note()}</p>
      <Switch>
        <Match when={flags.error}>
          <p class="notice" role="alert">
            {t(`errors.${errorCode()}`)}
          </p>
        </Match>
        <Match when={flags.latest}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t('admin.flags.empty')}</p>}>
              <For each={list()}>
                {(flag) => <FlagCard flag={flag} busy={pending() === flag.key} onToggle={() => void toggle(flag)} />}
              </For>
            </Show>
          )}
        </Match>
        <Match when={true}>
          <p class="notice" role="status">
            {t('admin.flags.loading')}
          </p>
        </Match>
      </Switch>
    </section>
  )
}

function FlagCard(props: { readonly flag: AdminFlag; readonly busy: boolean; readonly onToggle: () => void }) {
  const { t } = useAdminI18n()
  const experiments = () =>
    props.flag.definition.rules.flatMap((rule) => (rule.kind === 'experiment' ? [rule.experiment] : []))
  const titleId = () => `flag-${props.flag.key}`
  return (
    <article class="admin-flag" aria-labelledby={titleId()}>
      <h2 id={titleId()}>
        {props.flag.key}{' '}
        <span class="admin-flag__status">{t(props.flag.enabled ? 'admin.flags.on' : 'admin.flags.killedState')}</span>
      </h2>
      <p>{t('admin.flags.defaultValue', { value: String(props.flag.definition.defaultValue) })}</p>
      <button
        type="button"
        class={props.flag.enabled ? 'button button--danger' : 'button'}
        disabled={props.busy}
        onClick={() => props.onToggle()}
      >
        {t(props.flag.enabled ? 'admin.flags.kill' : 'admin.flags.revive', { key: props.flag.key })}
      </button>
      <For each={experiments()}>{(experiment) => <ExperimentResults experimentKey={experiment.key} />}</For>
    </article>
  )
}

function ExperimentResults(props: { readonly experimentKey: string }): JSX.Element {
  const { t, formatNumber } = useAdminI18n()
  const [results] = createResource(
    () => props.experimentKey,
    (key) => getJson(`/api/admin/experiments/${encodeURIComponent(key)}/results`, parseExperimentResults),
  )
  const percent = (value: number) => formatNumber(value, { style: 'percent', maximumFractionDigits: 1 })
  const p = (value: number) => formatNumber(value, { maximumSignificantDigits: 3 })
  return (
    <Show when={results.latest}>
      {(answer) => (
        <table class="admin-flag__results">
          <caption>
            {t('admin.flags.results', { key: props.experimentKey })}{' '}
            {answer().pValue === null ? '' : t('admin.flags.pValue', { value: p(answer().pValue ?? 1) })}{' '}
            {t('admin.flags.srm', { value: p(answer().srmPValue) })}
            <Show when={answer().sampleRatioMismatch}>
              {' '}
              <strong>{t('admin.flags.srmWarning')}</strong>
            </Show>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.flags.variant')}</th>
              <th scope="col">{t('admin.flags.exposures')}</th>
              <th scope="col">{t('admin.flags.conversions')}</th>
              <th scope="col">{t('admin.flags.rate')}</th>
              <th scope="col">{t('admin.flags.lift')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={answer().variants}>
              {(variant) => (
                <tr>
                  <th scope="row">{variant.key}</th>
                  <td>{formatNumber(variant.exposures)}</td>
                  <td>{formatNumber(variant.conversions)}</td>
                  <td>{percent(variant.rate)}</td>
                  <td>
                    {variant.ciLow === null || variant.ciHigh === null
                      ? t('admin.flags.control')
                      : t('admin.flags.interval', { low: percent(variant.ciLow), high: percent(variant.ciHigh) })}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      )}
    </Show>
  )
}
