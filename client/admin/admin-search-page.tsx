/**
 * `/admin/search`: what shoppers search for, over a period of whole UTC days (`?from=&to=` in the
 * URL, so a report can be linked): totals, the top queries with their click-through rate, and the
 * queries that found nothing. Online only — the figures live on the server. Rendered for admins by
 * require-admin.tsx, in a chunk shoppers never download.
 */
import { useSearchParams } from '@solidjs/router'
import { createResource, createSignal, For, type JSX, Match, Show, Suspense, Switch } from 'solid-js'
import {
  maxReportDays,
  type ReportDays,
  reportDaysIssue,
  resolveReportDays,
  type SearchAnalytics,
} from '../../shared/search/search-analytics.ts'
import { ApiError, getJson } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { AdminI18nProvider, useAdminI18n } from './admin-i18n.tsx'
import { AdminNav } from './admin-nav.tsx'
import { parseSearchAnalytics } from './parse-search-analytics.ts'
import './admin-search-page.css'

/** The page, rendered once its admin catalog (an `admin-*` chunk) has loaded. */
export function AdminSearchPage(): JSX.Element {
  return (
    <AdminI18nProvider>
      <SearchAnalyticsPage />
    </AdminI18nProvider>
  )
}

function SearchAnalyticsPage(): JSX.Element {
  const { t } = useAdminI18n()
  useDocumentTitle(() => t('admin.search.title'))
  const [params, setParams] = useSearchParams<{ from?: string; to?: string }>()
  const days = () => resolveReportDays({ from: params.from, to: params.to }, new Date())
  const [report] = createResource(
    () => `from=${encodeURIComponent(days().from)}&to=${encodeURIComponent(days().to)}`,
    (query) => getJson(`/api/admin/search-analytics?${query}`, parseSearchAnalytics),
  )
  // `latest` rethrows a failed fetch; the alert below shows the error instead.
  const latest = () => (report.error ? undefined : report.latest)
  const errorMessage = () => t(report.error instanceof ApiError ? `errors.${report.error.code}` : 'errors.INTERNAL')

  return (
    <section class="admin-search" aria-labelledby="admin-search-title" aria-busy={report.loading}>
      <AdminNav />
      <h1 id="admin-search-title">{t('admin.search.title')}</h1>
      <PeriodForm days={days()} onSubmit={(next) => setParams(next)} />
      <Switch>
        <Match when={report.error}>
          <p class="notice" role="alert">
            {errorMessage()}
          </p>
        </Match>
        <Match when={true}>
          <Suspense
            fallback={
              <p class="notice" role="status">
                {t('admin.search.loading')}
              </p>
            }
          >
            <Show when={latest()}>{(current) => <Report report={current()} />}</Show>
          </Suspense>
        </Match>
      </Switch>
    </section>
  )
}

/** The period's two days. Checked here with the server's own rule, so mistakes show at once. */
function PeriodForm(props: { readonly days: ReportDays; readonly onSubmit: (days: ReportDays) => void }): JSX.Element {
  const { t } = useAdminI18n()
  const [error, setError] = createSignal<string | null>(null)
  let fromInput: HTMLInputElement | undefined
  let toInput: HTMLInputElement | undefined

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const next = resolveReportDays({ from: fromInput?.value, to: toInput?.value }, new Date())
    const issue = reportDaysIssue(next)
    setError(
      issue &&
        (issue.problem === 'from_after_to'
          ? t('admin.search.fromAfterTo')
          : t('admin.search.tooLong', { max: maxReportDays })),
    )
    if (issue) fromInput?.focus()
    else props.onSubmit(next)
  }

  return (
    <form class="admin-search__period" onSubmit={submit} aria-labelledby="admin-search-period" novalidate>
      <h2 id="admin-search-period" class="visually-hidden">
        {t('admin.search.period')}
      </h2>
      <div class="field">
        <label for="analytics-from">{t('admin.search.from')}</label>
        <input
          ref={fromInput}
          id="analytics-from"
          name="from"
          type="date"
          required
          value={props.days.from}
          aria-invalid={error() ? true : undefined}
          aria-describedby={error() ? 'analytics-period-hint analytics-period-error' : 'analytics-period-hint'}
        />
      </div>
      <div class="field">
        <label for="analytics-to">{t('admin.search.to')}</label>
        <input
          ref={toInput}
          id="analytics-to"
          name="to"
          type="date"
          required
          value={props.days.to}
          aria-describedby="analytics-period-hint"
        />
      </div>
      <button type="submit" class="button button--primary">
        {t('admin.search.show')}
      </button>
      <p id="analytics-period-hint" class="field__hint admin-search__hint">
        {t('admin.search.daysHint', { max: maxReportDays })}
      </p>
      <Show when={error()}>
        <p id="analytics-period-error" class="field__error admin-search__hint" role="alert">
          {error()}
        </p>
      </Show>
    </form>
  )
}

function Report(props: { readonly report: SearchAnalytics }): JSX.Element {
  const { t, formatNumber, formatDate } = useAdminI18n()
  const count = (value: number) => formatNumber(value)
  const percent = (value: number) => formatNumber(value, { style: 'percent', maximumFractionDigits: 1 })
  const totals = () => props.report.totals
  return (
    <>
      <h2 id="admin-search-totals">{t('admin.search.totals')}</h2>
      <dl class="admin-search__totals" aria-labelledby="admin-search-totals">
        <div>
          <dt>{t('admin.search.searches')}</dt>
          <dd>{count(totals().searches)}</dd>
        </div>
        <div>
          <dt>{t('admin.search.zeroResultSearches')}</dt>
          <dd>{count(totals().zeroResultSearches)}</dd>
        </div>
        <div>
          <dt>{t('admin.search.clickedSearches')}</dt>
          <dd>{count(totals().clickedSearches)}</dd>
        </div>
        <div>
          <dt>{t('admin.search.clicks')}</dt>
          <dd>{count(totals().clicks)}</dd>
        </div>
        <div>
          <dt>{t('admin.search.clickThroughRate')}</dt>
          <dd>{percent(totals().clickThroughRate)}</dd>
        </div>
      </dl>

      <h2 id="admin-search-top">{t('admin.search.topQueries')}</h2>
      <Show when={props.report.topQueries.length > 0} fallback={<p>{t('admin.search.noSearches')}</p>}>
        <ScrollingTable labelledBy="admin-search-top">
          <thead>
            <tr>
              <th scope="col">{t('admin.search.query')}</th>
              <th scope="col">{t('admin.search.searches')}</th>
              <th scope="col">{t('admin.search.averageResults')}</th>
              <th scope="col">{t('admin.search.clicks')}</th>
              <th scope="col">{t('admin.search.clickThroughRate')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.report.topQueries}>
              {(row) => (
                <tr>
                  <th scope="row">{row.query}</th>
                  <td>{count(row.searches)}</td>
                  <td>{formatNumber(row.averageResults, { maximumFractionDigits: 1 })}</td>
                  <td>{count(row.clicks)}</td>
                  <td>{percent(row.clickThroughRate)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </ScrollingTable>
      </Show>

      <h2 id="admin-search-zero">{t('admin.search.zeroResultQueries')}</h2>
      <Show when={props.report.zeroResultQueries.length > 0} fallback={<p>{t('admin.search.noZeroResults')}</p>}>
        <ScrollingTable labelledBy="admin-search-zero">
          <thead>
            <tr>
              <th scope="col">{t('admin.search.query')}</th>
              <th scope="col">{t('admin.search.searches')}</th>
              <th scope="col">{t('admin.search.lastSearched')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.report.zeroResultQueries}>
              {(row) => (
                <tr>
                  <th scope="row">{row.query}</th>
                  <td>{count(row.searches)}</td>
                  <td>{formatDate(row.lastSearchedAt)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </ScrollingTable>
      </Show>
    </>
  )
}

/**
 * A table that scrolls sideways on narrow screens instead of widening the page. The scrolling box
 * is focusable and named, so keyboard users can reach and scroll it (WCAG 2.1.1).
 */
function ScrollingTable(props: { readonly labelledBy: string; readonly children: JSX.Element }): JSX.Element {
  return (
    <section class="admin-search__scroll" aria-labelledby={props.labelledBy} tabindex="0">
      <table class="admin-search__table" aria-labelledby={props.labelledBy}>
        {props.children}
      </table>
    </section>
  )
}
