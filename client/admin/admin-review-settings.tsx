/** The shop's review settings on `/admin/reviews`: moderation mode, review request delay, report threshold. */
import { createResource, createSignal, type JSX, Show } from 'solid-js'
import type { ReviewSettings } from '../../shared/reviews/admin-review-schema.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError, getJson, putJson } from '../platform/api-client.ts'
import { useAdminI18n } from './admin-i18n.tsx'
import { parseReviewSettings } from './admin-reviews-parsers.ts'

const fieldLabels = {
  requestDelayDays: 'admin.reviews.requestDelayDays',
  reportThreshold: 'admin.reviews.reportThreshold',
} as const

export function AdminReviewSettings(): JSX.Element {
  const { t } = useAdminI18n()
  const { db } = useOffline()
  const [settings, { mutate }] = createResource(() => getJson('/api/admin/reviews/settings', parseReviewSettings))
  const [message, setMessage] = createSignal('')
  const [fieldError, setFieldError] = createSignal<{ field: string; text: string }>()

  const save = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const next: ReviewSettings = {
      moderation: form.get('moderation') === 'hold' ? 'hold' : 'publish',
      requestDelayDays: Number(form.get('requestDelayDays')),
      reportThreshold: Number(form.get('reportThreshold')),
    }
    setFieldError(undefined)
    setMessage('')
    try {
      mutate(
        await withCsrfToken(db, (token) => putJson('/api/admin/reviews/settings', next, token, parseReviewSettings)),
      )
      setMessage(t('admin.reviews.settingsSaved'))
    } catch (error) {
      const issue = error instanceof ApiError ? error.issues[0] : undefined
      if (issue) setFieldError({ field: issue.path.replace(/^json\./, ''), text: t('admin.reviews.settingsInvalid') })
      else setMessage(error instanceof ApiError ? t(`errors.${error.code}`) : t('errors.INTERNAL'))
    }
  }

  const errorOf = (field: string) => (fieldError()?.field === field ? fieldError()?.text : '')
  const numberField = (field: keyof typeof fieldLabels, min: number, max: number) => (
    <div class="admin-reviews__field">
      <label for={`review-settings-${field}`}>{t(fieldLabels[field])}</label>
      <input
        id={`review-settings-${field}`}
        name={field}
        type="number"
        inputmode="numeric"
        min={min}
        max={max}
        required
        value={settings()?.[field] ?? ''}
        aria-invalid={errorOf(field) ? 'true' : undefined}
        aria-describedby={`review-settings-${field}-error`}
      />
      <p id={`review-settings-${field}-error`} class="admin-review__error" role="alert">
        {errorOf(field)}
      </p>
    </div>
  )

  return (
    <section class="admin-reviews__settings" aria-labelledby="admin-review-settings-title">
      <h2 id="admin-review-settings-title">{t('admin.reviews.settings')}</h2>
      <Show when={settings()} fallback={<p>{t('admin.reviews.loading')}</p>}>
        {(current) => (
          <form onSubmit={(e) => void save(e)} noValidate>
            <fieldset>
              <legend>{t('admin.reviews.moderation')}</legend>
              <label>
                <input type="radio" name="moderation" value="publish" checked={current().moderation === 'publish'} />{' '}
                {t('admin.reviews.moderation.publish')}
              </label>
              <label>
                <input type="radio" name="moderation" value="hold" checked={current().moderation === 'hold'} />{' '}
                {t('admin.reviews.moderation.hold')}
              </label>
            </fieldset>
            {numberField('requestDelayDays', 0, 90)}
            {numberField('reportThreshold', 1, 100)}
            <button type="submit" class="button button--primary">
              {t('admin.reviews.saveSettings')}
            </button>
            <p role="status" aria-live="polite">
              {message()}
            </p>
          </form>
        )}
      </Show>
    </section>
  )
}
