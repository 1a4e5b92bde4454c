/**
 * `/admin/reviews`: the review moderation queue (issue 15). Tabs per status with counts, filters
 * (hold reason, stars, product), one card per review (admin-review-card.tsx) and the shop's review
 * settings. Live: the server's `review-queue` events (a review written, reported or decided anywhere)
 * update the counts and reload the list. Rendered for admins by require-admin.tsx.
 */
import { createResource, createSignal, For, type JSX, onCleanup, onMount, Show } from 'solid-js'
import type { AdminReviewListQuery, ReviewQueueCounts } from '../../shared/reviews/admin-review-schema.ts'
import {
  type HoldReason,
  holdReasons,
  type ReviewStatus,
  reviewQueueEvent,
  reviewStatuses,
} from '../../shared/reviews/review.ts'
import { getJson } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { AdminI18nProvider, useAdminI18n } from './admin-i18n.tsx'
import { AdminNav } from './admin-nav.tsx'
import { AdminReviewCard } from './admin-review-card.tsx'
import { AdminReviewSettings } from './admin-review-settings.tsx'
import { parseAdminReviewList, parseReviewQueueCounts, reviewListPath } from './admin-reviews-parsers.ts'
import './admin-reviews.css'

const streamPath = '/api/admin/reviews/stream'

export function AdminReviewsPage(): JSX.Element {
  return (
    <AdminI18nProvider>
      <ReviewsPage />
    </AdminI18nProvider>
  )
}

type Filters = Omit<AdminReviewListQuery, 'status' | 'page'>

function ReviewsPage(): JSX.Element {
  const { t } = useAdminI18n()
  useDocumentTitle(() => t('admin.reviews.title'))
  const [status, setStatus] = createSignal<ReviewStatus>('pending')
  const [filters, setFilters] = createSignal<Filters>({})
  const [page, setPage] = createSignal(1)
  const [announcement, setAnnouncement] = createSignal('')
  const [liveCounts, setLiveCounts] = createSignal<ReviewQueueCounts>()
  const query = (): AdminReviewListQuery => ({ status: status(), page: page(), ...filters() })
  const [list, { refetch }] = createResource(query, (q) => getJson(reviewListPath(q), parseAdminReviewList))
  const counts = () => liveCounts() ?? list.latest?.counts

  onMount(() => {
    const source = new EventSource(streamPath)
    let first = true
    source.addEventListener(reviewQueueEvent, (message: MessageEvent<string>) => {
      try {
        setLiveCounts(parseReviewQueueCounts(JSON.parse(message.data)))
      } catch (error) {
        console.error('review stream: malformed counts', error)
        return
      }
      // The first event only tells what the list just loaded; later ones mean the queue changed.
      if (!first) void refetch()
      first = false
    })
    onCleanup(() => source.close())
  })

  const applyFilters = (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const reason = String(form.get('holdReason') ?? '')
    const rating = Number(form.get('rating') ?? '')
    const q = String(form.get('q') ?? '').trim()
    setPage(1)
    setFilters({
      ...(reason ? { holdReason: reason as HoldReason } : {}),
      ...(rating >= 1 && rating <= 5 ? { rating } : {}),
      ...(q ? { q } : {}),
    })
  }

  const decided = (message: string) => {
    setAnnouncement(message)
    void refetch()
  }

  return (
    <section class="admin-reviews" aria-labelledby="admin-reviews-title">
      <AdminNav />
      <h1 id="admin-reviews-title">{t('admin.reviews.title')}</h1>
      <fieldset class="admin-reviews__tabs">
        <legend class="visually-hidden">{t('admin.reviews.statusGroup')}</legend>
        <For each={reviewStatuses}>
          {(each) => (
            <button
              type="button"
              class="button"
              aria-pressed={status() === each}
              onClick={() => {
                setStatus(each)
                setPage(1)
              }}
            >
              {t(`admin.reviews.status.${each}`)} ({counts()?.byStatus[each] ?? '…'})
            </button>
          )}
        </For>
      </fieldset>
      <form class="admin-reviews__filters" onSubmit={applyFilters} aria-label={t('admin.reviews.filters')}>
        <label>
          {t('admin.reviews.holdReason')}
          <select name="holdReason">
            <option value="">{t('admin.reviews.any')}</option>
            <For each={holdReasons}>
              {(reason) => (
                <option value={reason}>
                  {t(`admin.reviews.reason.${reason}`)} ({counts()?.pendingByReason[reason] ?? 0})
                </option>
              )}
            </For>
          </select>
        </label>
        <label>
          {t('admin.reviews.rating')}
          <select name="rating">
            <option value="">{t('admin.reviews.any')}</option>
            <For each={[5, 4, 3, 2, 1]}>
              {(stars) => <option value={stars}>{t('admin.reviews.stars', { count: stars })}</option>}
            </For>
          </select>
        </label>
        <label class="admin-reviews__search">
          {t('admin.reviews.product')}
          <input name="q" type="search" maxLength={200} />
        </label>
        <button type="submit" class="button">
          {t('admin.reviews.applyFilters')}
        </button>
      </form>
      <p class="admin-reviews__status" role="status" aria-live="polite">
        {announcement()}
      </p>
      <Show when={list.latest} fallback={<p>{list.error ? t('errors.INTERNAL') : t('admin.reviews.loading')}</p>}>
        {(current) => (
          <>
            <p>{t('admin.reviews.total', { count: current().total })}</p>
            <Show when={current().reviews.length > 0} fallback={<p>{t('admin.reviews.empty')}</p>}>
              <ul class="admin-reviews__list">
                <For each={current().reviews}>
                  {(review) => (
                    <li>
                      <AdminReviewCard review={review} onDone={decided} />
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <nav class="admin-reviews__pages" aria-label={t('admin.reviews.pages')}>
              <button type="button" class="button" disabled={page() <= 1} onClick={() => setPage(page() - 1)}>
                {t('admin.reviews.previous')}
              </button>
              <button
                type="button"
                class="button"
                disabled={page() * current().pageSize >= current().total}
                onClick={() => setPage(page() + 1)}
              >
                {t('admin.reviews.next')}
              </button>
            </nav>
          </>
        )}
      </Show>
      <AdminReviewSettings />
    </section>
  )
}
