/**
 * Stripe's Payment Element, on the payment step only: Stripe.js is imported and loaded here, never
 * in the initial bundle. 3-D Secure runs inside `confirmPayment` (Stripe's own modal; a redirect only
 * for redirect-based methods), then the server reads the intent back (`/payment/sync`) and the order
 * moves on. When Stripe.js cannot load (blocked, offline, slow) the page says so, with a retry,
 * instead of a spinner forever.
 */
import type { Stripe, StripeElements } from '@stripe/stripe-js'
import { createSignal, type JSX, Match, onMount, Show, Switch } from 'solid-js'
import type { Order } from '../../shared/orders/order.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import { syncStripePayment } from './checkout-api.ts'

const loadTimeoutMs = 10_000

type Loaded = { readonly stripe: Stripe; readonly elements: StripeElements }

export function StripePayment(props: {
  readonly order: Order
  readonly publishableKey: string
  readonly onOrder: (order: Order) => void
}): JSX.Element {
  const { t, locale } = useI18n()
  const { db } = useOffline()
  const [state, setState] = createSignal<'loading' | 'ready' | 'failed'>('loading')
  const [pending, setPending] = createSignal(false)
  const [failure, setFailure] = createSignal<string | null>(null)
  let container: HTMLDivElement | undefined
  let loaded: Loaded | undefined

  async function load(): Promise<void> {
    setState('loading')
    try {
      const clientSecret = props.order.payment.clientSecret
      if (!clientSecret) throw new Error('the order has no client secret for Stripe')
      const stripe = await withTimeout(loadStripeJs(props.publishableKey), loadTimeoutMs)
      const elements = stripe.elements({ clientSecret, locale: locale() })
      const element = elements.create('payment')
      if (container) element.mount(container)
      loaded = { stripe, elements }
      setState('ready')
    } catch (error) {
      console.error('Stripe.js could not be loaded', error)
      setState('failed')
    }
  }

  async function pay(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    if (!loaded) return
    setPending(true)
    setFailure(null)
    try {
      const result = await loaded.stripe.confirmPayment({
        elements: loaded.elements,
        redirect: 'if_required',
        confirmParams: { return_url: window.location.href },
      })
      // Stripe's own message is already in the shopper's language (the Element's locale).
      if (result.error) setFailure(result.error.message ?? t('payment.failed.other'))
      props.onOrder(await syncStripePayment(db, props.order.id))
    } catch (error) {
      setFailure(error instanceof ApiError ? t(`errors.${error.code}`) : t('errors.INTERNAL'))
    } finally {
      setPending(false)
    }
  }

  onMount(() => void load())

  return (
    <form
      class="checkout__form payment__stripe"
      aria-busy={state() === 'loading' || pending()}
      onSubmit={(e) => void pay(e)}
    >
      <Switch>
        <Match when={state() === 'loading'}>
          <p role="status">{t('payment.stripeLoading')}</p>
        </Match>
        <Match when={state() === 'failed'}>
          <div class="notice" role="alert">
            <p>{t('payment.stripeUnavailable')}</p>
            <button type="button" class="button" onClick={() => void load()}>
              {t('actions.retry')}
            </button>
          </div>
        </Match>
      </Switch>
      <Show when={failure()}>
        <p class="notice" role="alert">
          {failure()}
        </p>
      </Show>
      <div ref={container} class="payment__element" />
      <Show when={state() === 'ready'}>
        <button type="submit" class="button button--primary" disabled={pending()}>
          {pending() ? t('auth.pending') : t('payment.pay')}
        </button>
      </Show>
    </form>
  )
}

async function loadStripeJs(publishableKey: string): Promise<Stripe> {
  // The pure entry adds Stripe's script only when called, not on import.
  const { loadStripe } = await import('@stripe/stripe-js/pure')
  const stripe = await loadStripe(publishableKey)
  if (!stripe) throw new Error('Stripe.js loaded without a Stripe object')
  return stripe
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}
