/** Step 2: the shipping method, a radio group with each method's price (standard is free from a threshold). */
import { For, type JSX, Show } from 'solid-js'
import type { CheckoutOptions } from '../../shared/checkout/checkout-options.ts'
import { type ShippingMethod, shippingPriceOf, shippingRatesOf } from '../../shared/checkout/checkout-totals.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import { useI18n } from '../platform/i18n.tsx'
import { Price } from '../ui/price.tsx'
import { ChangeButton } from './address-step.tsx'
import type { CheckoutForm } from './checkout-form.ts'

export function ShippingStep(props: {
  readonly options: CheckoutOptions
  readonly form: CheckoutForm
  readonly itemsTotal: number
  readonly currency: CurrencyCode
  readonly onFormChange: (form: CheckoutForm) => void
  readonly onDone: () => void
}): JSX.Element {
  const { t } = useI18n()
  return (
    <form
      class="checkout__form"
      onSubmit={(event) => {
        event.preventDefault()
        props.onDone()
      }}
    >
      <ShippingMethods
        options={props.options}
        value={props.form.shippingMethod}
        itemsTotal={props.itemsTotal}
        currency={props.currency}
        onChange={(method) => props.onFormChange({ ...props.form, shippingMethod: method })}
      />
      <button type="submit" class="button button--primary">
        {t('checkout.continueToReview')}
      </button>
    </form>
  )
}

export function ShippingSummary(props: {
  readonly method: ShippingMethod
  readonly onChange: () => void
}): JSX.Element {
  const { t } = useI18n()
  return (
    <div class="checkout__summary">
      <p>{t(`checkout.method.${props.method}`)}</p>
      <ChangeButton label={t('checkout.changeShipping')} onClick={props.onChange} />
    </div>
  )
}

function ShippingMethods(props: {
  readonly options: CheckoutOptions
  readonly value: ShippingMethod
  readonly itemsTotal: number
  readonly currency: CurrencyCode
  readonly onChange: (method: ShippingMethod) => void
}): JSX.Element {
  const { t } = useI18n()
  // Priced in the cart's currency from the shared table the server charges by (the options' prices
  // are the base currency's): ¥600 in yen, not $4.95 read as ¥495.
  const priceOf = (method: ShippingMethod) => shippingPriceOf(method, props.itemsTotal, props.currency)
  return (
    <fieldset class="checkout__fieldset checkout__methods">
      <legend>{t('checkout.shippingMethod')}</legend>
      <For each={props.options.shippingMethods}>
        {(option) => (
          <label class="checkout__method">
            <input
              type="radio"
              name="shipping-method"
              value={option.method}
              checked={props.value === option.method}
              onChange={() => props.onChange(option.method)}
            />
            <span class="checkout__method-name">
              {t(`checkout.method.${option.method}`)}
              <span class="checkout__method-note">{t(`checkout.method.${option.method}.note`)}</span>
            </span>
            <Show when={priceOf(option.method) > 0} fallback={<span>{t('checkout.free')}</span>}>
              <Price amount={priceOf(option.method)} currency={props.currency} />
            </Show>
          </label>
        )}
      </For>
      <p class="field__hint">
        {t('checkout.freeShippingFrom')}{' '}
        <Price amount={shippingRatesOf(props.currency).freeStandardFrom} currency={props.currency} />
      </p>
    </fieldset>
  )
}
