/**
 * The door of the admin area. Admin pages are chunks of their own (files named `admin-*`), kept out
 * of the service worker's precache (sw/sw.ts), so shoppers never download them: a page's chunk loads
 * only once the cached session says the user is an admin. Everyone else gets a sign-in or a
 * forbidden message. This is a convenience, not the protection: the API checks the role every time.
 * Its own strings (`adminGate.*`) are in the shop's catalog, as it must work offline; the pages bring
 * their strings (client/admin/admin-i18n.tsx) and set their own titles.
 */
import { A } from '@solidjs/router'
import { ErrorBoundary, type JSX, lazy, Match, Suspense, Switch } from 'solid-js'
import { useSession } from '../account/use-session.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { useShopPathname } from '../platform/shop-path.ts'

const AdminSearchPage = lazy(async () => ({ default: (await import('./admin-search-page.tsx')).AdminSearchPage }))
const AdminOrdersPage = lazy(async () => ({ default: (await import('./admin-orders-page.tsx')).AdminOrdersPage }))
const AdminApiKeysPage = lazy(async () => ({ default: (await import('./admin-api-keys-page.tsx')).AdminApiKeysPage }))
const AdminOrderPage = lazy(async () => ({ default: (await import('./admin-order-page.tsx')).AdminOrderPage }))
const AdminInventoryPage = lazy(async () => ({
  default: (await import('./admin-inventory-page.tsx')).AdminInventoryPage,
}))
const AdminStorefrontPage = lazy(async () => ({
  default: (await import('./admin-storefront-page.tsx')).AdminStorefrontPage,
}))

const AdminDiscountsPage = lazy(async () => ({
  default: (await import('./admin-discounts-page.tsx')).AdminDiscountsPage,
}))
const AdminFlagsPage = lazy(async () => ({ default: (await import('./admin-flags-page.tsx')).AdminFlagsPage }))
const AdminMailboxPage = lazy(async () => ({ default: (await import('./admin-mailbox-page.tsx')).AdminMailboxPage }))
const AdminReviewsPage = lazy(async () => ({ default: (await import('./admin-reviews-page.tsx')).AdminReviewsPage }))
const AdminTranslationsPage = lazy(async () => ({
  default: (await import('./admin-translations-page.tsx')).AdminTranslationsPage,
}))
const AdminTranslationEditorPage = lazy(async () => ({
  default: (await import('./admin-translation-editor-page.tsx')).AdminTranslationEditorPage,
}))
const AdminDashboardPage = lazy(async () => ({
  default: (await import('./admin-dashboard-page.tsx')).AdminDashboardPage,
}))

/** `/admin/dashboard`: live figures of the day. */
export function AdminDashboardRoute(): JSX.Element {
  return (
    <RequireAdmin path="/admin/dashboard">
      <AdminDashboardPage />
    </RequireAdmin>
  )
}

/** `/admin/translations`: what each language lacks, products and categories to translate. */
export function AdminTranslationsRoute(): JSX.Element {
  return (
    <RequireAdmin path="/admin/translations">
      <AdminTranslationsPage />
    </RequireAdmin>
  )
}

/** `/admin/translations/:kind/:id`: one product's or category's texts, English beside one language. */
export function AdminTranslationEditorRoute(): JSX.Element {
  const pathname = useShopPathname()
  return (
    <RequireAdmin path={pathname()}>
      <AdminTranslationEditorPage />
    </RequireAdmin>
  )
}

/** `/admin/reviews`: the review moderation queue and settings. */
export function AdminReviewsRoute(): JSX.Element {
  return (
    <RequireAdmin path="/admin/reviews">
      <AdminReviewsPage />
    </RequireAdmin>
  )
}

/** `/admin/storefront`: the home page's blocks and the collections. */
export function AdminStorefrontRoute(): JSX.Element {
  return (
    <RequireAdmin path="/admin/storefront">
      <AdminStorefrontPage />
    </RequireAdmin>
  )
}

/** `/admin/discounts`: codes and promotions, their uses and revenue. */
export function AdminDiscountsRoute(): JSX.Element {
  return (
    <RequireAdmin path="/admin/discounts">
      <AdminDiscountsPage />
    </RequireAdmin>
  )
}

/** `/admin/search`: search analytics. */
export function AdminSearchRoute(): JSX.Element {
  return (
    <RequireAdmin path="/admin/search">
      <AdminSearchPage />
    </RequireAdmin>
  )
}

/** `/admin/inventory`: stock and prices. */
export function AdminInventoryRoute(): JSX.Element {
  return (
    <RequireAdmin path="/admin/inventory">
      <AdminInventoryPage />
    </RequireAdmin>
  )
}

/** `/admin/orders`: every shopper's orders. */
export function AdminOrdersRoute(): JSX.Element {
  return (
    <RequireAdmin path="/admin/orders">
      <AdminOrdersPage />
    </RequireAdmin>
  )
}

/** `/admin/orders/:id`: one order, with the refund action. */
export function AdminOrderRoute(): JSX.Element {
  const pathname = useShopPathname()
  return (
    <RequireAdmin path={pathname()}>
      <AdminOrderPage />
    </RequireAdmin>
  )
}

/** `/admin/api-keys`: the integration API's keys. */
export function AdminApiKeysRoute(): JSX.Element {
  return (
    <RequireAdmin path="/admin/api-keys">
      <AdminApiKeysPage />
    </RequireAdmin>
  )
}

/** `/admin/mailbox`: the emails the shop sent without an email provider. */
export function AdminMailboxRoute(): JSX.Element {
  return (
    <RequireAdmin path="/admin/mailbox">
      <AdminMailboxPage />
    </RequireAdmin>
  )
}

function RequireAdmin(props: { readonly path: string; readonly children: JSX.Element }): JSX.Element {
  const { t } = useI18n()
  const session = useSession()
  const user = () => session()?.user
  return (
    <Switch>
      <Match when={session() === undefined}>
        <p class="notice" role="status">
          {t('adminGate.checking')}
        </p>
      </Match>
      <Match when={!user()}>
        <section class="notice-page">
          <PageTitle title={t('auth.signInTitle')} />
          <h1>{t('auth.signInTitle')}</h1>
          <p>{t('adminGate.signInRequired')}</p>
          <A class="button button--primary" href={`/sign-in?${new URLSearchParams({ next: props.path })}`}>
            {t('auth.signInTitle')}
          </A>
        </section>
      </Match>
      <Match when={user()?.role !== 'admin'}>
        <section class="notice-page">
          <PageTitle title={t('errors.FORBIDDEN')} />
          <h1>{t('errors.FORBIDDEN')}</h1>
          <p>{t('adminGate.forbidden')}</p>
          <A class="button" href="/account">
            {t('nav.account')}
          </A>
        </section>
      </Match>
      <Match when={user()?.role === 'admin'}>
        {/* The chunk is not precached: offline, loading it fails. */}
        <ErrorBoundary
          fallback={(error: unknown) => {
            console.error('loading the admin page failed', error)
            return (
              <p class="notice" role="alert">
                {t('adminGate.needsConnection')}
              </p>
            )
          }}
        >
          <Suspense
            fallback={
              <p class="notice" role="status">
                {t('adminGate.checking')}
              </p>
            }
          >
            {props.children}
          </Suspense>
        </ErrorBoundary>
      </Match>
    </Switch>
  )
}

/** Sets `document.title` while mounted; an admin page sets its own once its catalog is in. */
function PageTitle(props: { readonly title: string }): JSX.Element {
  useDocumentTitle(() => props.title)
  return null
}

/** `/admin/flags`: feature flags, their kill switch and the experiments' results. */
export function AdminFlagsRoute(): JSX.Element {
  return (
    <RequireAdmin path="/admin/flags">
      <AdminFlagsPage />
    </RequireAdmin>
  )
}
