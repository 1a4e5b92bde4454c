/**
 * `/checkout`: contact and address, shipping method, review, then "Place order" — which queues the
 * checkout with its idempotency key and sends it (pending-checkouts.ts). Online the payment step
 * opens at once; offline the page says it will open when back online, and it does, whichever tab or
 * the sync engine sends it. Focus moves to each step's heading as the shopper advances.
 */
import { A, useNavigate } from '@solidjs/router'
import { createEffect, createResource, createSignal, type JSX, Match, on, onCleanup, onMount, Switch } from 'solid-js'
import { defaultShippingAddress } from '../../shared/account/saved-address.ts'
import { loadAddressBook } from '../account/address-book-store.ts'
import { useSession } from '../account/use-session.ts'
import { useShopper } from '../cart/shopper-context.tsx'
import { readAppliedCode } from '../discounts/discount-store.ts'
import { isQuotaExceededError } from '../local-data/local-db.ts'
import { useMarket } from '../markets/market-context.tsx'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { fetchCheckoutOptions } from './checkout-api.ts'
import { type CheckoutForm, initialCheckoutForm, toCheckoutRequest, withSavedAddress } from './checkout-form.ts'
import { offlineCheckoutOptions } from './checkout-options.ts'
import { CheckoutSteps } from './checkout-steps.tsx'
import {
  discardPendingCheckout,
  listenForCheckoutAnswers,
  queueCheckout,
  readLatestPendingCheckout,
  sendPendingCheckouts,
} from './pending-checkouts.ts'
import { QueuedCheckout } from './queued-checkout.tsx'
import './checkout.css'

export function CheckoutPage(): JSX.Element {
  const { t, locale } = useI18n()
  const { db, network } = useOffline()
  const shopper = useShopper()
  const session = useSession()
  const navigate = useNavigate()
  const market = useMarket()
  useDocumentTitle(() => t('checkout.title'))
  /** Where a new address starts: the shopper's (chosen or suggested) country when offered, else the first. */
  const preferredCountry = (offered: readonly string[]) => {
    const country = market.choice().country
    return offered.includes(country) ? country : (offered[0] ?? country)
  }

  const [fetchedOptions] = createResource(fetchCheckoutOptions)
  // Offline the shared constants stand in: the server's options are the same tables.
  const options = () => (fetchedOptions.error ? undefined : fetchedOptions()) ?? offlineCheckoutOptions
  const pending = createLiveQuery(() => () => readLatestPendingCheckout(db))
  const [sending, setSending] = createSignal(false)
  const [sendError, setSendError] = createSignal<string | null>(null)
  const [form, setForm] = createSignal<CheckoutForm>(
    initialCheckoutForm(null, null, preferredCountry(offlineCheckoutOptions.countries)),
  )
  const [touched, setTouched] = createSignal(false)
  let leaving = false

  // The country the shopper ships to is their market (decision 0026): the summary re-prices in it.
  createEffect(
    on(
      () => form().country,
      (country) => {
        if (touched()) market.choose(country)
      },
      { defer: true },
    ),
  )

  // The account's address book: fetched, or the device's copy offline (client/account/address-book-store.ts).
  const [book] = createResource(
    () => session()?.user?.id,
    (userId) => loadAddressBook(db, userId),
  )
  const savedAddresses = () => (book.state === 'ready' ? book().addresses : [])

  // Prefill once unless the shopper already typed: the default saved address (picked in the list),
  // else the account's last checkout (or its email).
  createEffect(
    on([() => fetchedOptions.state, session, () => book.state], () => {
      if (touched() || fetchedOptions.loading || book.loading) return
      const initial = initialCheckoutForm(
        options().defaults,
        session()?.user?.email ?? null,
        preferredCountry(options().countries),
      )
      const saved = defaultShippingAddress(savedAddresses())
      setForm(saved ? withSavedAddress(initial, saved) : initial)
    }),
  )

  function goToPayment(orderId: string): void {
    if (leaving) return
    leaving = true
    navigate(`/checkout/pay/${orderId}`)
  }

  async function send(key: string): Promise<void> {
    setSendError(null)
    setSending(true)
    try {
      const answers = await sendPendingCheckouts(db)
      network.reportReachable()
      const mine = answers.find((answer) => answer.idempotencyKey === key)
      if (mine?.outcome === 'placed') goToPayment(mine.orderId)
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NETWORK') network.reportUnreachable()
      else {
        console.error('placing the order failed', error)
        setSendError(error instanceof ApiError ? t(`errors.${error.code}`) : t('errors.INTERNAL'))
      }
    } finally {
      setSending(false)
    }
  }

  async function placeOrder(): Promise<void> {
    setSending(true)
    try {
      // The shop's language goes with the order: its emails are written in it.
      // The applied code travels with the queued checkout; the server checks it again when it is sent.
      const code = await readAppliedCode(db)
      const row = await queueCheckout(db, {
        ...toCheckoutRequest(form()),
        locale: locale(),
        ...(code ? { discountCode: code.code } : {}),
      })
      await send(row.idempotencyKey)
    } catch (error) {
      console.error('queueing the checkout failed', error)
      setSendError(t(isQuotaExceededError(error) ? 'errors.QUOTA_EXCEEDED' : 'errors.INTERNAL'))
    } finally {
      setSending(false)
    }
  }

  onMount(() => {
    const stop = listenForCheckoutAnswers((answer) => {
      if (answer.outcome === 'placed' && answer.idempotencyKey === pending.value()?.idempotencyKey)
        goToPayment(answer.orderId)
    })
    onCleanup(stop)
  })

  // A checkout queued earlier (a reload, or back online): send it now rather than wait for the engine.
  createEffect(
    on([() => pending.value()?.idempotencyKey, network.isOnline], ([key, online]) => {
      if (key && online && !pending.value()?.error && !sending()) void send(key)
    }),
  )

  return (
    <section class="checkout checkout--with-summary" aria-labelledby="checkout-title">
      <h1 id="checkout-title">{t('checkout.title')}</h1>
      <Switch>
        <Match when={!shopper.ready() || !pending.ready()}>
          <div class="skeleton skeleton--lines" role="progressbar" aria-busy="true" aria-label={t('checkout.title')} />
        </Match>
        <Match when={pending.value()}>
          {(row) => (
            <>
              <QueuedCheckout
                row={row()}
                sending={sending()}
                onDiscard={() => void discardPendingCheckout(db, row().idempotencyKey)}
              />
              {sendError() && (
                <p class="notice" role="alert">
                  {sendError()}
                </p>
              )}
            </>
          )}
        </Match>
        <Match when={shopper.view().cart.length === 0}>
          <div class="notice-page">
            <p>{t('cart.empty')}</p>
            <A class="button button--primary" href="/">
              {t('cart.continueShopping')}
            </A>
          </div>
        </Match>
        <Match when={true}>
          <CheckoutSteps
            options={options()}
            form={form()}
            guest={!session()?.user}
            savedAddresses={savedAddresses()}
            newAddressCountry={preferredCountry(options().countries)}
            onFormChange={(next) => {
              setTouched(true)
              setForm(next)
            }}
            placeError={sendError()}
            onPlaceOrder={placeOrder}
          />
        </Match>
      </Switch>
    </section>
  )
}
