/**
 * `/admin/translations`: how much of the catalog each language lacks (counts per kind of text), the
 * products with a completeness badge per language, optionally only those missing one language
 * (`?missing=fr&q=` in the URL, so a view can be linked), and the categories. Each row opens the
 * side-by-side editor (admin-translation-editor-page.tsx) in the language filtered on.
 * Online only; rendered for admins by require-admin.tsx, in a chunk shoppers never download.
 */
import { A, useSearchParams } from '@solidjs/router'
import { batch, createEffect, createResource, createSignal, For, type JSX, on, Show } from 'solid-js'
import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import { isTranslatedLocale, translatedLocales } from '../../shared/catalog/translation-gaps.ts'
import type { ProductTranslationListItem, TranslationSummary } from '../../shared/catalog/translation-schema.ts'
import { ApiError, getJson } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { AdminI18nProvider, useAdminI18n } from './admin-i18n.tsx'
import { languageName } from './admin-language-name.ts'
import { AdminNav } from './admin-nav.tsx'
import { Badges } from './admin-translation-badges.tsx'
import { parseCategoryList, parseSummary, parseTranslationPage } from './admin-translation-parsers.ts'
import './admin-translations.css'

type Filter = { readonly q: string; readonly missing: TranslatedLocale | undefined }

export function AdminTranslationsPage(): JSX.Element {
  return (
    <AdminI18nProvider>
      <TranslationOverview />
    </AdminI18nProvider>
  )
}

const asTranslated = (value: string | undefined): TranslatedLocale | undefined =>
  isTranslatedLocale(value) ? value : undefined

function TranslationOverview(): JSX.Element {
  const { t } = useAdminI18n()
  useDocumentTitle(() => t('admin.translations.title'))
  const [params, setParams] = useSearchParams<{ q?: string; missing?: string }>()
  const filter = (): Filter => ({ q: params.q ?? '', missing: asTranslated(params.missing) })
  const [summary] = createResource(() => getJson('/api/admin/translations/summary', parseSummary))
  const [categories] = createResource(() => getJson('/api/admin/translations/categories', parseCategoryList))
  const list = createProductList()
  createEffect(on(filter, (current) => list.reload(current)))
  const show = (next: Filter) => {
    if (next.q === filter().q && next.missing === filter().missing) void list.reload(next)
    else setParams({ q: next.q || undefined, missing: next.missing })
  }
  const editorHref = (kind: 'products' | 'categories', id: string) =>
    `/admin/translations/${kind}/${id}${filter().missing ? `?locale=${filter().missing}` : ''}`

  return (
    <section class="admin-translations" aria-labelledby="admin-translations-title" aria-busy={list.loading()}>
      <AdminNav />
      <h1 id="admin-translations-title">{t('admin.translations.title')}</h1>
      <p>{t('admin.translations.intro')}</p>
      <Show when={summary()}>{(loaded) => <SummaryTable summary={loaded()} />}</Show>
      <h2>{t('admin.translations.products')}</h2>
      <FilterForm filter={filter()} onSubmit={show} />
      <Show when={list.error()}>
        {(message) => (
          <p class="notice" role="alert">
            {message()}
          </p>
        )}
      </Show>
      <Show when={list.loaded()} fallback={<p role="status">{t('admin.translations.loading')}</p>}>
        <Show
          when={list.items().length > 0}
          fallback={<Show when={!list.error()}>{<p role="status">{t('admin.translations.empty')}</p>}</Show>}
        >
          <ul class="admin-translations__rows">
            <For each={list.items()}>
              {(item) => (
                <li class="admin-translations__row">
                  <A href={editorHref('products', item.id)}>{item.name}</A>
                  <Badges gaps={item.gaps} />
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={list.nextCursor()}>
          <p class="load-more">
            <button type="button" class="button" disabled={list.loading()} onClick={() => void list.loadMore()}>
              {t('admin.translations.loadMore')}
            </button>
          </p>
        </Show>
      </Show>
      <h2>{t('admin.translations.categories')}</h2>
      <Show when={categories()} fallback={<p role="status">{t('admin.translations.loading')}</p>}>
        {(items) => (
          <ul class="admin-translations__rows">
            <For each={items()}>
              {(category) => (
                <li class="admin-translations__row">
                  <A href={editorHref('categories', category.id)}>{category.source.name}</A>
                  <Badges gaps={category.gaps} />
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
    </section>
  )
}

function SummaryTable(props: { readonly summary: TranslationSummary }): JSX.Element {
  const { t, formatNumber, locale: uiLocale } = useAdminI18n()
  const products = (locale: TranslatedLocale) => props.summary.products.missing[locale]
  return (
    // Scrolls sideways on a narrow screen; focusable so a keyboard can scroll it too.
    <section class="admin-translations__summary" aria-labelledby="admin-translations-summary" tabindex="0">
      <table>
        <caption id="admin-translations-summary">
          {t('admin.translations.summary', {
            products: props.summary.products.total,
            categories: props.summary.categories.total,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.translations.language')}</th>
            <th scope="col">{t('admin.translations.column.products')}</th>
            <th scope="col">{t('admin.translations.field.name')}</th>
            <th scope="col">{t('admin.translations.field.description')}</th>
            <th scope="col">{t('admin.translations.field.options')}</th>
            <th scope="col">{t('admin.translations.column.categories')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={translatedLocales}>
            {(locale) => (
              <tr>
                <th scope="row">
                  <A href={`/admin/translations?missing=${locale}`}>{languageName(locale, uiLocale())}</A>
                </th>
                <td>{formatNumber(products(locale).any)}</td>
                <td>{formatNumber(products(locale).name)}</td>
                <td>{formatNumber(products(locale).description)}</td>
                <td>{formatNumber(products(locale).options)}</td>
                <td>{formatNumber(props.summary.categories.missing[locale].any)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  )
}

/** The pages loaded so far for one filter; an answer for an older filter is dropped. */
function createProductList() {
  const { t } = useAdminI18n()
  const [items, setItems] = createSignal<readonly ProductTranslationListItem[]>([])
  const [nextCursor, setNextCursor] = createSignal<string | null>(null)
  const [loaded, setLoaded] = createSignal(false)
  const [loading, setLoading] = createSignal(false)
  const [error, setError] = createSignal<string | null>(null)
  let current: Filter = { q: '', missing: undefined }
  let generation = 0

  async function fetchPage(cursor: string | null, append: boolean): Promise<void> {
    const mine = ++generation
    setLoading(true)
    setError(null)
    const query = new URLSearchParams()
    if (current.q) query.set('q', current.q)
    if (current.missing) query.set('missing', current.missing)
    if (cursor) query.set('cursor', cursor)
    try {
      const page = await getJson(`/api/admin/translations/products?${query}`, parseTranslationPage)
      if (mine !== generation) return
      batch(() => {
        setItems((before) => (append ? [...before, ...page.items] : page.items))
        setNextCursor(page.nextCursor)
        setLoaded(true)
      })
    } catch (failure) {
      if (mine !== generation) return
      if (!(failure instanceof ApiError)) console.error('loading the translations failed', failure)
      setError(t(failure instanceof ApiError ? `errors.${failure.code}` : 'errors.INTERNAL'))
      setLoaded(true)
    } finally {
      if (mine === generation) setLoading(false)
    }
  }

  return {
    items,
    nextCursor,
    loaded,
    loading,
    error,
    reload(filter: Filter) {
      current = filter
      batch(() => {
        setItems([])
        setNextCursor(null)
        setLoaded(false)
      })
      return fetchPage(null, false)
    },
    loadMore: () => fetchPage(nextCursor(), true),
  }
}

function FilterForm(props: { readonly filter: Filter; readonly onSubmit: (filter: Filter) => void }): JSX.Element {
  const { t, locale: uiLocale } = useAdminI18n()
  let searchInput: HTMLInputElement | undefined
  let missingSelect: HTMLSelectElement | undefined
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    props.onSubmit({ q: searchInput?.value.trim() ?? '', missing: asTranslated(missingSelect?.value) })
  }
  return (
    <form class="admin-translations__filters" aria-label={t('admin.translations.filters')} onSubmit={submit}>
      <div class="field admin-translations__search">
        <label for="admin-translations-q">{t('admin.translations.search')}</label>
        <input
          ref={searchInput}
          id="admin-translations-q"
          name="q"
          type="search"
          maxlength="200"
          autocomplete="off"
          value={props.filter.q}
        />
      </div>
      <div class="field">
        <label for="admin-translations-missing">{t('admin.translations.show')}</label>
        <select ref={missingSelect} id="admin-translations-missing" name="missing">
          <option value="" selected={props.filter.missing === undefined}>
            {t('admin.translations.showAll')}
          </option>
          <For each={translatedLocales}>
            {(locale) => (
              <option value={locale} selected={props.filter.missing === locale}>
                {t('admin.translations.missingIn', { language: languageName(locale, uiLocale()) })}
              </option>
            )}
          </For>
        </select>
      </div>
      <button type="submit" class="button button--primary">
        {t('admin.translations.apply')}
      </button>
    </form>
  )
}
