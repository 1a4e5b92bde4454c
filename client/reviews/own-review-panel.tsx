import { A } from '@solidjs/router'
import { createSignal, type JSX, Match, Show, Switch } from 'solid-js'
import type { Product } from '../../shared/catalog/product.ts'
import type { OwnReview } from '../../shared/reviews/review.ts'
import { useSession } from '../account/use-session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { deleteReview } from './review-api.ts'
import { discardDraft, readDraftFor } from './review-draft.ts'
import { withCsrfOf } from './review-drafts-sync.ts'
import { refusalMessage } from './review-messages.ts'
import { reviewFormPath, signInPath } from './review-paths.ts'
import { StarRating } from './star-rating.tsx'

/**
 * What the shopper has to do with reviews of this product: a draft waiting on this device (or
 * refused), their own review with its moderation status, or the way to write one.
 */
export function OwnReviewPanel(props: {
  readonly product: Product
  readonly own: OwnReview | null
  readonly onChanged: () => void
}): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const session = useSession()
  const draft = createLiveQuery(() => {
    const id = props.product.id
    return () => readDraftFor(db, id)
  })
  const formPath = () => reviewFormPath(props.product.slug)
  return (
    <div class="own-review">
      <Switch
        fallback={
          <A class="button button--primary" href={formPath()}>
            {t('reviews.write')}
          </A>
        }
      >
        <Match when={draft.value()?.state === 'queued'}>
          <p class="notice" role="status">
            {t('reviews.draft.queued')}
          </p>
        </Match>
        <Match when={draft.value()?.refusal}>
          {(refusal) => (
            <p class="notice" role="alert">
              {t('reviews.draft.refused', { reason: refusalMessage(t, refusal().code) })}{' '}
              <A href={formPath()}>{t('reviews.draft.fix')}</A>{' '}
              <button
                type="button"
                class="button button--small"
                onClick={() => {
                  const current = draft.value()
                  if (current) void discardDraft(db, current.mutationId)
                }}
              >
                {t('reviews.draft.discard')}
              </button>
            </p>
          )}
        </Match>
        <Match when={props.own}>
          {(own) => <OwnReviewCard own={own()} formPath={formPath()} onChanged={props.onChanged} />}
        </Match>
        <Match when={session() && !session()?.user}>
          <A class="button" href={signInPath(formPath())}>
            {t('reviews.signInToWrite')}
          </A>
        </Match>
      </Switch>
    </div>
  )
}

function OwnReviewCard(props: {
  readonly own: OwnReview
  readonly formPath: string
  readonly onChanged: () => void
}): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const [confirming, setConfirming] = createSignal(false)
  const [error, setError] = createSignal<string | null>(null)
  async function remove(): Promise<void> {
    setError(null)
    try {
      await deleteReview(withCsrfOf(db), props.own.id)
      props.onChanged()
    } catch (caught) {
      setError(t(`errors.${caught instanceof ApiError ? caught.code : 'INTERNAL'}`))
    }
  }
  return (
    <div class="own-review__card">
      <h3>{t('reviews.own.title')}</h3>
      <p class="own-review__status">
        <Switch>
          <Match when={props.own.status === 'pending'}>{t('reviews.status.pending')}</Match>
          <Match when={props.own.status === 'rejected'}>
            {t('reviews.status.rejected', { reason: props.own.rejectionReason ?? '' })}
          </Match>
          <Match when={props.own.status === 'published'}>{t('reviews.status.published')}</Match>
        </Switch>
      </p>
      <StarRating average={props.own.rating} />
      <p class="review__title">{props.own.title}</p>
      <p class="review__body">{props.own.body}</p>
      <div class="own-review__actions">
        <A class="button" href={props.formPath}>
          {t('reviews.own.edit')}
        </A>
        <Show
          when={confirming()}
          fallback={
            <button type="button" class="button" onClick={() => setConfirming(true)}>
              {t('reviews.own.delete')}
            </button>
          }
        >
          <span>
            <span role="status">{t('reviews.own.confirmDelete')}</span>{' '}
            <button type="button" class="button" onClick={() => void remove()}>
              {t('reviews.own.deleteYes')}
            </button>{' '}
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {t('reviews.own.cancel')}
            </button>
          </span>
        </Show>
      </div>
      <p role="alert" class="field__error">
        {error()}
      </p>
    </div>
  )
}
