/**
 * The home page as the admin lays it out (issue 14): an ordered list of typed blocks, stored as one
 * document (`home_layout`), and the same blocks resolved for one language against the catalog —
 * what the server's HTML and the app render, block for block.
 */
import type { Product, ProductImage } from '../catalog/product.ts'
import type { Locale } from '../i18n/locales.ts'
import type { Collection } from './collection.ts'
import { type LocalizedText, localize } from './localized-text.ts'

export const bannerTones = ['info', 'sale'] as const
export type BannerTone = (typeof bannerTones)[number]

export const homeBlockTypes = [
  'hero',
  'banner',
  'featured_collections',
  'categories',
  'featured_products',
  'new_arrivals',
  'best_sellers',
] as const
export type HomeBlockType = (typeof homeBlockTypes)[number]

/** Most products a product row of the home page shows. */
export const maxHomeProducts = 12

export type HeroBlock = {
  readonly type: 'hero'
  readonly title: LocalizedText
  readonly text: LocalizedText
  /** The page's largest paint: eager, fetched first and preloaded. */
  readonly image: ProductImage | null
  readonly ctaLabel: LocalizedText
  /** A path of this shop (`/collections/…`, `/c/…`). */
  readonly ctaHref: string
}

export type BannerBlock = {
  readonly type: 'banner'
  readonly text: LocalizedText
  /** Where the banner leads; null for a plain message. */
  readonly href: string | null
  readonly tone: BannerTone
}

export type FeaturedCollectionsBlock = { readonly type: 'featured_collections'; readonly slugs: readonly string[] }
export type CategoriesBlock = { readonly type: 'categories' }
export type ProductRowBlock = {
  readonly type: 'featured_products' | 'new_arrivals' | 'best_sellers'
  readonly limit: number
}

export type HomeBlock = HeroBlock | BannerBlock | FeaturedCollectionsBlock | CategoriesBlock | ProductRowBlock

export type HomeLayout = { readonly blocks: readonly HomeBlock[] }

/** A collection as a home tile shows it, in one language. */
export type CollectionTile = {
  readonly slug: string
  readonly title: string
  readonly description: string
  readonly image: ProductImage | null
}

/** A block ready to render: text in one language, collections and products looked up. */
export type HomeView =
  | {
      readonly type: 'hero'
      readonly title: string
      readonly text: string
      readonly image: ProductImage | null
      readonly ctaLabel: string
      readonly ctaHref: string
    }
  | { readonly type: 'banner'; readonly text: string; readonly href: string | null; readonly tone: BannerTone }
  | { readonly type: 'featured_collections'; readonly collections: readonly CollectionTile[] }
  | { readonly type: 'categories' }
  | { readonly type: 'featured_products' | 'new_arrivals' | 'best_sellers'; readonly products: readonly Product[] }

/** What the blocks are resolved against: the published collections and the products of each row. */
export type HomeSources = {
  readonly collections: readonly Collection[]
  readonly featured: readonly Product[]
  readonly newArrivals: readonly Product[]
  /** Best sellers by units sold recently (the server counts them); empty before the first sale. */
  readonly bestSellers: readonly Product[]
}

/**
 * The blocks in one language. A product row without products (no sales yet, no featured products)
 * and a collection row whose collections are all unpublished are left out, not shown empty.
 */
export function resolveHomeBlocks(layout: HomeLayout, locale: Locale, sources: HomeSources): HomeView[] {
  return layout.blocks.flatMap((block): HomeView[] => {
    switch (block.type) {
      case 'hero':
        return [
          {
            type: 'hero',
            title: localize(block.title, locale),
            text: localize(block.text, locale),
            image: block.image,
            ctaLabel: localize(block.ctaLabel, locale),
            ctaHref: block.ctaHref,
          },
        ]
      case 'banner':
        return [{ type: 'banner', text: localize(block.text, locale), href: block.href, tone: block.tone }]
      case 'featured_collections': {
        const collections = block.slugs.flatMap((slug) => {
          const collection = sources.collections.find((candidate) => candidate.slug === slug)
          return collection ? [collectionTile(collection, locale)] : []
        })
        return collections.length > 0 ? [{ type: 'featured_collections', collections }] : []
      }
      case 'categories':
        return [{ type: 'categories' }]
      default: {
        const products = rowSource(sources, block.type).slice(0, block.limit)
        return products.length > 0 ? [{ type: block.type, products }] : []
      }
    }
  })
}

export function collectionTile(collection: Collection, locale: Locale): CollectionTile {
  return {
    slug: collection.slug,
    title: localize(collection.title, locale),
    description: localize(collection.description, locale),
    image: collection.image,
  }
}

function rowSource(sources: HomeSources, type: ProductRowBlock['type']): readonly Product[] {
  switch (type) {
    case 'featured_products':
      return sources.featured
    case 'new_arrivals':
      return sources.newArrivals
    case 'best_sellers':
      return sources.bestSellers
  }
}

/** How many products each product row needs at most: what the server reads and sends. */
export function rowLimit(layout: HomeLayout, type: ProductRowBlock['type']): number {
  return Math.max(0, ...layout.blocks.flatMap((block) => (block.type === type ? [block.limit] : [])))
}

/** The first hero's image: the page's largest paint, eager, fetched first and preloaded by the server. */
export function heroImage(views: readonly HomeView[]): ProductImage | null {
  for (const view of views) if (view.type === 'hero') return view.image
  return null
}
