/**
 * The consent banner (issue 17 §3): a small labelled region at the bottom of the page, not a
 * modal — the shop stays usable while it is open. Accept, Reject, or Choose (a checkbox per
 * optional category, then Save). It opens until the shopper has chosen, and again from the
 * footer's "Privacy choices". When the browser sends Global Privacy Control or Do Not Track it
 * says that nothing is measured, whatever is chosen.
 */
import { createSignal, type JSX, Show } from 'solid-js'
import { useI18n } from '../platform/i18n.tsx'
import { useAnalytics } from './analytics-context.tsx'

export function ConsentBanner(): JSX.Element {
  const { t } = useI18n()
  const analytics = useAnalytics()
  const [choosing, setChoosing] = createSignal(false)
  const [measure, setMeasure] = createSignal(analytics.consent()?.categories.analytics ?? false)
  const choose = (value: boolean) => {
    setChoosing(false)
    analytics.choose({ analytics: value })
  }
  return (
    <Show when={analytics.bannerOpen()}>
      <section class="consent-banner" aria-labelledby="consent-banner-title">
        <h2 id="consent-banner-title" class="consent-banner__title">
          {t('consent.title')}
        </h2>
        <p class="consent-banner__text">{t('consent.body')}</p>
        <Show when={analytics.optedOut}>
          <p class="consent-banner__text">{t('consent.optedOut')}</p>
        </Show>
        <Show when={choosing()}>
          <form
            class="consent-banner__choices"
            onSubmit={(event) => {
              event.preventDefault()
              choose(measure())
            }}
          >
            <label class="consent-banner__choice">
              <input type="checkbox" checked={measure()} onChange={(e) => setMeasure(e.currentTarget.checked)} />
              {t('consent.analytics')}
            </label>
            <button type="submit" class="button button--primary">
              {t('consent.save')}
            </button>
          </form>
        </Show>
        <div class="consent-banner__actions">
          <button type="button" class="button button--primary" onClick={() => choose(true)}>
            {t('consent.accept')}
          </button>
          <button type="button" class="button" onClick={() => choose(false)}>
            {t('consent.reject')}
          </button>
          <Show when={!choosing()}>
            <button type="button" class="button" aria-expanded={choosing()} onClick={() => setChoosing(true)}>
              {t('consent.choose')}
            </button>
          </Show>
        </div>
      </section>
    </Show>
  )
}

/** The footer's way back to the banner. */
export function ConsentLink(): JSX.Element {
  const { t } = useI18n()
  const analytics = useAnalytics()
  return (
    <button type="button" class="link-button site-footer__consent" onClick={() => analytics.openBanner()}>
      {t('consent.footerLink')}
    </button>
  )
}
