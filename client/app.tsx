import { A } from '@solidjs/router'
import { createEffect, type JSX, on, onCleanup, onMount, Show } from 'solid-js'
import { AccountLink } from './account/account-link.tsx'
import { ConsentBanner } from './analytics/consent-banner.tsx'
import { CartAnnouncement, CartDrawer } from './cart/cart-drawer.tsx'
import { CartLink } from './cart/cart-link.tsx'
import { CategoryNav } from './catalog/category-nav.tsx'
import { CheckoutHeader, isCheckoutPath } from './checkout/checkout-header.tsx'
import { MarketLink } from './markets/market-selector.tsx'
import { OrderChangeToasts } from './orders/order-change-toasts.tsx'
import { useI18n } from './platform/i18n.tsx'
import type { ServiceWorkerUpdate } from './platform/service-worker.ts'
import { useShopPathname } from './platform/shop-path.ts'
import { UpdatePrompt } from './platform/update-prompt.tsx'
import { ReviewNotices } from './reviews/review-notices.tsx'
import { SearchBox } from './search/search-box.tsx'
import { SearchProvider } from './search/search-context.tsx'
import { SiteFooter } from './shop/site-footer.tsx'
import { OfflineIndicator } from './ui/offline-indicator.tsx'
import { StorageNotice } from './ui/storage-notice.tsx'
import { SyncNotices } from './ui/sync-notices.tsx'
import { SyncStatus } from './ui/sync-status.tsx'
import { ToastRegion } from './ui/toast.tsx'
import { WishlistLink } from './wishlist/wishlist-link.tsx'

/** The shell around every page: skip link, header with navigation, main landmark, notifications. */
export function App(props: { readonly update: ServiceWorkerUpdate; readonly children?: JSX.Element }): JSX.Element {
  const { t } = useI18n()
  let main: HTMLElement | undefined
  let header: HTMLElement | undefined
  // The header sticks to the top: anchors and focused elements must scroll clear of it, whatever its
  // height at this width (styles.css reads --header-height for scroll-padding-top). Set through the
  // CSSOM, which the CSP allows (it refuses style attributes in markup only).
  onMount(() => {
    const root = document.documentElement
    const observer = new ResizeObserver(() => {
      if (header) root.style.setProperty('--header-height', `${header.offsetHeight}px`)
    })
    if (header) observer.observe(header)
    onCleanup(() => observer.disconnect())
  })
  const pathname = useShopPathname()
  // After a client-side navigation, move focus to the new page so screen readers start there.
  createEffect(on(pathname, () => main?.focus({ preventScroll: true }), { defer: true }))

  return (
    <SearchProvider>
      {/* Focus moves to the main landmark itself (the router would only scroll to it), so reading
          and tabbing go on from there; the header's height is left clear by scroll-padding. */}
      <a
        class="skip-link"
        href="#main"
        on:click={(event) => {
          event.preventDefault()
          main?.focus()
        }}
      >
        {t('nav.skipToContent')}
      </a>
      {/* Checkout shows its own minimal header; the shop's stays mounted, hidden (checkout-header.tsx). */}
      <Show when={isCheckoutPath(pathname())}>
        <CheckoutHeader />
      </Show>
      <header class="site-header" ref={header} hidden={isCheckoutPath(pathname())}>
        <div class="site-header__bar">
          <A class="site-header__brand" href="/">
            {t('app.name')}
          </A>
          <SearchBox />
          <OfflineIndicator />
          <SyncStatus />
          <nav class="header-links" aria-label={t('nav.shopper')}>
            <MarketLink />
            <AccountLink />
            <WishlistLink />
            <CartLink />
          </nav>
        </div>
        <CategoryNav />
      </header>
      <main id="main" class="site-main" tabindex="-1" ref={main}>
        {props.children}
      </main>
      <SiteFooter />
      <ConsentBanner />
      <CartDrawer />
      <ToastRegion>
        <CartAnnouncement />
        <UpdatePrompt update={props.update} />
        <StorageNotice />
        <SyncNotices />
        <OrderChangeToasts />
        <ReviewNotices />
      </ToastRegion>
    </SearchProvider>
  )
}
