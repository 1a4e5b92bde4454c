import type { RouteDefinition } from '@solidjs/router'
import { lazy } from 'solid-js'
import { HomePage } from './catalog/home-page.tsx'
import { NotFound } from './ui/not-found.tsx'

// Category and product pages are split out: the home page is the usual first paint, the router
// preloads a lazy page when a link to it is hovered or focused, and the service worker precaches
// every chunk, so later navigations load them from the cache, online or not.
const CategoryPage = lazy(async () => ({ default: (await import('./catalog/category-page.tsx')).CategoryPage }))
const CollectionPage = lazy(async () => ({
  default: (await import('./catalog/collection-page.tsx')).CollectionPage,
}))
const ProductPage = lazy(async () => ({ default: (await import('./catalog/product-page.tsx')).ProductPage }))
const ReviewFormPage = lazy(async () => ({ default: (await import('./reviews/review-form-page.tsx')).ReviewFormPage }))
const SearchPage = lazy(async () => ({ default: (await import('./search/search-page.tsx')).SearchPage }))
const HelpPage = lazy(async () => ({ default: (await import('./shop/help-page.tsx')).HelpPage }))

/**
 * The chunk of a server-rendered first page (its 404 included), loaded before the app takes over
 * from the server's HTML (main.tsx), so the app's first render already holds the page.
 */
export function preloadServerRenderedPage(path: string): Promise<unknown> | undefined {
  if (path.startsWith('/c/')) return CategoryPage.preload()
  if (path.startsWith('/collections/')) return CollectionPage.preload()
  if (/^\/p\/[^/]+\/review$/.test(path)) return ReviewFormPage.preload()
  if (path.startsWith('/p/')) return ProductPage.preload()
  if (path.startsWith('/search')) return SearchPage.preload()
  if (path === '/help') return HelpPage.preload()
  return undefined
}

export const routes: RouteDefinition[] = [
  { path: '/', component: HomePage },
  { path: '/c/:slug', component: CategoryPage },
  { path: '/collections/:slug', component: CollectionPage },
  { path: '/p/:slug', component: ProductPage },
  { path: '/p/:slug/review', component: ReviewFormPage },
  { path: '/help', component: HelpPage },
  { path: '/cart', component: lazy(async () => ({ default: (await import('./cart/cart-page.tsx')).CartPage })) },
  {
    path: '/checkout',
    component: lazy(async () => ({ default: (await import('./checkout/checkout-page.tsx')).CheckoutPage })),
  },
  {
    path: '/checkout/pay/:orderId',
    component: lazy(async () => ({ default: (await import('./checkout/payment-page.tsx')).PaymentPage })),
  },
  {
    path: '/wishlist',
    component: lazy(async () => ({ default: (await import('./wishlist/wishlist-page.tsx')).WishlistPage })),
  },
  {
    path: '/account',
    component: lazy(async () => ({ default: (await import('./account/account-page.tsx')).AccountPage })),
  },
  {
    path: '/account/addresses',
    component: lazy(async () => ({ default: (await import('./account/address-book.tsx')).AddressBookPage })),
  },
  {
    path: '/sign-in',
    component: lazy(async () => ({ default: (await import('./account/sign-in-page.tsx')).SignInPage })),
  },
  {
    path: '/sign-up',
    component: lazy(async () => ({ default: (await import('./account/sign-up-page.tsx')).SignUpPage })),
  },
  {
    path: '/orders',
    component: lazy(async () => ({ default: (await import('./orders/orders-page.tsx')).OrdersPage })),
  },
  {
    path: '/orders/:id',
    component: lazy(async () => ({ default: (await import('./orders/order-page.tsx')).OrderPage })),
  },
  { path: '/search', component: SearchPage },
  // The admin page itself is a further chunk, loaded for admins only (admin/require-admin.tsx).
  {
    path: '/admin/search',
    component: lazy(async () => ({ default: (await import('./admin/require-admin.tsx')).AdminSearchRoute })),
  },
  {
    path: '/admin/orders',
    component: lazy(async () => ({ default: (await import('./admin/require-admin.tsx')).AdminOrdersRoute })),
  },
  {
    path: '/admin/orders/:id',
    component: lazy(async () => ({ default: (await import('./admin/require-admin.tsx')).AdminOrderRoute })),
  },
  {
    path: '/admin/api-keys',
    component: lazy(async () => ({ default: (await import('./admin/require-admin.tsx')).AdminApiKeysRoute })),
  },
  {
    path: '/admin/inventory',
    component: lazy(async () => ({ default: (await import('./admin/require-admin.tsx')).AdminInventoryRoute })),
  },
  {
    path: '/admin/storefront',
    component: lazy(async () => ({ default: (await import('./admin/require-admin.tsx')).AdminStorefrontRoute })),
  },
  {
    path: '/admin/discounts',
    component: lazy(async () => ({ default: (await import('./admin/require-admin.tsx')).AdminDiscountsRoute })),
  },
  {
    path: '/admin/mailbox',
    component: lazy(async () => ({ default: (await import('./admin/require-admin.tsx')).AdminMailboxRoute })),
  },
  {
    path: '/admin/reviews',
    component: lazy(async () => ({ default: (await import('./admin/require-admin.tsx')).AdminReviewsRoute })),
  },
  {
    path: '/admin/translations',
    component: lazy(async () => ({ default: (await import('./admin/require-admin.tsx')).AdminTranslationsRoute })),
  },
  {
    path: '/admin/translations/:kind/:id',
    component: lazy(async () => ({
      default: (await import('./admin/require-admin.tsx')).AdminTranslationEditorRoute,
    })),
  },
  {
    path: '/admin/flags',
    component: lazy(async () => ({ default: (await import('./admin/require-admin.tsx')).AdminFlagsRoute })),
  },
  {
    path: '/admin/dashboard',
    component: lazy(async () => ({ default: (await import('./admin/require-admin.tsx')).AdminDashboardRoute })),
  },
  // Emailed account links and the password reset request (issue 18, decision 0031).
  {
    path: '/account/forgot-password',
    component: lazy(async () => ({ default: (await import('./account/forgot-password-page.tsx')).ForgotPasswordPage })),
  },
  {
    path: '/account/reset-password',
    component: lazy(async () => ({ default: (await import('./account/reset-password-page.tsx')).ResetPasswordPage })),
  },
  {
    path: '/account/verify-email',
    component: lazy(async () => ({ default: (await import('./account/email-link-pages.tsx')).VerifyEmailPage })),
  },
  {
    path: '/account/confirm-email',
    component: lazy(async () => ({ default: (await import('./account/email-link-pages.tsx')).ConfirmEmailPage })),
  },
  { path: '*404', component: NotFound },
]
