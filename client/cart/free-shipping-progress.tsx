/**
 * The free-shipping nudge in the cart drawer, as the `free-shipping-progress` experiment's
 * `progress` variant (issue 17): how much more the cart needs for free standard shipping, with a
 * progress bar. The control shows nothing. Rendered in both cases, so the exposure is logged when
 * the drawer shows, whichever variant the device is in.
 */
import { type JSX, Show } from 'solid-js'
import { shippingRatesOf } from '../../shared/checkout/checkout-totals.ts'
import { useExperiment } from '../flags/flags-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { cartSubtotals } from './cart-totals.ts'
import { useShopper } from './shopper-context.tsx'

export const freeShippingExperimentKey = 'free-shipping-progress'

export function FreeShippingProgress(): JSX.Element {
  const { t, formatPrice } = useI18n()
  const shopper = useShopper()
  const variant = useExperiment(freeShippingExperimentKey)
  // One currency per cart in practice; with several, the nudge is left out rather than mixed.
  const subtotal = () => {
    const subtotals = cartSubtotals(shopper.view().cart)
    return subtotals.length === 1 ? subtotals[0] : undefined
  }
  return (
    <Show when={variant() === 'progress' && subtotal()}>
      {(current) => {
        const threshold = () => shippingRatesOf(current().currency).freeStandardFrom
        const missing = () => Math.max(0, threshold() - current().amount)
        return (
          <div class="free-shipping-progress">
            <p>
              {missing() > 0
                ? t('cartDrawer.freeShippingMissing', { amount: formatPrice(missing(), current().currency) })
                : t('cartDrawer.freeShippingReached')}
            </p>
            <progress
              max={threshold()}
              value={Math.min(current().amount, threshold())}
              aria-label={t('cartDrawer.freeShippingProgress')}
            />
          </div>
        )
      }}
    </Show>
  )
}
