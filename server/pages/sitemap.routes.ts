/**
 * robots.txt and the sitemap: an index of chunks (the catalog and collection pages, then products
 * 5,000 per file), built from the catalog, served from the response cache and so rebuilt after any
 * catalog change. Every page is listed once per language at its prefixed address (decision 0027),
 * each entry naming all its language versions and the language-neutral one (x-default) as
 * `xhtml:link rel="alternate"`, Google's sitemap form of `hreflang`.
 */
import { type Context, Hono } from 'hono'
import { html } from 'hono/html'
import { localizedPath } from '../../shared/i18n/locale-path.ts'
import { locales } from '../../shared/i18n/locales.ts'
import { appOnlyPaths } from '../../shared/pages/app-paths.ts'
import { countLiveProducts, listLiveCategories, listProductSitemapChunk } from '../catalog/catalog.repository.ts'
import { catalogCacheControl } from '../catalog/catalog-cache.ts'
import type { AppDeps, AppEnv } from '../platform/app-env.ts'
import { makeRepresentation, sendRepresentation } from '../platform/representation.ts'
import { listCollectionRows } from '../storefront/storefront.repository.ts'
import type { Html } from './html.ts'

/**
 * Products per file: each is six `<url>`s of seven alternates (~1 KB), so a file stays at 30,000
 * URLs and ~30 MB, under the protocol's 50,000 URLs and 50 MB.
 */
export const sitemapChunkSize = 5_000
const xmlType = 'application/xml; charset=utf-8'

export const sitemapRoutes = new Hono<AppEnv>()
  .get('/robots.txt', (c) => sendCached(c, 'robots', 'text/plain; charset=utf-8', async () => robotsTxt(c.var.deps)))
  .get('/sitemap.xml', (c) => sendCached(c, 'sitemap:index', xmlType, () => sitemapIndex(c.var.deps)))
  .get('/sitemaps/pages', (c) => sendCached(c, 'sitemap:pages', xmlType, () => pagesSitemap(c.var.deps)))
  .get('/sitemaps/products/:number', async (c) => {
    const number = /^[0-9]{1,6}$/.test(c.req.param('number')) ? Number(c.req.param('number')) : 0
    const chunks = Math.ceil((await countLiveProducts(c.var.deps.db)) / sitemapChunkSize)
    if (!(number >= 1 && number <= chunks)) return c.notFound()
    return sendCached(c, `sitemap:products:${number}`, xmlType, () => productsSitemap(c.var.deps, number - 1))
  })

async function sendCached(c: Context<AppEnv>, key: string, contentType: string, make: () => Promise<string>) {
  const representation = await c.var.deps.responseCache.get(key, async () =>
    makeRepresentation({ contentType, cacheControl: catalogCacheControl, body: await make() }),
  )
  return sendRepresentation(c, representation)
}

type SitemapDeps = Pick<AppDeps, 'db' | 'config'>

/** Everything public may be crawled; the API and the shopper's own pages may not, in any language. */
function robotsTxt(deps: SitemapDeps): string {
  const privatePaths = [...new Set(appOnlyPaths.map((path) => `/${path.split('/')[1]}`))].filter((p) => p !== '/search')
  const inEveryLanguage = (path: string) => [path, ...locales.map((locale) => localizedPath(locale, path))]
  return [
    'User-agent: *',
    'Disallow: /api/',
    ...[...privatePaths, '/search'].flatMap(inEveryLanguage).map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${deps.config.publicUrl}/sitemap.xml`,
    '',
  ].join('\n')
}

async function sitemapIndex(deps: SitemapDeps): Promise<string> {
  const chunks = Math.ceil((await countLiveProducts(deps.db)) / sitemapChunkSize)
  const origin = deps.config.publicUrl
  const files = ['sitemaps/pages', ...Array.from({ length: chunks }, (_, i) => `sitemaps/products/${i + 1}`)]
  return xml(
    html`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${files.map(
      (file) => html`<sitemap><loc>${origin}/${file}</loc></sitemap>`,
    )}</sitemapindex>`,
  )
}

async function pagesSitemap(deps: SitemapDeps): Promise<string> {
  const [categories, collections] = await Promise.all([
    listLiveCategories(deps.db),
    listCollectionRows(deps.db, { published: true }),
  ])
  const entries = [
    { path: '/', updatedAt: undefined },
    ...categories.map((category) => ({ path: `/c/${category.slug}`, updatedAt: category.updatedAt })),
    ...collections.map((row) => ({ path: `/collections/${row.slug}`, updatedAt: row.updatedAt.toISOString() })),
  ]
  return urlSet(deps.config.publicUrl, entries)
}

async function productsSitemap(deps: SitemapDeps, index: number): Promise<string> {
  const products = await listProductSitemapChunk(deps.db, { index, size: sitemapChunkSize })
  const entries = products.map((product) => ({ path: `/p/${product.slug}`, updatedAt: product.updatedAt }))
  return urlSet(deps.config.publicUrl, entries)
}

type SitemapEntry = { readonly path: string; readonly updatedAt: string | undefined }

function urlSet(origin: string, entries: readonly SitemapEntry[]): Promise<string> {
  return xml(
    html`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries.map(
      (entry) => {
        // The same alternates under each language's <loc>: Google wants every version to list them all, itself included.
        const alternates = [
          ...locales.map(
            (locale) =>
              html`<xhtml:link rel="alternate" hreflang="${locale}" href="${origin}${localizedPath(locale, entry.path)}"/>`,
          ),
          html`<xhtml:link rel="alternate" hreflang="x-default" href="${origin}${entry.path}"/>`,
        ]
        const lastmod = entry.updatedAt ? html`<lastmod>${entry.updatedAt}</lastmod>` : ''
        return locales.map(
          (locale) => html`<url><loc>${origin}${localizedPath(locale, entry.path)}</loc>${lastmod}${alternates}</url>`,
        )
      },
    )}</urlset>`,
  )
}

async function xml(body: Html): Promise<string> {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${String(await body)}\n`
}
