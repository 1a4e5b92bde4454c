/**
 * The offer of order notifications, shown on the order confirmation only (never on a first visit):
 * "Enable" asks the browser's permission from that click and subscribes this device; "No thanks"
 * is remembered on this device. Focus moves to the outcome so keyboard users hear what happened.
 */
import { createSignal, type JSX, Match, onMount, Switch } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { canOfferPush, dismissPushOffer, enablePush } from '../platform/web-push.ts'

type OfferState = 'hidden' | 'offered' | 'enabling' | 'enabled' | 'blocked' | 'failed' | 'dismissed'

const settledMessages = { enabled: 'push.enabled', blocked: 'push.blocked', dismissed: 'push.dismissed' } as const

export function PushOptIn(): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const [state, setState] = createSignal<OfferState>('hidden')
  let outcome: HTMLParagraphElement | undefined

  onMount(() => {
    canOfferPush().then(
      (offer) => offer && setState('offered'),
      (error: unknown) => console.error('could not check web push support', error),
    )
  })
  const settle = (next: OfferState) => {
    setState(next)
    outcome?.focus()
  }
  const enable = async () => {
    setState('enabling')
    try {
      settle(await enablePush(db))
    } catch (error) {
      console.error('turning on order notifications failed', error)
      settle('failed')
    }
  }
  const settledMessage = () => {
    const current = state()
    return current === 'enabled' || current === 'blocked' || current === 'dismissed'
      ? settledMessages[current]
      : undefined
  }
  const dismiss = () => {
    dismissPushOffer()
    settle('dismissed')
  }

  return (
    <Switch>
      <Match when={state() === 'offered' || state() === 'enabling' || state() === 'failed'}>
        <section class="push-opt-in" aria-labelledby="push-opt-in-title">
          <h2 id="push-opt-in-title" class="push-opt-in__title">
            {t('push.offer.title')}
          </h2>
          <p>{t('push.offer.body')}</p>
          <p class="push-opt-in__outcome" role="status" tabindex="-1" ref={outcome}>
            {state() === 'failed' ? t('push.failed') : ''}
          </p>
          <div class="push-opt-in__actions">
            <button
              type="button"
              class="button button--primary"
              disabled={state() === 'enabling'}
              onClick={() => void enable()}
            >
              {state() === 'enabling' ? t('push.enabling') : t('push.enable')}
            </button>
            <button type="button" class="button" disabled={state() === 'enabling'} onClick={dismiss}>
              {t('push.dismiss')}
            </button>
          </div>
        </section>
      </Match>
      <Match when={settledMessage()}>
        {(message) => (
          <p class="push-opt-in__outcome" role="status" tabindex="-1" ref={outcome}>
            {t(message())}
          </p>
        )}
      </Match>
    </Switch>
  )
}
