/**
 * The door of the admin area. Admin pages are chunks of their own (files named `admin-*`), kept out
 * of the service worker's precache (sw/sw.ts), so shoppers never download them: a page's chunk loads
 * only once the cached session says the user is an admin. Everyone else gets a sign-in or a
 * forbidden message. This is a convenience, not the protection: the API checks the role every time.
 */
import { ErrorBoundary, type JSX, lazy, Match, Suspense, Switch } from 'solid-js'
import { useSession } from '../account/use-session.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'

const AdminSearchPage = lazy(async () => ({ default: (await import('./admin-search-page.tsx')).AdminSearchPage }))

/** `/admin/search`: search analytics. */
export function AdminSearchRoute(): JSX.Element {
  const { t } = useI18n()
  useDocumentTitle(() => t('admin.search.title'))
  return (
    <RequireAdmin path="/admin/search">
      <AdminSearchPage />
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
          {t('admin.checking')}
        </p>
      </Match>
      <Match when={!user()}>
        <section class="notice-page">
          <h1>{t('auth.signInTitle')}</h1>
          <p>{t('admin.signInRequired')}</p>
          <a class="button button--primary" href={`/sign-in?${new URLSearchParams({ next: props.path })}`}>
            {t('auth.signInTitle')}
          </a>
        </section>
      </Match>
      <Match when={user()?.role !== 'admin'}>
        <section class="notice-page">
          <h1>{t('errors.FORBIDDEN')}</h1>
          <p>{t('admin.forbidden')}</p>
          <a class="button" href="/account">
            {t('nav.account')}
          </a>
        </section>
      </Match>
      <Match when={user()?.role === 'admin'}>
        {/* The chunk is not precached: offline, loading it fails. */}
        <ErrorBoundary
          fallback={(error: unknown) => {
            console.error('loading the admin page failed', error)
            return (
              <p class="notice" role="alert">
                {t('admin.needsConnection')}
              </p>
            )
          }}
        >
          <Suspense
            fallback={
              <p class="notice" role="status">
                {t('admin.checking')}
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
