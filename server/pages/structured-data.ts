/**
 * schema.org JSON-LD for search engines: on product pages a Product with its Offer, or for a product
 * with options a ProductGroup of its variants, each a Product with its own Offer; BreadcrumbList on
 * product and category pages, Organization and WebSite (with the search box) on home.
 *
 * Variants follow Google's documented markup for them (ProductGroup + hasVariant + variesBy +
 * productGroupID), not one Product with several Offers or an AggregateOffer: an Offer of a Product
 * would claim the same item at several prices, and an AggregateOffer (lowPrice/highPrice) says
 * neither which variant costs what nor which is in stock, and Google's merchant listings take
 * only an Offer. All variants share one page, so each Offer's URL is the page open on it.
 *
 * A reviewed product (or group) also carries its aggregateRating — the average as the page shows it,
 * to one decimal — and a few of its published reviews (review-snippets.repository.ts).
 */
import type { Category, Product, ProductImage, ProductVariant } from '../../shared/catalog/product.ts'
import { stockLevel } from '../../shared/catalog/stock-level.ts'
import { variantOptions } from '../../shared/catalog/variant.ts'
import { variantLabel } from '../../shared/i18n/variant-messages.ts'
import { toDecimalString } from '../../shared/money.ts'
import { summarizeRatings } from '../../shared/reviews/rating-summary.ts'
import type { ReviewSnippet } from '../reviews/review-snippets.repository.ts'

export type JsonLd = Readonly<Record<string, unknown>>

const availability = {
  in: 'https://schema.org/InStock',
  low: 'https://schema.org/LimitedAvailability',
  out: 'https://schema.org/OutOfStock',
} as const

export function productJsonLd(origin: string, product: Product, reviews: readonly ReviewSnippet[] = []): JsonLd {
  const [only] = product.variants
  const common = {
    '@context': 'https://schema.org',
    name: product.name,
    description: product.description,
    brand: { '@type': 'Brand', name: product.brand },
    image: product.images.map((image) => imageUrl(origin, image)),
    ...ratingJsonLd(product, reviews),
  }
  if (product.options.length === 0 && only) {
    return { ...common, '@type': 'Product', sku: only.sku, offers: offerOf(origin, product, only) }
  }
  return {
    ...common,
    '@type': 'ProductGroup',
    productGroupID: product.id,
    url: productUrl(origin, product),
    variesBy: product.options.flatMap((option) => variesByProperty[option.code]?.url ?? []),
    hasVariant: product.variants.map((variant) => variantJsonLd(origin, product, variant)),
  }
}

/** Nothing for a product without published reviews: a rating of no reviews is not a rating. */
function ratingJsonLd(product: Product, reviews: readonly ReviewSnippet[]): JsonLd {
  const { average, count } = summarizeRatings(product.ratingCounts)
  if (average === null) return {}
  return {
    aggregateRating: { '@type': 'AggregateRating', ratingValue: average, reviewCount: count, ...ratingScale },
    ...(reviews.length > 0 ? { review: reviews.map(reviewJsonLd) } : {}),
  }
}

const ratingScale = { bestRating: 5, worstRating: 1 } as const

function reviewJsonLd(review: ReviewSnippet): JsonLd {
  return {
    '@type': 'Review',
    author: { '@type': 'Person', name: review.authorName },
    reviewRating: { '@type': 'Rating', ratingValue: review.rating, ...ratingScale },
    name: review.title,
    reviewBody: review.body,
    datePublished: review.publishedAt,
  }
}

/** Option codes with a schema.org property of their own (the ones Google reads in `variesBy`). */
const variesByProperty: Readonly<Record<string, { readonly url: string; readonly property: string }>> = {
  size: { url: 'https://schema.org/size', property: 'size' },
  colour: { url: 'https://schema.org/color', property: 'color' },
  material: { url: 'https://schema.org/material', property: 'material' },
  pattern: { url: 'https://schema.org/pattern', property: 'pattern' },
}

function variantJsonLd(origin: string, product: Product, variant: ProductVariant): JsonLd {
  const options = variantOptions(product.options, variant)
  const known = options.flatMap(({ code, value }) => {
    const property = variesByProperty[code]?.property
    return property ? [[property, value] as const] : []
  })
  const other = options.filter(({ code }) => !variesByProperty[code])
  const images = variant.imageIndexes.flatMap((index) => product.images[index] ?? [])
  return {
    '@type': 'Product',
    sku: variant.sku,
    name: `${product.name} – ${variantLabel(product, variant)}`,
    ...(variant.barcode ? { gtin: variant.barcode } : {}),
    ...(images.length > 0 ? { image: images.map((image) => imageUrl(origin, image)) } : {}),
    ...Object.fromEntries(known),
    ...(other.length > 0
      ? {
          additionalProperty: other.map(({ name, value }) => ({ '@type': 'PropertyValue', name, value })),
        }
      : {}),
    offers: offerOf(origin, product, variant, `?variant=${variant.id}`),
  }
}

function offerOf(origin: string, product: Product, variant: ProductVariant, query = ''): JsonLd {
  return {
    '@type': 'Offer',
    url: `${productUrl(origin, product)}${query}`,
    price: toDecimalString(variant.price, product.currency),
    priceCurrency: product.currency,
    availability: availability[stockLevel(variant.stock)],
    itemCondition: 'https://schema.org/NewCondition',
  }
}

function productUrl(origin: string, product: Product): string {
  return new URL(`/p/${product.slug}`, origin).href
}

function imageUrl(origin: string, image: ProductImage): string {
  return new URL(`${image.src}${image.src.includes('?') ? '&' : '?'}w=1024`, origin).href
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
