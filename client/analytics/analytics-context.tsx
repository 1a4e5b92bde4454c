/**
 * Analytics in the shop (issue 17): the recorder for this page, the consent banner's state, and
 * the events recorded from what the shop already knows — a page view on every navigation (with the
 * URL's utm parameters), Product Viewed when a product page's product is on the device, Product
 * Added when the cart says so, Checkout Started on the checkout page. Signed in, the device's
 * choice is also stored on the account, which joins the device to it for cross-device funnels.
 */
import { createContext, createEffect, createSignal, type JSX, on, onCleanup, onMount, useContext } from 'solid-js'
import type { AnalyticsConsent } from '../../shared/analytics/analytics-consent.ts'
import { AnalyticsEvent } from '../../shared/analytics/analytics-events.ts'
import type { Product } from '../../shared/catalog/product.ts'
import { useSession } from '../account/use-session.ts'
import { useShopper } from '../cart/shopper-context.tsx'
import { findProductBySlug } from '../catalog/catalog-queries.ts'
import { useMarket } from '../markets/market-context.tsx'
import { useOffline } from '../offline/offline-context.tsx'
import { putJson } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { useShopPathname } from '../platform/shop-path.ts'
import { browserOptedOut, createRecorder, type Recorder } from './analytics-recorder.ts'

export type Analytics = {
  readonly recorder: Recorder
  readonly consent: () => AnalyticsConsent | null
  readonly optedOut: boolean
  readonly choose: (categories: { readonly analytics: boolean }) => void
  readonly bannerOpen: () => boolean
  readonly openBanner: () => void
  readonly closeBanner: () => void
}

const AnalyticsContext = createContext<Analytics>()

const utmKeys = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const

function utmOf(search: string): Record<string, string> {
  const params = new URLSearchParams(search)
  const found: Record<string, string> = {}
  for (const key of utmKeys) {
    const value = params.get(key)?.trim().slice(0, 200)
    if (value) found[key] = value
  }
  return found
}

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

const productOf = (product: Product, variantId?: string) => {
  const variant = product.variants.find((v) => v.id === variantId)
  return {
    currency: product.currency,
    product_id: product.id,
    ...(variant ? { variant_id: variant.id, sku: variant.sku } : {}),
    price: variant?.price ?? product.price,
  }
}

export function AnalyticsProvider(props: { readonly children: JSX.Element }): JSX.Element {
  const { locale } = useI18n()
  const market = useMarket()
  const { db } = useOffline()
  const shopper = useShopper()
  const session = useSession()
  const pathname = useShopPathname()
  const optedOut = browserOptedOut()
  const recorder = createRecorder({
    storage: storage(),
    context: () => ({ locale: locale(), market: market.market().id }),
    optedOut,
  })
  const [consent, setConsent] = createSignal(recorder.consent())
  const [bannerOpen, setBannerOpen] = createSignal(consent() === null)

  /** Signed in with a choice made: the account keeps it too (and, granted, links this device). */
  const storeOnAccount = () => {
    const info = session()
    const chosen = consent()
    if (!info?.user || !chosen) return
    const anonymousId = recorder.anonymousId()
    void putJson(
      '/api/auth/me/consent',
      { consent: chosen, ...(anonymousId ? { anonymousId } : {}) },
      info.csrfToken,
      () => undefined,
    ).catch(() => undefined)
  }
  createEffect(on(() => session()?.user?.id, storeOnAccount))

  const analytics: Analytics = {
    recorder,
    consent,
    optedOut,
    choose: (categories) => {
      setConsent(recorder.choose(categories))
      setBannerOpen(false)
      storeOnAccount()
    },
    bannerOpen,
    openBanner: () => setBannerOpen(true),
    closeBanner: () => setBannerOpen(false),
  }

  onMount(() => onCleanup(recorder.start()))

  // Page Viewed on the first page, every navigation, and the page where consent was just granted.
  const pageViewed = () =>
    recorder.track({
      event: AnalyticsEvent.PageViewed,
      properties: { path: window.location.pathname || pathname(), ...utmOf(window.location.search) },
    })
  createEffect(on(pathname, pageViewed))
  let wasEnabled = recorder.enabled()
  createEffect(
    on(
      consent,
      () => {
        if (recorder.enabled() && !wasEnabled) pageViewed()
        wasEnabled = recorder.enabled()
      },
      { defer: true },
    ),
  )

  // Product Viewed once per visit of a product page, as soon as the product is on the device.
  const productSlug = () => /^\/p\/([^/]+)$/.exec(pathname())?.[1]
  const viewedProduct = createLiveQuery(() => {
    const slug = productSlug()
    const language = locale()
    return () => (slug ? findProductBySlug(db, decodeURIComponent(slug), language) : undefined)
  })
  let viewedKey: string | null = null
  createEffect(() => {
    const slug = productSlug()
    const product = viewedProduct.value()
    if (slug === undefined) {
      viewedKey = null
      return
    }
    // The live query may still hold the previous page's product for a moment.
    if (!product || product.slug !== decodeURIComponent(slug)) return
    const key = `${pathname()}|${product.id}`
    if (viewedKey === key) return
    viewedKey = key
    recorder.track({ event: AnalyticsEvent.ProductViewed, properties: productOf(product) })
  })

  // Product Added whenever the cart reports an addition.
  createEffect(
    on(
      shopper.added,
      async (added) => {
        if (!added) return
        const product = await db.products.get(added.productId)
        if (product)
          recorder.track({ event: AnalyticsEvent.ProductAdded, properties: productOf(product, added.variantId) })
      },
      { defer: true },
    ),
  )

  // Checkout Started when the checkout page opens with lines in the cart.
  createEffect(
    on(pathname, (path) => {
      if (path !== '/checkout') return
      const lines = shopper.view().cart.filter((line) => line.product && line.unitPrice)
      const currency = lines[0]?.unitPrice?.currency
      if (!currency) return
      recorder.track({
        event: AnalyticsEvent.CheckoutStarted,
        properties: {
          checkout_id: crypto.randomUUID(),
          currency,
          value: lines.reduce((sum, line) => sum + (line.unitPrice?.amount ?? 0) * line.quantity, 0),
          products: lines.slice(0, 200).map((line) => ({
            product_id: line.productId,
            variant_id: line.variantId,
            price: line.unitPrice?.amount ?? 0,
            quantity: line.quantity,
          })),
        },
      })
    }),
  )

  return <AnalyticsContext.Provider value={analytics}>{props.children}</AnalyticsContext.Provider>
}

export function useAnalytics(): Analytics {
  const analytics = useContext(AnalyticsContext)
  if (!analytics) throw new Error('useAnalytics outside AnalyticsProvider')
  return analytics
}
