/**
 * One review in the admin's moderation queue: what the author wrote (as text), photos, why it was
 * held and reported, and the decisions: approve, reject with a reason (required, shown to the
 * author), reply (set, edit, remove). The audit trail loads when its <details> opens. Each decision
 * names the status the admin saw, so a decision someone else made first comes back as a conflict.
 */
import { A } from '@solidjs/router'
import { createResource, createSignal, For, type JSX, Show } from 'solid-js'
import type { AdminReview } from '../../shared/reviews/admin-review-schema.ts'
import { type ReviewAuditAction, reviewAuditActions } from '../../shared/reviews/review.ts'
import { reviewLimits } from '../../shared/reviews/review-limits.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError, deleteJson, getJson, postJson, putJson } from '../platform/api-client.ts'
import { StarRating } from '../reviews/star-rating.tsx'
import { useAdminI18n } from './admin-i18n.tsx'
import { parseAdminReview, parseReviewAudit } from './admin-reviews-parsers.ts'

export function AdminReviewCard(props: {
  readonly review: AdminReview
  /** After a decision: what to announce; the page refreshes the list. */
  readonly onDone: (message: string) => void
}): JSX.Element {
  const { t, formatDate } = useAdminI18n()
  const { db } = useOffline()
  const review = () => props.review
  const [busy, setBusy] = createSignal(false)
  const [rejectError, setRejectError] = createSignal('')
  const [replyError, setReplyError] = createSignal('')
  const [actionError, setActionError] = createSignal('')
  const idBase = () => `review-${review().id}`

  const errorText = (error: unknown) =>
    error instanceof ApiError
      ? error.issues.length > 0
        ? t('admin.reviews.fieldInvalid', { max: reviewLimits.rejectionReasonMax })
        : t(`errors.${error.code}`)
      : t('errors.INTERNAL')

  const run = async (write: (token: string) => Promise<unknown>, done: string, onError: (text: string) => void) => {
    setBusy(true)
    onError('')
    try {
      await withCsrfToken(db, write)
      props.onDone(done)
    } catch (error) {
      onError(errorText(error))
    } finally {
      setBusy(false)
    }
  }
  const path = (action: string) => `/api/admin/reviews/${review().id}/${action}`
  const name = () => review().product.name

  const approve = () =>
    run(
      (token) => postJson(path('approve'), { expectedStatus: review().status }, token, parseAdminReview),
      t('admin.reviews.approved', { product: name() }),
      setActionError,
    )

  const reject = (event: SubmitEvent) => {
    event.preventDefault()
    const form = event.currentTarget as HTMLFormElement
    const reason = String(new FormData(form).get('reason') ?? '').trim()
    if (!reason) {
      setRejectError(t('admin.reviews.reasonRequired'))
      return
    }
    void run(
      (token) => postJson(path('reject'), { reason, expectedStatus: review().status }, token, parseAdminReview),
      t('admin.reviews.rejected', { product: name() }),
      setRejectError,
    )
  }

  const saveReply = (event: SubmitEvent) => {
    event.preventDefault()
    const body = String(new FormData(event.currentTarget as HTMLFormElement).get('reply') ?? '').trim()
    if (!body) {
      setReplyError(t('admin.reviews.replyRequired'))
      return
    }
    void run(
      (token) => putJson(path('reply'), { body }, token, parseAdminReview),
      t('admin.reviews.replied', { product: name() }),
      setReplyError,
    )
  }

  const removeReply = () =>
    run(
      (token) => deleteJson(path('reply'), token),
      t('admin.reviews.replyRemoved', { product: name() }),
      setReplyError,
    )

  return (
    <article class="admin-review" aria-labelledby={`${idBase()}-title`}>
      <header class="admin-review__head">
        <h2 id={`${idBase()}-title`}>
          <A href={`/p/${encodeURIComponent(review().product.slug)}`}>{name()}</A>
          <Show when={review().variantLabel}>
            <span class="admin-review__variant"> · {review().variantLabel}</span>
          </Show>
        </h2>
        <StarRating average={review().rating} />
      </header>
      <p class="admin-review__title">{review().title}</p>
      <Show when={review().body}>
        <p class="admin-review__body">{review().body}</p>
      </Show>
      <p class="admin-review__meta">
        {t('admin.reviews.by', { name: review().authorName, email: review().authorEmail })}
        {' · '}
        {formatDate(review().createdAt)}
        <Show when={review().verifiedPurchase}> · {t('admin.reviews.verified')}</Show>
        {' · '}
        {t('admin.reviews.helpful', { helpful: review().helpfulCount, unhelpful: review().unhelpfulCount })}
      </p>
      <Show when={review().photos.length > 0}>
        <ul class="admin-review__photos">
          <For each={review().photos}>
            {(photo, index) => (
              <li>
                <a href={photo.url} target="_blank" rel="noopener">
                  <img
                    src={photo.url}
                    width={photo.width}
                    height={photo.height}
                    loading="lazy"
                    alt={t('admin.reviews.photo', { index: index() + 1 })}
                  />
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={review().holdReasons.length > 0}>
        <p>
          {t('admin.reviews.heldFor')}{' '}
          {review()
            .holdReasons.map((reason) => t(`admin.reviews.reason.${reason}`))
            .join(', ')}
        </p>
      </Show>
      <Show when={review().reportCount > 0}>
        <p>
          {t('admin.reviews.reports', { count: review().reportCount })}{' '}
          {review()
            .reports.map((r) => `${t(`admin.reviews.report.${r.reason}`)} (${r.count})`)
            .join(', ')}
        </p>
      </Show>
      <Show when={review().status === 'rejected' && review().rejectionReason}>
        <p>{t('admin.reviews.rejectedBecause', { reason: review().rejectionReason ?? '' })}</p>
      </Show>

      <div class="admin-review__actions">
        <Show when={review().status !== 'published'}>
          <button type="button" class="button button--primary" disabled={busy()} onClick={() => void approve()}>
            {t('admin.reviews.approve')}
          </button>
        </Show>
        <p role="alert">{actionError()}</p>
      </div>

      <Show when={review().status !== 'rejected'}>
        <form class="admin-review__form" onSubmit={reject} noValidate>
          <label for={`${idBase()}-reason`}>{t('admin.reviews.rejectReason')}</label>
          <textarea
            id={`${idBase()}-reason`}
            name="reason"
            rows="2"
            maxLength={reviewLimits.rejectionReasonMax}
            required
            aria-invalid={rejectError() ? 'true' : undefined}
            aria-describedby={`${idBase()}-reason-error`}
          />
          <p id={`${idBase()}-reason-error`} class="admin-review__error" role="alert">
            {rejectError()}
          </p>
          <button type="submit" class="button" disabled={busy()}>
            {t('admin.reviews.reject')}
          </button>
        </form>
      </Show>

      <form class="admin-review__form" onSubmit={saveReply} noValidate>
        <label for={`${idBase()}-reply`}>{t('admin.reviews.reply')}</label>
        <textarea
          id={`${idBase()}-reply`}
          name="reply"
          rows="3"
          maxLength={reviewLimits.replyMax}
          value={review().reply?.body ?? ''}
          aria-invalid={replyError() ? 'true' : undefined}
          aria-describedby={`${idBase()}-reply-error`}
        />
        <p id={`${idBase()}-reply-error`} class="admin-review__error" role="alert">
          {replyError()}
        </p>
        <div class="admin-review__buttons">
          <button type="submit" class="button" disabled={busy()}>
            {review().reply ? t('admin.reviews.saveReply') : t('admin.reviews.sendReply')}
          </button>
          <Show when={review().reply}>
            <button type="button" class="button" disabled={busy()} onClick={() => void removeReply()}>
              {t('admin.reviews.removeReply')}
            </button>
          </Show>
        </div>
      </form>
      <AuditTrail reviewId={review().id} />
    </article>
  )
}

// An action this client does not know (a newer server's) shows as sent.
const isAuditAction = (action: string): action is ReviewAuditAction =>
  (reviewAuditActions as readonly string[]).includes(action)

function AuditTrail(props: { readonly reviewId: string }): JSX.Element {
  const { t, formatDate } = useAdminI18n()
  const [open, setOpen] = createSignal(false)
  const [entries] = createResource(open, () => getJson(`/api/admin/reviews/${props.reviewId}/audit`, parseReviewAudit))
  return (
    <details class="admin-review__audit" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('admin.reviews.audit')}</summary>
      <Show when={entries()} fallback={<p>{entries.error ? t('errors.INTERNAL') : t('admin.reviews.loading')}</p>}>
        {(list) => (
          <ol>
            <For each={list()}>
              {(entry) => (
                <li>
                  {formatDate(entry.createdAt)} · {entry.actorName ?? t('admin.reviews.system')} ·{' '}
                  {isAuditAction(entry.action) ? t(`admin.reviews.action.${entry.action}`) : entry.action}
                </li>
              )}
            </For>
          </ol>
        )}
      </Show>
    </details>
  )
}
