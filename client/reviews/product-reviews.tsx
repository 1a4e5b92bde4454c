/**
 * The reviews section of the product page (issue 15), a lazy chunk below the description: the
 * summary and star bars, sorting and filters, the list page by page ("Show more"), the shopper's
 * own review or draft, and the way to write one. Online it fetches; offline it shows the first page
 * as last fetched (saved-reviews.ts), marked as possibly out of date.
 */
import { useSearchParams } from '@solidjs/router'
import { batch, createEffect, createMemo, createSignal, For, type JSX, on, onCleanup, onMount, Show } from 'solid-js'
import type { Product } from '../../shared/catalog/product.ts'
import { type PublicReview, type ReviewPage, reviewSorts } from '../../shared/reviews/review.ts'
import { useSession } from '../account/use-session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import { OwnReviewPanel } from './own-review-panel.tsx'
import type { HelpfulCounts } from './parse-review.ts'
import { type ReviewQuery, type ReviewSearch, reviewQueryFromSearch, reviewSearchOf } from './review-api.ts'
import { ReviewItem } from './review-item.tsx'
import { listenForReviewOutcomes } from './review-outcome-channel.ts'
import { signInPath } from './review-paths.ts'
import { ReviewSummary } from './review-summary.tsx'
import './reviews.css'
import { dexieSavedReviews, loadReviews } from './saved-reviews.ts'

export function ProductReviews(props: { readonly product: Product }): JSX.Element {
  const { t, formatDate } = useI18n()
  const { db } = useOffline()
  const session = useSession()
  const [search, setSearch] = useSearchParams<ReviewSearch>()
  const [query, setQuery] = createSignal<ReviewQuery>(reviewQueryFromSearch(search))
  const [first, setFirst] = createSignal<ReviewPage | null>(null)
  const [reviews, setReviews] = createSignal<readonly PublicReview[]>([])
  const [savedAt, setSavedAt] = createSignal<string | null>(null)
  const [loading, setLoading] = createSignal(false)
  const [error, setError] = createSignal<string | null>(null)
  // This shopper's votes here, as the server answered them: a list (re)loading meanwhile was read
  // before the vote and must not show it undone.
  const [votes, setVotes] = createSignal<ReadonlyMap<string, HelpfulCounts>>(new Map())
  const signedIn = () => Boolean(session()?.user)
  const signInHref = () => signInPath(`/p/${props.product.slug}#reviews`)
  let request = 0
  let section: HTMLElement | undefined
  // Arriving at `#reviews` (back from signing in, or from the form) the browser found no such element
  // yet: this section loads after the page. Scroll once its first answer is shown.
  let scrollToSection = location.hash === '#reviews'

  async function load(next: ReviewQuery): Promise<void> {
    const ticket = ++request
    setLoading(true)
    setError(null)
    try {
      const loaded = await loadReviews(dexieSavedReviews(db), props.product, next)
      if (ticket !== request) return
      batch(() => {
        setFirst((previous) => (next.page === 1 || !previous ? loaded.page : { ...previous, total: loaded.page.total }))
        setReviews((list) => (next.page === 1 ? loaded.page.reviews : [...list, ...loaded.page.reviews]))
        setSavedAt(loaded.savedAt)
      })
      if (scrollToSection) {
        scrollToSection = false
        queueMicrotask(() => section?.scrollIntoView())
      }
    } catch (caught) {
      if (ticket !== request) return
      const offline = caught instanceof ApiError && caught.code === 'NETWORK'
      setError(offline ? t('reviews.offline') : t('reviews.loadFailed'))
    } finally {
      if (ticket === request) setLoading(false)
    }
  }

  // Who asks (undefined until the cached session is read): `own` and `myVote` are per shopper.
  const viewer = createMemo(() => {
    const current = session()
    return current === undefined ? undefined : (current.user?.id ?? null)
  })
  // A new product or another shopper starts again from page 1, with the filters the URL names.
  createEffect(
    on([() => props.product.slug, viewer], ([, who]) => {
      if (who === undefined) return
      setVotes(new Map())
      const opening = reviewQueryFromSearch(search)
      setQuery(opening)
      void load(opening)
    }),
  )
  // A draft of this product just reached the server: show the shopper's review as it is now.
  onMount(() => {
    const stop = listenForReviewOutcomes((outcome) => {
      if (outcome.slug === props.product.slug) change({})
    })
    onCleanup(stop)
  })
  const change = (patch: Partial<ReviewQuery>) => {
    const next = { ...query(), ...patch, page: 1 }
    setQuery(next)
    setSearch(reviewSearchOf(next), { replace: true, scroll: false })
    void load(next)
  }
  const showMore = () => {
    const next = { ...query(), page: query().page + 1 }
    setQuery(next)
    void load(next)
  }
  const hasMore = () => reviews().length < (first()?.total ?? 0) && !savedAt()

  return (
    <section ref={section} class="reviews" id="reviews" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">{t('reviews.title')}</h2>
      <Show when={savedAt()}>
        {(at) => <p class="notice reviews__saved">{t('reviews.savedNote', { date: formatDate(at()) })}</p>}
      </Show>
      <OwnReviewPanel product={props.product} own={first()?.own ?? null} onChanged={() => change({})} />
      <Show when={first()}>
        {(page) => (
          <Show when={page().summary.count > 0} fallback={<p class="reviews__empty">{t('reviews.empty')}</p>}>
            <ReviewSummary summary={page().summary} rating={query().rating} onRating={(rating) => change({ rating })} />
            <ReviewControls query={query()} disabled={Boolean(savedAt())} onChange={change} />
            <p class="reviews__status" role="status">
              {loading()
                ? t('reviews.loading')
                : t('reviews.showing', { shown: reviews().length, total: page().total })}
            </p>
            <Show when={reviews().length > 0} fallback={<p>{t('reviews.noMatch')}</p>}>
              <ul class="reviews__list">
                <For each={reviews()}>
                  {(review) => (
                    <ReviewItem
                      review={review}
                      signedIn={signedIn()}
                      signInHref={signInHref()}
                      voted={votes().get(review.id)}
                      onVoted={(counts) => setVotes((cast) => new Map(cast).set(review.id, counts))}
                    />
                  )}
                </For>
              </ul>
            </Show>
            <Show when={hasMore()}>
              <button type="button" class="button" disabled={loading()} onClick={showMore}>
                {t('reviews.showMore')}
              </button>
            </Show>
          </Show>
        )}
      </Show>
      <Show when={error()}>
        {(message) => (
          <p class="notice" role="alert">
            {message()}
          </p>
        )}
      </Show>
    </section>
  )
}

function ReviewControls(props: {
  readonly query: ReviewQuery
  readonly disabled: boolean
  readonly onChange: (patch: Partial<ReviewQuery>) => void
}): JSX.Element {
  const { t } = useI18n()
  return (
    <div class="reviews__controls">
      <div class="field">
        <label for="reviews-sort">{t('reviews.sort.label')}</label>
        <select
          id="reviews-sort"
          disabled={props.disabled}
          onChange={(event) => {
            const sort = reviewSorts.find((value) => value === event.currentTarget.value)
            if (sort) props.onChange({ sort })
          }}
        >
          <For each={reviewSorts}>
            {(sort) => (
              <option value={sort} selected={props.query.sort === sort}>
                {t(`reviews.sort.${sort}`)}
              </option>
            )}
          </For>
        </select>
      </div>
      <label class="reviews__filter">
        <input
          type="checkbox"
          disabled={props.disabled}
          checked={props.query.withPhotos}
          onChange={(event) => props.onChange({ withPhotos: event.currentTarget.checked })}
        />{' '}
        {t('reviews.filter.withPhotos')}
      </label>
      <label class="reviews__filter">
        <input
          type="checkbox"
          disabled={props.disabled}
          checked={props.query.verified}
          onChange={(event) => props.onChange({ verified: event.currentTarget.checked })}
        />{' '}
        {t('reviews.filter.verified')}
      </label>
      <Show when={props.query.rating}>
        {(rating) => (
          <button type="button" class="button button--small" onClick={() => props.onChange({ rating: null })}>
            {t('reviews.filter.clearStars', { stars: rating() })}
          </button>
        )}
      </Show>
    </div>
  )
}
