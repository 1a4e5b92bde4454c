import { Router } from '@solidjs/router'
import { onCleanup, Show } from 'solid-js'
import { render } from 'solid-js/web'
import { FollowAccountLocale } from './account/account-locale-sync.tsx'
import { AnalyticsProvider } from './analytics/analytics-context.tsx'
import { App } from './app.tsx'
import { ShopperProvider } from './cart/shopper-context.tsx'
import { FlagsProvider } from './flags/flags-context.tsx'
import { MarketProvider } from './markets/market-context.tsx'
import { startErrorReporting } from './observability/error-reporting.ts'
import { createOffline, OfflineProvider } from './offline/offline-context.tsx'
import { firstRenderSettled } from './platform/first-render.ts'
import {
  createI18n,
  detectLocale,
  I18nProvider,
  type Locale,
  loadMessages,
  type Messages,
  showLocaleInUrl,
} from './platform/i18n.tsx'
import { documentPageData } from './platform/page-data.ts'
import { registerServiceWorker } from './platform/service-worker.ts'
import { preloadServerRenderedPage, routes } from './routes.tsx'
import './styles.css'

async function loadInitialMessages(): Promise<{ locale: Locale; messages: Messages }> {
  const locale = detectLocale()
  showLocaleInUrl(locale)
  try {
    return { locale, messages: await loadMessages(locale) }
  } catch (error) {
    // The locale chunk could not load (offline before the worker cached it): English is in the bundle.
    console.error(`loading ${locale} messages failed`, error)
    showLocaleInUrl('en')
    return { locale: 'en', messages: await loadMessages('en') }
  }
}

async function start(root: HTMLElement): Promise<void> {
  const serverPage = documentPageData()
  const [{ locale, messages }] = await Promise.all([
    loadInitialMessages(),
    serverPage && preloadServerRenderedPage(serverPage.path),
  ])
  // A server-rendered page stays on screen while the app renders the same view off-screen from the
  // page's data island; then one swap, with nothing for the shopper to see change (decision 0014).
  const target = serverPage ? document.createElement('div') : root
  if (serverPage) await warmUpIntl(locale)
  render(() => {
    const i18n = createI18n(locale, messages)
    const offline = createOffline(i18n.locale, () => import('./sync-hooks.ts').then((module) => module.syncHooks))
    const update = registerServiceWorker()
    // Started a task after the first render, so that render stays short on a phone.
    const stops: (() => void)[] = []
    const starting = setTimeout(() => stops.push(offline.sync.start(), offline.shopperSync.start()), 0)
    onCleanup(() => {
      clearTimeout(starting)
      for (const stop of stops) stop()
    })
    return (
      <I18nProvider i18n={i18n}>
        <OfflineProvider offline={offline}>
          <MarketProvider>
            <FlagsProvider>
              <ShopperProvider>
                <FollowAccountLocale />
                {/* The routes live under the locale's prefix: a language switch mounts them under the new one. */}
                <Show when={i18n.locale()} keyed>
                  {(locale) => (
                    <Router
                      base={`/${locale}`}
                      root={(props) => (
                        <AnalyticsProvider>
                          <App update={update}>{props.children}</App>
                        </AnalyticsProvider>
                      )}
                    >
                      {routes}
                    </Router>
                  )}
                </Show>
              </ShopperProvider>
            </FlagsProvider>
          </MarketProvider>
        </OfflineProvider>
      </I18nProvider>
    )
  }, target)
  if (serverPage) await takeOverFromServer(root, target)
  // Constant in the build: without a DSN this call and the module behind it are left out entirely.
  if (import.meta.env.VITE_SENTRY_DSN) startErrorReporting()
}

/**
 * The browser's first Intl use for a locale loads its data: tens of milliseconds on a phone. Done in
 * a task of its own before the app renders, it does not add to the render's one long task.
 */
async function warmUpIntl(locale: string): Promise<void> {
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(1)
  await nextTask()
  new Intl.PluralRules(locale).select(1)
  await nextTask()
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Swaps the server's HTML for the app's, keeping what the shopper had begun typing in the search box. */
async function takeOverFromServer(serverRoot: HTMLElement, appRoot: HTMLElement): Promise<void> {
  // One task later the app's lazy page and its effects have settled; grids build their cards a few
  // per task (never for long: the swap happens after at most a second whatever is left).
  await nextTask()
  await firstRenderSettled(1000)
  const typed = serverRoot.querySelector<HTMLInputElement>('#site-search')
  const hadFocus = typed !== null && document.activeElement === typed
  serverRoot.replaceWith(appRoot)
  appRoot.id = 'root'
  const search = appRoot.querySelector<HTMLInputElement>('#site-search')
  if (typed?.value && search) search.value = typed.value
  if (hadFocus) search?.focus()
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
void start(root)
