/**
 * `/checkout/pay/:orderId`: pay a placed order. The order is read from Dexie (stored by the checkout
 * or fetched here) and refreshed from the server. Test provider: the card form, a decline shown with
 * its reason and the form kept for another card, the 3-D Secure dialog when the card asks for it.
 * Stripe: the Payment Element (lazy chunk). Paid: on to the order page, which confirms it.
 */
import { A, useNavigate, useParams, useSearchParams } from '@solidjs/router'
import { createEffect, createResource, createSignal, type JSX, lazy, Match, onMount, Show, Switch } from 'solid-js'
import type { Order } from '../../shared/orders/order.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { canPayNow } from '../orders/order-view.ts'
import { ApiError } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { Price } from '../ui/price.tsx'
import { AuthenticationDialog } from './authentication-dialog.tsx'
import { CardForm } from './card-form.tsx'
import {
  answerAuthentication,
  type CardInput,
  fetchCheckoutOptions,
  fetchOrder,
  payWithCard,
  syncStripePayment,
} from './checkout-api.ts'
import { OrderSummary, summaryOfOrder } from './order-summary.tsx'
import { paymentFailureMessage } from './payment-failure.ts'
import './checkout.css'

const StripePayment = lazy(async () => ({ default: (await import('./stripe-payment.tsx')).StripePayment }))

export function PaymentPage(): JSX.Element {
  const { t, formatDate } = useI18n()
  const { db, network } = useOffline()
  const params = useParams<{ orderId: string }>()
  const [searchParams] = useSearchParams<{ payment_intent?: string }>()
  const navigate = useNavigate()
  const stored = createLiveQuery(() => {
    const id = params.orderId
    return () => db.orders.get(id)
  })
  const [loadError, setLoadError] = createSignal<string | null>(null)
  const [pending, setPending] = createSignal(false)
  const [answered, setAnswered] = createSignal(false)
  useDocumentTitle(() => t('payment.title'))
  let heading: HTMLHeadingElement | undefined

  const order = () => stored.value()
  const keep = async (next: Order) => {
    await db.orders.put(next)
    setAnswered(true)
  }

  // Back from a redirect-based Stripe method, Stripe appends `payment_intent`: read the outcome now.
  const refresh = () =>
    searchParams.payment_intent ? syncStripePayment(db, params.orderId) : fetchOrder(params.orderId)

  onMount(() => {
    heading?.focus()
    refresh()
      .then(keep)
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'NETWORK') network.reportUnreachable()
        setLoadError(error instanceof ApiError ? t(`errors.${error.code}`) : t('errors.INTERNAL'))
      })
  })

  createEffect(() => {
    if (order()?.status === 'paid') navigate(`/orders/${params.orderId}?placed=1`, { replace: true })
  })

  async function pay(card: CardInput): Promise<void> {
    setPending(true)
    try {
      await keep(await payWithCard(db, params.orderId, card))
    } finally {
      setPending(false)
    }
  }

  async function authenticate(approve: boolean): Promise<void> {
    setPending(true)
    try {
      await keep(await answerAuthentication(db, params.orderId, approve))
    } catch (error) {
      setLoadError(error instanceof ApiError ? t(`errors.${error.code}`) : t('errors.INTERNAL'))
    } finally {
      setPending(false)
    }
  }

  const failure = () => {
    const current = order()
    return current?.status === 'payment_failed' ? t(paymentFailureMessage(current.payment.failureReason)) : null
  }

  return (
    <section class="checkout checkout--with-summary payment" aria-labelledby="payment-title">
      <h1 id="payment-title" tabindex="-1" ref={heading}>
        {t('payment.title')}
      </h1>
      <Show when={loadError() && !order()}>
        <p class="notice" role="alert">
          {network.isOnline() ? loadError() : t('payment.offline')}
        </p>
      </Show>
      <Show
        when={order()}
        fallback={
          <Show when={!loadError()}>
            <div class="skeleton skeleton--lines" role="progressbar" aria-label={t('payment.title')} />
          </Show>
        }
      >
        {(current) => (
          <div class="checkout__layout">
            <OrderSummary summary={summaryOfOrder(current())} />
            <div class="checkout__steps">
              <OrderTotal order={current()} />
              <Switch>
                <Match when={current().status === 'paid'}>
                  <p role="status">{t('payment.paid')}</p>
                </Match>
                <Match when={!canPayNow(current(), new Date())}>
                  <div class="notice" role="alert">
                    <p>{t('payment.notPayable')}</p>
                    <A href={`/orders/${current().id}`}>{t('payment.viewOrder')}</A>
                  </div>
                </Match>
                <Match when={!network.isOnline()}>
                  <p class="notice">{t('payment.offline')}</p>
                </Match>
                <Match when={current().payment.provider === 'stripe'}>
                  <ReservationNote until={current().reservationExpiresAt} formatDate={formatDate} />
                  <StripeStep order={current()} onOrder={(next) => void keep(next)} />
                </Match>
                <Match when={true}>
                  <ReservationNote until={current().reservationExpiresAt} formatDate={formatDate} />
                  <CardForm pending={pending()} failure={failure()} onSubmit={pay} />
                  <AuthenticationDialog
                    open={answered() && current().payment.status === 'requires_action'}
                    pending={pending()}
                    amount={current().totals.total}
                    currency={current().currency}
                    onAnswer={(approve) => void authenticate(approve)}
                  />
                </Match>
              </Switch>
            </div>
          </div>
        )}
      </Show>
    </section>
  )
}

function OrderTotal(props: { readonly order: Order }): JSX.Element {
  const { t } = useI18n()
  return (
    <p class="payment__total">
      {t('payment.amountDue')}{' '}
      <strong data-testid="payment-total">
        <Price amount={props.order.totals.total} currency={props.order.currency} />
      </strong>
    </p>
  )
}

function ReservationNote(props: {
  readonly until: string | null
  readonly formatDate: (value: string, options?: Intl.DateTimeFormatOptions) => string
}): JSX.Element {
  const { t } = useI18n()
  return (
    <Show when={props.until}>
      {(until) => (
        <p class="field__hint">
          {t('checkout.reservedUntil', { time: props.formatDate(until(), { timeStyle: 'short' }) })}
        </p>
      )}
    </Show>
  )
}

function StripeStep(props: { readonly order: Order; readonly onOrder: (order: Order) => void }): JSX.Element {
  const { t } = useI18n()
  const [options] = createResource(fetchCheckoutOptions)
  return (
    <Show
      when={options.error ? { stripePublishableKey: null } : options()}
      fallback={<p role="status">{t('payment.stripeLoading')}</p>}
    >
      {(loaded) => (
        <Show
          when={loaded().stripePublishableKey}
          fallback={
            <p class="notice" role="alert">
              {t('payment.stripeUnavailable')}
            </p>
          }
        >
          {(key) => <StripePayment order={props.order} publishableKey={key()} onOrder={props.onOrder} />}
        </Show>
      )}
    </Show>
  )
}
