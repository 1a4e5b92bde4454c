import { createSignal, For, type JSX, Show } from 'solid-js'
import { type ReportReason, type ReviewId, reportReasons } from '../../shared/reviews/review.ts'
import { reviewLimits } from '../../shared/reviews/review-limits.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import { reportReview } from './review-api.ts'
import { withCsrfOf } from './review-drafts-sync.ts'

/** "Report" as a disclosure holding the reason and an optional note; thanks the shopper once sent. */
export function ReviewReport(props: { readonly reviewId: ReviewId }): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const [reason, setReason] = createSignal<ReportReason>('spam')
  const [note, setNote] = createSignal('')
  const [state, setState] = createSignal<'idle' | 'sending' | 'sent'>('idle')
  const [error, setError] = createSignal<string | null>(null)
  const id = () => `report-${props.reviewId}`

  async function send(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    setState('sending')
    setError(null)
    try {
      await reportReview(withCsrfOf(db), props.reviewId, reason(), note().trim())
      setState('sent')
    } catch (caught) {
      setError(t(`errors.${caught instanceof ApiError ? caught.code : 'INTERNAL'}`))
      setState('idle')
    }
  }

  return (
    <details class="review__report">
      <summary>{t('reviews.report.open')}</summary>
      <Show
        when={state() !== 'sent'}
        fallback={
          <p role="status" class="review__report-done">
            {t('reviews.report.thanks')}
          </p>
        }
      >
        <form onSubmit={(event) => void send(event)}>
          <fieldset>
            <legend>{t('reviews.report.reason')}</legend>
            <For each={reportReasons}>
              {(value) => (
                <label class="review__report-reason">
                  <input
                    type="radio"
                    name={`${id()}-reason`}
                    value={value}
                    checked={reason() === value}
                    onChange={() => setReason(value)}
                  />{' '}
                  {t(`reviews.report.reasons.${value}`)}
                </label>
              )}
            </For>
          </fieldset>
          <div class="field">
            <label for={`${id()}-note`}>{t('reviews.report.note')}</label>
            <textarea
              id={`${id()}-note`}
              maxLength={reviewLimits.reportNoteMax}
              rows={2}
              value={note()}
              onInput={(event) => setNote(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button" disabled={state() === 'sending'}>
            {t('reviews.report.send')}
          </button>
          <p role="alert" class="field__error">
            {error()}
          </p>
        </form>
      </Show>
    </details>
  )
}
