/**
 * The frame of the checkout and payment pages as the client renders it (client/app.tsx with
 * client/checkout/checkout-header.tsx): the minimal checkout header instead of the shop's search
 * and category bar. Keep the markup in step with the client, so the swap to the app is invisible.
 */
import { html } from 'hono/html'
import type { Html } from './html.ts'
import type { PageIntl } from './page-intl.ts'

const lockPath =
  'M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z'

/** The client routes that show the checkout frame. */
export function isCheckoutRoute(route: string): boolean {
  return route === '/checkout' || route.startsWith('/checkout/')
}

export function checkoutHeader({ t }: PageIntl): Html {
  return html`<header class="site-header checkout-header"><div class="site-header__bar"><a class="site-header__brand" href="/">${t('app.name')}</a><span class="checkout-header__secure"><svg class="checkout-header__lock" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="${lockPath}"></path></svg>${t('checkout.header.secure')}</span><div class="offline-indicator" role="status" aria-live="polite"></div><p class="sync-status" role="status" aria-live="polite"></p><a class="header-link" href="/cart">${t('checkout.backToCart')}</a></div></header>`
}
