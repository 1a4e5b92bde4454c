// The pages bench/first-visit.ts measures: the home page, a category page and a product page, with
// real slugs asked of the server's catalog API (GET /api/categories, GET /api/products?category=…).
import { z } from 'zod'

export const pageNames = ['home', 'category', 'product'] as const
export type PageName = (typeof pageNames)[number]
export type Page = { readonly name: PageName; readonly path: string }

const categoryList = z.object({ items: z.array(z.object({ slug: z.string(), position: z.number() })) })
const productPage = z.object({ items: z.array(z.object({ slug: z.string() })) })

async function getJson<T>(base: string, path: string, schema: z.ZodType<T>): Promise<T> {
  const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`GET ${base}${path} answered ${response.status}`)
  return schema.parse(await response.json())
}

/** The first category (by position) that has a product, and that product: both pages show real content. */
async function categoryAndProduct(base: string): Promise<{ category: string; product: string }> {
  const { items } = await getJson(base, '/api/categories', categoryList)
  for (const { slug } of [...items].sort((a, b) => a.position - b.position)) {
    const products = await getJson(base, `/api/products?category=${encodeURIComponent(slug)}&limit=1`, productPage)
    const product = products.items[0]?.slug
    if (product) return { category: slug, product }
  }
  throw new Error(`no category of ${base} has a product (is the demo catalog seeded?)`)
}

export async function pickPages(base: string, names: readonly PageName[]): Promise<Page[]> {
  const slugs = names.some((name) => name !== 'home') ? await categoryAndProduct(base) : undefined
  const pathOf: Record<PageName, () => string> = {
    home: () => '/',
    category: () => `/c/${encodeURIComponent(slugs?.category ?? '')}`,
    product: () => `/p/${encodeURIComponent(slugs?.product ?? '')}`,
  }
  return names.map((name) => ({ name, path: pathOf[name]() }))
}
