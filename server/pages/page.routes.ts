/**
 * Navigations: every page's first request gets real HTML (decision 0014) with the right status.
 * Catalog pages are cached like the catalog API (dropped on any catalog change), per build,
 * language and market (page-market.ts); 404s are rendered each time, so unknown URLs cannot fill
 * the cache.
 */
import { type Context, Hono } from 'hono'
import { html } from 'hono/html'
import {
  type CategoryFilters,
  categoryFiltersOf,
  categoryHref,
  noCategoryFilters,
} from '../../shared/catalog/category-filters.ts'
import { type ProductSort, productSorts } from '../../shared/catalog/product.ts'
import { imageCdnMetaName } from '../../shared/catalog/product-image-sources.ts'
import { productSlugParam } from '../../shared/catalog/product-schema.ts'
import { localeManifestPath } from '../../shared/i18n/locale-path.ts'
import { localeDirection, locales } from '../../shared/i18n/locales.ts'
import { appOnlyPaths } from '../../shared/pages/app-paths.ts'
import { searchQuery } from '../../shared/search/search-query.ts'
import { searchHref } from '../../shared/search/search-url.ts'
import { queryKey } from '../catalog/catalog-cache.ts'
import type { Config } from '../env.ts'
import { usableMarketWithRates } from '../markets/markets.service.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { clientIp } from '../platform/client-ip.ts'
import { enforceRateLimits } from '../platform/rate-limit.ts'
import { makeRepresentation, type Representation, sendRepresentation } from '../platform/representation.ts'
import type { BuiltFiles } from '../platform/static-files.ts'
import { searchPerIp } from '../search/search.routes.ts'
import { localizeLinks } from './localized-links.ts'
import {
  type RenderedPage,
  renderCategoryPage,
  renderCollectionPage,
  renderHelpPage,
  renderHomePage,
  renderNotFoundPage,
  renderProductPage,
  renderReviewFormShell,
  renderSearchPage,
  renderShellPage,
} from './page.service.ts'
import { compileDocumentTemplate, type DocumentTemplate } from './page-document.ts'
import { renderPageHead } from './page-head.ts'
import { type PageIntl, pageIntl, requestLocale } from './page-intl.ts'
import { type PageMarket, requestedPageMarket } from './page-market.ts'

/**
 * Revalidated on every visit (a 304 when unchanged). A page varies by its language (a cookie or the
 * browser's) and its market (the `market` cookie): `Cookie` covers both for shared caches, and the
 * ETag, a hash of the body, differs between markets, so a browser never revalidates into another's.
 */
const pageCacheControl = 'no-cache'
const pageVary = 'Accept-Encoding, Accept-Language, Cookie'

/** The pages under each language's prefix (`/fr/p/x`) and at their language-neutral addresses (`/p/x`). */
export function localizedPageRoutes(files: BuiltFiles) {
  const pages = pageRoutes(files)
  const app = new Hono<AppEnv>()
  for (const locale of locales) {
    // A typed `/fr/` is the French home page, not an unknown page.
    app.get(`/${locale}/`, (c) => c.redirect(`/${locale}`, 301)).route(`/${locale}`, pages)
  }
  return app.route('/', pages)
}

function pageRoutes(files: BuiltFiles) {
  const templates = documentTemplates(files)
  const app = new Hono<AppEnv>()
    .get('/', (c) => sendPage(c, templates, '/', (intl, pricing) => renderHomePage(c.var.deps, intl, pricing)))
    .get('/c/:slug', (c) => {
      const slug = c.req.param('slug')
      const sort = parseSort(c.req.query('sort'))
      if (!isSlug(slug)) return sendNotFound(c, templates)
      const filters = parseCategoryFilters(c)
      // Keyed by the canonical URL: the same filters in any order share one cache entry.
      return sendPage(c, templates, categoryHref(slug, sort, filters), (intl, pricing) =>
        renderCategoryPage(c.var.deps, intl, pricing, { slug, sort, filters }),
      )
    })
    .get('/help', (c) => sendPage(c, templates, '/help', (intl, pricing) => renderHelpPage(c.var.deps, intl, pricing)))
    .get('/collections/:slug', (c) => {
      const slug = c.req.param('slug')
      if (!isSlug(slug)) return sendNotFound(c, templates)
      return sendPage(c, templates, `/collections/${slug}`, (intl, pricing) =>
        renderCollectionPage(c.var.deps, intl, pricing, slug),
      )
    })
    .get('/p/:slug/review', (c) => {
      const slug = c.req.param('slug')
      if (!isSlug(slug)) return sendNotFound(c, templates)
      return sendPage(c, templates, `app:/p/${slug}/review`, (intl, pricing) =>
        renderReviewFormShell(c.var.deps, intl, pricing, slug),
      )
    })
    .get('/p/:slug', (c) => {
      const slug = c.req.param('slug')
      if (!isSlug(slug)) return sendNotFound(c, templates)
      const page = () =>
        sendPage(c, templates, `/p/${slug}`, (intl, pricing) =>
          renderProductPage(c.var.deps, intl, pricing, slug, null),
        )
      // A shared link opens on its variant, rendered and cached per variant; an id that is not one
      // of the product's variants gets the product's own page, so made-up ids cannot fill the cache.
      const variant = c.req.query('variant')
      if (!variant || !isUuid(variant)) return page()
      return sendPage(
        c,
        templates,
        `/p/${slug}?variant=${variant}`,
        (intl, pricing) => renderProductPage(c.var.deps, intl, pricing, slug, variant),
        page,
      )
    })
  // Before the app-only frame of /search, which answers a blank search or one without results.
  app.get('/search', async (c, next) => {
    // As the API reads its query: a parameter given once is a string, repeated ones a list.
    const query = Object.fromEntries(
      Object.entries(c.req.queries()).map(([name, values]) => [name, values.length === 1 ? values[0] : values]),
    )
    const parsed = searchQuery.safeParse(query)
    if (!parsed.success) return next()
    await enforceRateLimits(c.var.deps.rateLimiter, [[searchPerIp, clientIp(c, c.var.deps.config.trustProxy)]])
    const request = parsed.data
    // The island names the search in its canonical form, which the app computes from its URL too.
    const path = searchHref(request)
    const appFrame = async () => {
      await next()
      return c.res
    }
    return sendPage(
      c,
      templates,
      `search:${queryKey('search', request)}`,
      (intl, pricing) => renderSearchPage(c.var.deps, intl, pricing, request, path),
      appFrame,
    )
  })
  for (const path of appOnlyPaths) {
    // One cached frame per route, not per URL (/orders/:id): unknown ids cannot fill the cache.
    app.get(path, (c) =>
      sendPage(c, templates, `app:${path}`, (intl, pricing) => renderShellPage(c.var.deps, intl, pricing, path)),
    )
  }
  return app.get('*', (c) => sendNotFound(c, templates))
}

/**
 * Settings the client reads from its document at runtime, added to index.html itself, so the app
 * shell the service worker keeps carries them too: the image CDN template (IMAGE_CDN_URL).
 */
export function runtimeSettingsHead(config: Config): string {
  if (!config.imageCdn) return ''
  return String(html`<meta name="${imageCdnMetaName}" content="${config.imageCdn.template}">`)
}

type Templates = { readonly current: () => Promise<{ readonly id: string; readonly render: DocumentTemplate }> }

/** The page template of the current build, compiled once per build (its index.html ETag). */
function documentTemplates(files: BuiltFiles): Templates {
  let compiled: { id: string; render: DocumentTemplate } | undefined
  return {
    async current() {
      const index = (await files.current())?.get('/index.html')
      if (!index) throw new Error('index.html disappeared after the static files were checked')
      if (compiled?.id !== index.etag) {
        compiled = { id: index.etag, render: compileDocumentTemplate(new TextDecoder().decode(index.body.identity)) }
      }
      return compiled
    },
  }
}

/** Thrown inside a cache fill so that nothing is cached for a page that does not exist. */
class PageNotFound extends Error {}

async function sendPage(
  c: Context<AppEnv>,
  templates: Templates,
  key: string,
  render: (intl: PageIntl, pricing: PageMarket) => Promise<RenderedPage | null>,
  /** What answers when `render` finds no such page: the 404 page unless the route says otherwise. */
  whenMissing: () => Promise<Response> = () => sendNotFound(c, templates),
): Promise<Response> {
  const intl = pageIntl(requestLocale(c))
  const market = requestedPageMarket(c, intl.locale)
  const template = await templates.current()
  try {
    // Per market as asked for (the cookie or the language's suggestion): setting a rate drops every
    // page (catalog-changed), so an entry made while a rate was missing never outlives it.
    const cacheKey = `page:${template.id}:${intl.locale}:${market.id}:${key}`
    const representation = await c.var.deps.responseCache.get(cacheKey, async () => {
      const page = await render(intl, await usableMarketWithRates(c.var.deps, market))
      if (!page) throw new PageNotFound()
      return toRepresentation(template.render, intl, page)
    })
    return sendRepresentation(c, representation, { Vary: pageVary })
  } catch (error) {
    if (error instanceof PageNotFound) return whenMissing()
    throw error
  }
}

async function sendNotFound(c: Context<AppEnv>, templates: Templates): Promise<Response> {
  const intl = pageIntl(requestLocale(c))
  const template = await templates.current()
  const pricing = await usableMarketWithRates(c.var.deps, requestedPageMarket(c, intl.locale))
  const page = await renderNotFoundPage(c.var.deps, intl, pricing, c.req.path)
  return sendRepresentation(c, await toRepresentation(template.render, intl, page), { Vary: pageVary })
}

async function toRepresentation(render: DocumentTemplate, intl: PageIntl, page: RenderedPage): Promise<Representation> {
  const html = render({
    lang: intl.locale,
    dir: localeDirection(intl.locale),
    manifest: localeManifestPath(intl.locale),
    head: await renderPageHead(page.head, intl.locale),
    body: localizeLinks(page.body, intl.locale),
    data: page.data,
    needsScript: page.needsScript,
  })
  return makeRepresentation({
    status: page.status,
    contentType: 'text/html; charset=utf-8',
    cacheControl: pageCacheControl,
    body: html,
  })
}

/**
 * A category's filters, with the search page's parameters and rules (shared/search/search-query.ts);
 * a query the search would refuse renders the category unfiltered (the app reads its URL leniently).
 */
function parseCategoryFilters(c: Context<AppEnv>): CategoryFilters {
  const { brand, minPrice, maxPrice, inStock, minRating } = c.req.queries()
  const parsed = searchQuery.safeParse({
    brand: brand && (brand.length === 1 ? brand[0] : brand),
    minPrice: minPrice?.[0],
    maxPrice: maxPrice?.[0],
    inStock: inStock?.[0],
    minRating: minRating?.[0],
  })
  return parsed.success ? categoryFiltersOf(parsed.data) : noCategoryFilters
}

function parseSort(value: string | undefined): ProductSort {
  return productSorts.find((sort) => sort === value) ?? 'newest'
}

/** Variant ids are UUIDs, written in lower case (PostgreSQL's text form). */
function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value)
}

function isSlug(value: string): boolean {
  return productSlugParam.safeParse({ slug: value }).success
}
