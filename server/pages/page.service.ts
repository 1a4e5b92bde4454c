/**
 * What each server-rendered page shows first (decision 0014): its data from the catalog, its head
 * (title, description, canonical URL, link previews, JSON-LD, the LCP image preload) and its body.
 * A catalog page whose product or category does not exist is null: the route answers the 404 page.
 * Catalog texts are the page's language's (`toProduct(row, locale)`, issue 16), in the HTML and in
 * the island alike: the app shows the island until the device holds that language's texts, so the
 * server's German is never replaced by the device's English (client/platform/page-data.ts).
 */
import { html } from 'hono/html'
import { type CategoryFilters, categoryHref, filterCategory } from '../../shared/catalog/category-filters.ts'
import type { Category, Product, ProductSort } from '../../shared/catalog/product.ts'
import { relatedProducts } from '../../shared/catalog/related-products.ts'
import { findVariant } from '../../shared/catalog/variant.ts'
import {
  galleryImageIndexes,
  initialSelection,
  type Selection,
  selectedVariant,
} from '../../shared/catalog/variant-selection.ts'
import { shippingCountries } from '../../shared/checkout/checkout-options.ts'
import {
  type CategoryPageData,
  type CollectionPageData,
  categoryFirstPaintCount,
  type HomePageData,
  type PageData,
  type ProductPageData,
  type SearchPageData,
} from '../../shared/pages/page-data.ts'
import { summarizeRatings } from '../../shared/reviews/rating-summary.ts'
import type { SearchRequest } from '../../shared/search/search-types.ts'
import { defaultShopPolicies, type ShopPolicies } from '../../shared/shop/shop-policies.ts'
import { heroImage, resolveHomeBlocks } from '../../shared/storefront/home-blocks.ts'
import { localize } from '../../shared/storefront/localized-text.ts'
import {
  countLiveProductsInCategory,
  findLiveCategoryBySlug,
  findLiveProductBySlug,
  listLiveCategories,
  listLiveProducts,
  listLiveRelatedCandidates,
} from '../catalog/catalog.repository.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { listReviewSnippets, type ReviewSnippet } from '../reviews/review-snippets.repository.ts'
import { searchCatalog } from '../search/search.service.ts'
import { findPublishedCollection } from '../storefront/storefront.repository.ts'
import { readCollectionProducts, readHomeSources, readStorefrontContent } from '../storefront/storefront.service.ts'
import { cardImageSizes, categoryMain, mainImageSizes, notFoundMain, productMain } from './catalog-views.ts'
import { checkoutHeader, isCheckoutRoute } from './checkout-layout.ts'
import type { PageHead } from './page-head.ts'
import { summarize } from './page-head.ts'
import type { PageIntl } from './page-intl.ts'
import { pageLayout } from './page-layout.ts'
import { hitInPageMarket, type PageMarket, productInPageMarket, productsInPageMarket } from './page-market.ts'
import { productImagePreload } from './product-image-html.ts'
import { searchHeading, searchMain } from './search-views.ts'
import { helpMain } from './shop-views.ts'
import { collectionLcpImage, collectionMain, heroImageSizes, homeMain } from './storefront-views.ts'
import { breadcrumbJsonLd, productCrumbs, productJsonLd, shopJsonLd } from './structured-data.ts'

export type RenderedPage = {
  readonly status: 200 | 404
  readonly head: PageHead
  readonly body: string
  readonly data: PageData
  /** The page shows nothing useful without the app (cart, checkout…): keep the noscript notice. */
  readonly needsScript: boolean
}

type PageDeps = Pick<AppDeps, 'db' | 'config' | 'clock'>

export async function renderHomePage(deps: PageDeps, intl: PageIntl, pricing: PageMarket): Promise<RenderedPage> {
  const content = await readStorefrontContent(deps)
  const [categories, stored] = await Promise.all([
    listLiveCategories(deps.db, intl.locale),
    readHomeSources(deps, content, intl.locale),
  ])
  const sources = {
    ...stored,
    featured: productsInPageMarket(stored.featured, pricing),
    newArrivals: productsInPageMarket(stored.newArrivals, pricing),
    bestSellers: productsInPageMarket(stored.bestSellers, pricing),
  }
  const data: HomePageData = { page: 'home', path: '/', categories, layout: content.home, sources }
  const views = resolveHomeBlocks(data.layout, intl.locale, sources)
  const hero = heroImage(views)
  const origin = deps.config.publicUrl
  const shopName = intl.t('app.name')
  return {
    status: 200,
    data,
    needsScript: false,
    head: {
      title: shopName,
      description: intl.t('home.tagline'),
      canonicalUrl: `${origin}/`,
      openGraph: { type: 'website', siteName: shopName },
      jsonLd: shopJsonLd(origin, shopName),
      preloadImage: hero ? productImagePreload(hero, heroImageSizes, imageCdnOf(deps)) : undefined,
    },
    body: await render(
      pageLayout(intl, pricing.market, categories, homeMain(intl, views, categories, imageCdnOf(deps))),
    ),
  }
}

/** A published collection's page; null when there is none by that slug (a 404). */
export async function renderCollectionPage(
  deps: PageDeps,
  intl: PageIntl,
  pricing: PageMarket,
  slug: string,
): Promise<RenderedPage | null> {
  const collection = await findPublishedCollection(deps.db, slug)
  if (!collection) return null
  const [categories, products] = await Promise.all([
    listLiveCategories(deps.db, intl.locale),
    readCollectionProducts(deps, collection, intl.locale).then((found) => productsInPageMarket(found, pricing)),
  ])
  const path = `/collections/${collection.slug}`
  const data: CollectionPageData = { page: 'collection', path, categories, collection, products }
  const title = localize(collection.title, intl.locale)
  const origin = deps.config.publicUrl
  const firstImage = collectionLcpImage(products)
  return {
    status: 200,
    data,
    needsScript: false,
    head: {
      title: pageTitle(intl, title),
      description: summarize(localize(collection.description, intl.locale) || title),
      canonicalUrl: `${origin}${path}`,
      openGraph: { type: 'website', siteName: intl.t('app.name') },
      jsonLd: [
        breadcrumbJsonLd(origin, [
          { name: intl.t('nav.home'), path: '/' },
          { name: title, path },
        ]),
      ],
      preloadImage: firstImage ? productImagePreload(firstImage, cardImageSizes, imageCdnOf(deps)) : undefined,
    },
    body: await render(pageLayout(intl, pricing.market, categories, collectionMain(intl, data, imageCdnOf(deps)))),
  }
}

export async function renderCategoryPage(
  deps: PageDeps,
  intl: PageIntl,
  pricing: PageMarket,
  request: { readonly slug: string; readonly sort: ProductSort; readonly filters: CategoryFilters },
): Promise<RenderedPage | null> {
  const category = await findLiveCategoryBySlug(deps.db, request.slug, intl.locale)
  if (!category) return null
  // The whole category, for the filters' counts (the page is cached, so this runs once per change).
  const [categories, all] = await Promise.all([
    listLiveCategories(deps.db, intl.locale),
    countLiveProductsInCategory(deps.db, category.id).then((count) =>
      listLiveProducts(deps.db, {
        categoryId: category.id,
        featured: undefined,
        sort: request.sort,
        after: null,
        limit: Math.max(count, 1),
        locale: intl.locale,
      }),
    ),
  ])
  // Filtered and sorted on the catalog's own prices, as the app does; shown in the page's market.
  const { products: matching, facets } = filterCategory(all, request.filters, request.sort)
  const products = productsInPageMarket(matching.slice(0, categoryFirstPaintCount), pricing)
  const path = `/c/${category.slug}`
  const firstImage = products[0]?.images[0]
  const data: CategoryPageData = {
    page: 'category',
    path: categoryHref(category.slug, request.sort, request.filters),
    categories,
    category,
    sort: request.sort,
    filters: request.filters,
    products,
    total: matching.length,
    facets,
  }
  const origin = deps.config.publicUrl
  return {
    status: 200,
    data,
    needsScript: false,
    head: {
      title: pageTitle(intl, category.name),
      description: summarize(category.description),
      canonicalUrl: `${origin}${path}`,
      openGraph: { type: 'website', siteName: intl.t('app.name') },
      jsonLd: [
        breadcrumbJsonLd(origin, [
          { name: intl.t('nav.home'), path: '/' },
          { name: category.name, path },
        ]),
      ],
      // The first card's image is the page's largest paint on phones and desktops alike.
      preloadImage: firstImage ? productImagePreload(firstImage, cardImageSizes, imageCdnOf(deps)) : undefined,
    },
    body: await render(pageLayout(intl, pricing.market, categories, categoryMain(intl, data, imageCdnOf(deps)))),
  }
}

/**
 * The product page, open on the variant `?variant=` names (null: the default one). Null when there
 * is no such product, or when `variantId` is not one of its variants: the route then answers the
 * page without it, so only real variants get a page (and a cache entry) of their own.
 */
export async function renderProductPage(
  deps: PageDeps,
  intl: PageIntl,
  pricing: PageMarket,
  slug: string,
  variantId: string | null,
): Promise<RenderedPage | null> {
  const stored = await findLiveProductBySlug(deps.db, slug, intl.locale)
  if (!stored || (variantId !== null && !findVariant(stored, variantId))) return null
  const product = productInPageMarket(stored, pricing)
  const [categories, candidates, reviews] = await Promise.all([
    listLiveCategories(deps.db, intl.locale),
    listLiveRelatedCandidates(deps.db, stored, intl.locale).then((found) => productsInPageMarket(found, pricing)),
    summarizeRatings(product.ratingCounts).count > 0 ? listReviewSnippets(deps.db, product.id) : [],
  ])
  const category = categories.find((candidate) => candidate.id === product.categoryId)
  // The island's path is the product's, whatever the variant: the app reads `?variant=` itself.
  const data: ProductPageData = {
    page: 'product',
    path: `/p/${product.slug}`,
    categories,
    product,
    category,
    related: relatedProducts(product, candidates),
    policies: shopPolicies(),
  }
  const selection = initialSelection(product, variantId)
  const origin = deps.config.publicUrl
  return {
    status: 200,
    data,
    needsScript: false,
    head: productHead(intl, origin, { product, category, selection, reviews }, imageCdnOf(deps)),
    body: await render(
      pageLayout(
        intl,
        pricing.market,
        categories,
        productMain(intl, data, selection, pricing.market, imageCdnOf(deps)),
      ),
    ),
  }
}

type ProductView = {
  readonly product: Product
  readonly category: Category | undefined
  readonly selection: Selection
  /** Published reviews for the JSON-LD (none when the product has no reviews). */
  readonly reviews: readonly ReviewSnippet[]
}

function productHead(intl: PageIntl, origin: string, view: ProductView, imageCdn: string | null): PageHead {
  const { product, category, selection, reviews } = view
  // The chosen variant's main image: the one the page shows first, so the one to preload and preview.
  const [mainIndex] = galleryImageIndexes(product, selectedVariant(product, selection))
  const image = mainIndex === undefined ? undefined : product.images[mainIndex]
  const imageAlt = image?.alt || intl.t('product.imageAlt', { name: product.name })
  return {
    title: pageTitle(intl, product.name),
    description: summarize(
      `${product.name} · ${intl.formatPrice(product.price, product.currency)} · ${product.description}`,
    ),
    canonicalUrl: `${origin}/p/${product.slug}`,
    openGraph: {
      type: 'product',
      siteName: intl.t('app.name'),
      image: image ? { url: new URL(`${image.src}?w=1024`, origin).href, alt: imageAlt } : undefined,
    },
    jsonLd: [
      productJsonLd(origin, product, reviews),
      breadcrumbJsonLd(origin, productCrumbs(intl.t('nav.home'), product, category)),
    ],
    preloadImage: image ? productImagePreload(image, mainImageSizes, imageCdn) : undefined,
  }
}

/**
 * A search with results (decision 0014); null for a blank search or one without results, which the
 * app renders itself (popular categories). Not recorded for search analytics: the app's own
 * request for the same search is, once.
 */
export async function renderSearchPage(
  deps: PageDeps & Pick<AppDeps, 'searchIndex'>,
  intl: PageIntl,
  pricing: PageMarket,
  request: SearchRequest,
  path: string,
): Promise<RenderedPage | null> {
  if (!request.q.trim()) return null
  const [categories, found] = await Promise.all([
    listLiveCategories(deps.db, intl.locale),
    searchCatalog(deps, request, intl.locale),
  ])
  const results = { ...found, hits: found.hits.map((hit) => hitInPageMarket(hit, pricing)) }
  if (results.total === 0) return null
  const data: SearchPageData = { page: 'search', path, categories, request, results }
  return {
    status: 200,
    data,
    needsScript: false,
    head: { title: pageTitle(intl, searchHeading(intl, request)), description: intl.t('home.tagline'), noindex: true },
    body: await render(
      pageLayout(intl, pricing.market, categories, searchMain(intl, request, results, imageCdnOf(deps)), request.q),
    ),
  }
}

/** Help and policies (the footer's links): text from the message catalogs, with the shop's frame. */
export async function renderHelpPage(deps: PageDeps, intl: PageIntl, pricing: PageMarket): Promise<RenderedPage> {
  const categories = await listLiveCategories(deps.db, intl.locale)
  const title = intl.t('help.title')
  return {
    status: 200,
    data: { page: 'shell', path: '/help', categories },
    needsScript: false,
    head: {
      title: pageTitle(intl, title),
      description: summarize(intl.t('help.shipping.text', { count: shippingCountries.length })),
      canonicalUrl: `${deps.config.publicUrl}/help`,
    },
    body: await render(pageLayout(intl, pricing.market, categories, helpMain(intl))),
  }
}

/** Not found: a 404 with the shop's frame, so the shopper can go on from it. */
export async function renderNotFoundPage(
  deps: PageDeps,
  intl: PageIntl,
  pricing: PageMarket,
  path: string,
): Promise<RenderedPage> {
  const categories = await listLiveCategories(deps.db, intl.locale)
  return {
    status: 404,
    data: { page: 'not-found', path, categories },
    needsScript: false,
    head: { title: pageTitle(intl, intl.t('errors.NOT_FOUND')), description: intl.t('notFound.hint'), noindex: true },
    body: await render(pageLayout(intl, pricing.market, categories, notFoundMain(intl))),
  }
}

/**
 * A page only the app can show (cart, checkout, account, orders, search, admin): the frame with an
 * empty main, which the client fills. Not indexed: it holds nothing public. `route` is the client
 * route (`/orders/:id`): the frame is the same for every URL it matches.
 */
export async function renderShellPage(
  deps: PageDeps,
  intl: PageIntl,
  pricing: PageMarket,
  route: string,
): Promise<RenderedPage> {
  const categories = await listLiveCategories(deps.db, intl.locale)
  const frame = await render(pageLayout(intl, pricing.market, categories, html``))
  return {
    status: 200,
    data: { page: 'shell', path: route, categories },
    needsScript: true,
    head: { title: intl.t('app.name'), description: intl.t('home.tagline'), noindex: true },
    // Checkout shows its minimal header instead of the shop's, as the client does (app.tsx); the
    // shop's header is swapped out whole, so the shop's frame stays defined in one place.
    body: isCheckoutRoute(route)
      ? frame.replace(/<header class="site-header[^"]*">[\s\S]*?<\/header>/, await render(checkoutHeader(intl)))
      : frame,
  }
}

/**
 * `/p/:slug/review` (issue 15): the app's review form in the shop's frame, for a product on sale;
 * null (a 404) for any other slug.
 */
export async function renderReviewFormShell(
  deps: PageDeps,
  intl: PageIntl,
  pricing: PageMarket,
  slug: string,
): Promise<RenderedPage | null> {
  if (!(await findLiveProductBySlug(deps.db, slug))) return null
  return renderShellPage(deps, intl, pricing, '/p/:slug/review')
}

/** The shop's shipping and returns promises: the defaults until the shop has a settings store. */
function shopPolicies(): ShopPolicies {
  return defaultShopPolicies
}

function imageCdnOf(deps: PageDeps): string | null {
  return deps.config.imageCdn?.template ?? null
}

function pageTitle(intl: PageIntl, page: string): string {
  return intl.t('app.pageTitle', { page, shop: intl.t('app.name') })
}

async function render(html: unknown): Promise<string> {
  return String(await html)
}
