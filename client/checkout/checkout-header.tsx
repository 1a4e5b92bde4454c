/**
 * The header of the checkout and payment pages: the shop's name, "Secure checkout" with a lock, the
 * connection and sync status, and the way back to the cart — no search, no category bar, nothing
 * that leads away mid-checkout. server/pages/checkout-layout.ts renders the same markup first.
 */
import { A } from '@solidjs/router'
import type { JSX } from 'solid-js'
import { useI18n } from '../platform/i18n.tsx'
import { OfflineIndicator } from '../ui/offline-indicator.tsx'
import { SyncStatus } from '../ui/sync-status.tsx'

/** The routes that show this header instead of the shop's (/checkout and /checkout/pay/:orderId). */
export function isCheckoutPath(pathname: string): boolean {
  return pathname === '/checkout' || pathname.startsWith('/checkout/')
}

export function CheckoutHeader(): JSX.Element {
  const { t } = useI18n()
  return (
    <header class="site-header checkout-header">
      <div class="site-header__bar">
        <A class="site-header__brand" href="/">
          {t('app.name')}
        </A>
        <span class="checkout-header__secure">
          <svg class="checkout-header__lock" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path
              fill="currentColor"
              d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z"
            />
          </svg>
          {t('checkout.header.secure')}
        </span>
        <OfflineIndicator />
        <SyncStatus />
        <A class="header-link" href="/cart">
          {t('checkout.backToCart')}
        </A>
      </div>
    </header>
  )
}
