import { Router } from '@solidjs/router'
import { onCleanup } from 'solid-js'
import { render } from 'solid-js/web'
import { App } from './app.tsx'
import { ShopperProvider } from './cart/shopper-context.tsx'
import { startErrorReporting } from './observability/error-reporting.ts'
import { createOffline, OfflineProvider } from './offline/offline-context.tsx'
import { createI18n, detectLocale, I18nProvider, type Locale, loadMessages, type Messages } from './platform/i18n.tsx'
import { registerServiceWorker } from './platform/service-worker.ts'
import { routes } from './routes.tsx'
import './styles.css'

async function loadInitialMessages(): Promise<{ locale: Locale; messages: Messages }> {
  const locale = detectLocale()
  try {
    return { locale, messages: await loadMessages(locale) }
  } catch (error) {
    // The locale chunk could not load (offline before the worker cached it): English is in the bundle.
    console.error(`loading ${locale} messages failed`, error)
    return { locale: 'en', messages: await loadMessages('en') }
  }
}

async function start(root: HTMLElement): Promise<void> {
  const { locale, messages } = await loadInitialMessages()
  render(() => {
    const i18n = createI18n(locale, messages)
    const offline = createOffline()
    const update = registerServiceWorker()
    onCleanup(offline.sync.start())
    onCleanup(offline.shopperSync.start())
    return (
      <I18nProvider i18n={i18n}>
        <OfflineProvider offline={offline}>
          <ShopperProvider>
            <Router root={(props) => <App update={update}>{props.children}</App>}>{routes}</Router>
          </ShopperProvider>
        </OfflineProvider>
      </I18nProvider>
    )
  }, root)
  // Constant in the build: without a DSN this call and the module behind it are left out entirely.
  if (import.meta.env.VITE_SENTRY_DSN) startErrorReporting()
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
void start(root)
