/**
 * The paths the client app renders by itself (client/routes.tsx, in Hono/Solid router syntax): the
 * server answers a first visit to them with the shop's frame and lets the app fill it. Any path that
 * is neither one of these nor a catalog page is a 404.
 */
export const appOnlyPaths = [
  '/cart',
  '/checkout',
  '/checkout/pay/:orderId',
  '/wishlist',
  '/account',
  '/account/addresses',
  '/account/forgot-password',
  '/account/reset-password',
  '/account/verify-email',
  '/account/confirm-email',
  '/sign-in',
  '/sign-up',
  '/orders',
  '/orders/:id',
  '/search',
  '/admin/search',
  '/admin/orders',
  '/admin/orders/:id',
  '/admin/api-keys',
  '/admin/inventory',
  '/admin/storefront',
  '/admin/discounts',
  '/admin/reviews',
  '/admin/mailbox',
  '/admin/dashboard',
  '/admin/translations',
  '/admin/flags',
  '/admin/translations/:kind/:id',
] as const
