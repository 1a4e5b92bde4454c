/**
 * `/admin/inventory`: products with their variants' stock and prices, searched by name or SKU and
 * optionally scarcest variant first (`?q=&lowStock=1` in the URL, so a view can be linked), each
 * variant editable in place (admin-inventory-editor.tsx). One card per product: a column on a phone,
 * a grid on wide screens.
 * Online only; rendered for admins by require-admin.tsx, in a chunk shoppers never download.
 */
import { useSearchParams } from '@solidjs/router'
import { batch, createEffect, createSignal, For, type JSX, on, Show } from 'solid-js'
import type { InventoryItem } from '../../shared/catalog/admin-inventory-schema.ts'
import { ApiError, getJson } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { AdminI18nProvider, useAdminI18n } from './admin-i18n.tsx'
import { InventoryCard } from './admin-inventory-editor.tsx'
import { parseInventoryPage } from './admin-inventory-parsers.ts'
import { AdminNav } from './admin-nav.tsx'
import './admin-inventory.css'

type Filter = { readonly q: string; readonly lowStock: boolean }

export function AdminInventoryPage(): JSX.Element {
  return (
    <AdminI18nProvider>
      <InventoryList />
    </AdminI18nProvider>
  )
}

function InventoryList(): JSX.Element {
  const { t } = useAdminI18n()
  useDocumentTitle(() => t('admin.inventory.title'))
  const [params, setParams] = useSearchParams<{ q?: string; lowStock?: string }>()
  const filter = (): Filter => ({ q: params.q ?? '', lowStock: params.lowStock === '1' })
  const list = createInventoryList()
  createEffect(on(filter, (current) => list.reload(current)))
  const show = (next: Filter) => {
    if (next.q === filter().q && next.lowStock === filter().lowStock) void list.reload(next)
    else setParams({ q: next.q || undefined, lowStock: next.lowStock ? '1' : undefined })
  }

  return (
    <section class="admin-inventory" aria-labelledby="admin-inventory-title" aria-busy={list.loading()}>
      <AdminNav />
      <h1 id="admin-inventory-title">{t('admin.inventory.title')}</h1>
      <FilterForm filter={filter()} onSubmit={show} />
      <Show when={list.error()}>
        {(message) => (
          <p class="notice" role="alert">
            {message()}
          </p>
        )}
      </Show>
      <Show when={list.loaded()} fallback={<p role="status">{t('admin.inventory.loading')}</p>}>
        <Show when={list.items().length > 0} fallback={<Show when={!list.error()}>{t('admin.inventory.empty')}</Show>}>
          <ul class="admin-inventory__cards">
            <For each={list.items()}>
              {(item) => (
                <li>
                  <InventoryCard initial={item} />
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={list.nextCursor()}>
          <p class="load-more">
            <button type="button" class="button" disabled={list.loading()} onClick={() => void list.loadMore()}>
              {t('admin.inventory.loadMore')}
            </button>
          </p>
        </Show>
      </Show>
    </section>
  )
}

/** The pages loaded so far for one filter; an answer for an older filter is dropped. */
function createInventoryList() {
  const { t } = useAdminI18n()
  const [items, setItems] = createSignal<readonly InventoryItem[]>([])
  const [nextCursor, setNextCursor] = createSignal<string | null>(null)
  const [loaded, setLoaded] = createSignal(false)
  const [loading, setLoading] = createSignal(false)
  const [error, setError] = createSignal<string | null>(null)
  let current: Filter = { q: '', lowStock: false }
  let generation = 0

  async function fetchPage(cursor: string | null, append: boolean): Promise<void> {
    const mine = ++generation
    setLoading(true)
    setError(null)
    const query = new URLSearchParams()
    if (current.q) query.set('q', current.q)
    if (current.lowStock) query.set('lowStock', 'true')
    if (cursor) query.set('cursor', cursor)
    try {
      const page = await getJson(`/api/admin/inventory?${query}`, parseInventoryPage)
      if (mine !== generation) return
      batch(() => {
        setItems((before) => (append ? [...before, ...page.items] : page.items))
        setNextCursor(page.nextCursor)
        setLoaded(true)
      })
    } catch (failure) {
      if (mine !== generation) return
      if (!(failure instanceof ApiError)) console.error('loading the inventory failed', failure)
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
  const { t } = useAdminI18n()
  let searchInput: HTMLInputElement | undefined
  let lowStockBox: HTMLInputElement | undefined
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    props.onSubmit({ q: searchInput?.value.trim() ?? '', lowStock: lowStockBox?.checked ?? false })
  }
  return (
    <form class="admin-inventory__filters" aria-label={t('admin.inventory.filters')} onSubmit={submit}>
      <div class="field admin-inventory__search">
        <label for="admin-inventory-q">{t('admin.inventory.search')}</label>
        <input
          ref={searchInput}
          id="admin-inventory-q"
          name="q"
          type="search"
          maxlength="200"
          autocomplete="off"
          value={props.filter.q}
        />
      </div>
      <label class="admin-inventory__check">
        <input ref={lowStockBox} type="checkbox" name="lowStock" checked={props.filter.lowStock} />
        {t('admin.inventory.lowStockFirst')}
      </label>
      <button type="submit" class="button button--primary">
        {t('admin.inventory.apply')}
      </button>
    </form>
  )
}
