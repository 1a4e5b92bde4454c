/**
 * The three steps of the checkout form on one page, each a labelled section, beside the order
 * summary (priced from the first step: the country comes first). A finished step collapses to a
 * summary with a "Change" button; advancing moves focus to the next step's heading.
 */
import { createEffect, createSignal, type JSX, Match, on, Show, Switch } from 'solid-js'
import type { SavedAddress } from '../../shared/account/saved-address.ts'
import type { CheckoutOptions } from '../../shared/checkout/checkout-options.ts'
import { useShopper } from '../cart/shopper-context.tsx'
import { useMarket } from '../markets/market-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { AddressStep, AddressSummary } from './address-step.tsx'
import type { CheckoutForm } from './checkout-form.ts'
import { createCheckoutQuote } from './checkout-quote.ts'
import { OrderSummary, summaryOfReview } from './order-summary.tsx'
import { taxShown } from './order-summary-rows.ts'
import { localReview, type Review } from './review-lines.ts'
import { ReviewStep } from './review-step.tsx'
import { ShippingStep, ShippingSummary } from './shipping-step.tsx'

type Step = 'address' | 'shipping' | 'review'

export function CheckoutSteps(props: {
  readonly options: CheckoutOptions
  readonly form: CheckoutForm
  readonly guest: boolean
  readonly savedAddresses: readonly SavedAddress[]
  readonly newAddressCountry: string
  readonly placeError: string | null
  readonly onFormChange: (form: CheckoutForm) => void
  readonly onPlaceOrder: () => Promise<void>
}): JSX.Element {
  const { t } = useI18n()
  const shopper = useShopper()
  const [step, setStep] = createSignal<Step>('address')
  const headings: Partial<Record<Step, HTMLHeadingElement>> = {}
  createEffect(on(step, (current) => headings[current]?.focus(), { defer: true }))

  // The shipping step prices from this device's cart; the review then shows the server's figures.
  const market = useMarket()
  const local = () => localReview(shopper.view().cart, { ...props.form, taxMode: market.market().taxMode })
  const quote = createCheckoutQuote(() => props.form)
  const taxOf = (review: Review) => taxShown(review.totals, review.currency, props.form.country, props.options.taxRates)
  const summary = () => {
    const review = quote.review()
    return review && summaryOfReview(review, taxOf(review))
  }

  const section = (id: Step, title: string, body: JSX.Element) => (
    <section class="checkout__step" aria-labelledby={`checkout-step-${id}`}>
      <h2
        id={`checkout-step-${id}`}
        tabindex="-1"
        ref={(el) => {
          headings[id] = el
        }}
      >
        {title}
      </h2>
      {body}
    </section>
  )

  return (
    <div class="checkout__layout">
      <OrderSummary summary={summary()} />
      <div class="checkout__steps">
        {section(
          'address',
          t('checkout.step.address'),
          <Show
            when={step() === 'address'}
            fallback={<AddressSummary form={props.form} onChange={() => setStep('address')} />}
          >
            <AddressStep
              form={props.form}
              guest={props.guest}
              countries={props.options.countries}
              savedAddresses={props.savedAddresses}
              newAddressCountry={props.newAddressCountry}
              onFormChange={props.onFormChange}
              onDone={() => setStep('shipping')}
            />
          </Show>,
        )}
        {section(
          'shipping',
          t('checkout.step.shipping'),
          <Switch>
            <Match when={step() === 'shipping'}>
              <ShippingStep
                options={props.options}
                form={props.form}
                itemsTotal={local().totals.items}
                currency={local().currency}
                onFormChange={props.onFormChange}
                onDone={() => setStep('review')}
              />
            </Match>
            <Match when={step() === 'review'}>
              <ShippingSummary method={props.form.shippingMethod} onChange={() => setStep('shipping')} />
            </Match>
          </Switch>,
        )}
        {section(
          'review',
          t('checkout.step.review'),
          <Show when={step() === 'review'}>
            <ReviewStep quote={quote} taxOf={taxOf} placeError={props.placeError} onPlaceOrder={props.onPlaceOrder} />
          </Show>,
        )}
      </div>
    </div>
  )
}
