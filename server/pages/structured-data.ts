/**
 * schema.org JSON-LD for search engines: Product with its Offer on product pages, BreadcrumbList on
 * product and category pages, Organization and WebSite (with the search box) on home.
 */
import type { Category, Product } from '../../shared/catalog/product.ts'
import { stockLevel } from '../../shared/catalog/stock-level.ts'
import { toDecimalString } from '../../shared/money.ts'

export type JsonLd = Readonly<Record<string, unknown>>

const availability = {
  in: 'https://schema.org/InStock',
  low: 'https://schema.org/LimitedAvailability',
  out: 'https://schema.org/OutOfStock',
} as const

export function productJsonLd(origin: string, product: Product): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description,
    sku: product.id,
    brand: { '@type': 'Brand', name: product.brand },
    image: product.images.map(
      (image) => new URL(`${image.src}${image.src.includes('?') ? '&' : '?'}w=1024`, origin).href,
    ),
    offers: {
      '@type': 'Offer',
      url: new URL(`/p/${product.slug}`, origin).href,
      price: toDecimalString(product.price),
      priceCurrency: product.currency,
      availability: availability[stockLevel(product.stock)],
      itemCondition: 'https://schema.org/NewCondition',
    },
  }
}

export type Crumb = { readonly name: string; readonly path: string }

export function breadcrumbJsonLd(origin: string, crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: new URL(crumb.path, origin).href,
    })),
  }
}

export function productCrumbs(home: string, product: Product, category: Category | undefined): Crumb[] {
  return [
    { name: home, path: '/' },
    ...(category ? [{ name: category.name, path: `/c/${category.slug}` }] : []),
    { name: product.name, path: `/p/${product.slug}` },
  ]
}

export function shopJsonLd(origin: string, shopName: string): JsonLd[] {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: shopName,
      url: `${origin}/`,
      logo: `${origin}/icons/icon-512.png`,
    },
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: shopName,
      url: `${origin}/`,
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${origin}/search?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    },
  ]
}

/** JSON for a `<script>` data block: `<` escaped, so no text in it can close the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
