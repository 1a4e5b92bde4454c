import { A } from '@solidjs/router'
import { createSignal, For, type JSX, Show } from 'solid-js'
import type { HelpfulVote, PublicReview, ReviewPhoto } from '../../shared/reviews/review.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import type { HelpfulCounts } from './parse-review.ts'
import { voteHelpful } from './review-api.ts'
import { withCsrfOf } from './review-drafts-sync.ts'
import { ReviewReport } from './review-report.tsx'
import { StarRating } from './star-rating.tsx'

/** One published review. Every text the author or the shop wrote is rendered as text. */
export function ReviewItem(props: {
  readonly review: PublicReview
  readonly signedIn: boolean
  readonly signInHref: string
  /** The server's answer to this shopper's last vote on the review here, if any (see ProductReviews). */
  readonly voted: HelpfulCounts | undefined
  readonly onVoted: (counts: HelpfulCounts) => void
}): JSX.Element {
  const { t, formatDate } = useI18n()
  const headingId = () => `review-${props.review.id}`
  return (
    <li class="review">
      <article aria-labelledby={headingId()}>
        <StarRating average={props.review.rating} />
        <h3 id={headingId()} class="review__title">
          {props.review.title}
        </h3>
        <p class="review__meta">
          <span>{props.review.authorName}</span>
          {' · '}
          <time datetime={props.review.createdAt}>{formatDate(props.review.createdAt, { dateStyle: 'medium' })}</time>
          <Show when={props.review.verifiedPurchase}>
            <span class="review__verified">{t('reviews.verified')}</span>
          </Show>
        </p>
        <Show when={props.review.variantLabel}>
          <p class="review__variant">{t('reviews.variant', { variant: props.review.variantLabel })}</p>
        </Show>
        <p class="review__body">{props.review.body}</p>
        <Show when={props.review.photos.length > 0}>
          <ReviewPhotos photos={props.review.photos} author={props.review.authorName} />
        </Show>
        <Show when={props.review.reply}>
          {(reply) => (
            <div class="review__reply">
              <p class="review__reply-by">
                {t('reviews.reply', { date: formatDate(reply().repliedAt, { dateStyle: 'medium' }) })}
              </p>
              <p class="review__body">{reply().body}</p>
            </div>
          )}
        </Show>
        <Show
          when={props.signedIn}
          fallback={
            <p class="review__sign-in">
              <A href={props.signInHref}>{t('reviews.signInToVote')}</A>
            </p>
          }
        >
          <HelpfulVotes review={props.review} voted={props.voted} onVoted={props.onVoted} />
          <ReviewReport reviewId={props.review.id} />
        </Show>
      </article>
    </li>
  )
}

/** "Helpful (n)" / "Not helpful" as toggles; the request names the vote wanted, so a resend is harmless. */
function HelpfulVotes(props: {
  readonly review: PublicReview
  readonly voted: HelpfulCounts | undefined
  readonly onVoted: (counts: HelpfulCounts) => void
}): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const counts = (): HelpfulCounts =>
    props.voted ?? {
      helpfulCount: props.review.helpfulCount,
      unhelpfulCount: props.review.unhelpfulCount,
      myVote: props.review.myVote,
    }
  const [busy, setBusy] = createSignal(false)
  const [error, setError] = createSignal<string | null>(null)

  async function toggle(vote: HelpfulVote): Promise<void> {
    setBusy(true)
    setError(null)
    try {
      props.onVoted(await voteHelpful(withCsrfOf(db), props.review.id, counts().myVote === vote ? null : vote))
    } catch (caught) {
      setError(t(`errors.${caught instanceof ApiError ? caught.code : 'INTERNAL'}`))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div class="review__votes">
      <button
        type="button"
        class="button button--small"
        aria-pressed={counts().myVote === 'helpful'}
        disabled={busy()}
        onClick={() => void toggle('helpful')}
      >
        {t('reviews.helpful', { count: counts().helpfulCount })}
      </button>
      <button
        type="button"
        class="button button--small"
        aria-pressed={counts().myVote === 'unhelpful'}
        disabled={busy()}
        onClick={() => void toggle('unhelpful')}
      >
        {t('reviews.unhelpful')}
      </button>
      <span class="review__vote-error" role="status">
        {error()}
      </span>
    </div>
  )
}

/** Thumbnails; each opens the photo larger in a modal dialog (Escape or the button closes it). */
function ReviewPhotos(props: { readonly photos: readonly ReviewPhoto[]; readonly author: string }): JSX.Element {
  const { t } = useI18n()
  const [open, setOpen] = createSignal<{ photo: ReviewPhoto; alt: string } | null>(null)
  let dialog: HTMLDialogElement | undefined
  const show = (photo: ReviewPhoto, alt: string) => {
    setOpen({ photo, alt })
    dialog?.showModal()
  }
  return (
    <>
      <ul class="review__photos">
        <For each={props.photos}>
          {(photo, index) => {
            const alt = () =>
              t('reviews.photoAlt', { number: index() + 1, count: props.photos.length, author: props.author })
            return (
              <li>
                <button type="button" class="review__thumb" onClick={() => show(photo, alt())}>
                  <img src={photo.url} alt={alt()} width={72} height={72} loading="lazy" decoding="async" />
                </button>
              </li>
            )
          }}
        </For>
      </ul>
      <dialog ref={dialog} class="review__photo-dialog" onClose={() => setOpen(null)}>
        <Show when={open()}>
          {(shown) => (
            <img src={shown().photo.url} alt={shown().alt} width={shown().photo.width} height={shown().photo.height} />
          )}
        </Show>
        <form method="dialog">
          <button type="submit" class="button">
            {t('reviews.closePhoto')}
          </button>
        </form>
      </dialog>
    </>
  )
}
