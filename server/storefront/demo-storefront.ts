/**
 * The demo shop's collections and home layout, seeded with the demo catalog so `npm start` shows a
 * real home page: a hero leading to a collection, a sale banner, collection tiles, and the product
 * rows. Pictures are the demo products' own (the first product each collection lists).
 */
import type { ProductImage } from '../../shared/catalog/product.ts'
import { asProductId } from '../../shared/ids.ts'
import { type Collection, type CollectionRule, emptyCollectionRule } from '../../shared/storefront/collection.ts'
import type { HomeLayout } from '../../shared/storefront/home-blocks.ts'
import type { DemoCatalog, DemoProduct } from '../catalog/demo-catalog.ts'
import { deterministicUuid } from '../catalog/deterministic-uuid.ts'

export type DemoCollection = Omit<Collection, 'position'> & { readonly position: number; readonly published: boolean }

export type DemoStorefront = { readonly collections: DemoCollection[]; readonly home: HomeLayout }

type Spec = {
  readonly slug: string
  readonly title: Collection['title']
  readonly description: Collection['description']
  readonly rule?: Partial<CollectionRule>
  /** A manual collection: which products, from the catalog. */
  readonly pick?: (catalog: DemoCatalog) => DemoProduct[]
}

const specs: readonly Spec[] = [
  {
    slug: 'wireless',
    title: { en: 'Cut the cord', de: 'Ohne Kabel' },
    description: {
      en: 'Headphones, speakers, keyboards and more, all wireless.',
      de: 'Kopfhörer, Lautsprecher, Tastaturen und mehr – alles kabellos.',
    },
    rule: { tags: ['wireless', 'bluetooth'] },
  },
  {
    slug: 'on-sale',
    title: { en: 'On sale', de: 'Im Angebot' },
    description: {
      en: 'Reduced for a while: get them before they are gone.',
      de: 'Eine Weile reduziert: zugreifen, solange es sie gibt.',
    },
    rule: { onSale: true },
  },
  {
    slug: 'under-50',
    title: { en: 'Gifts under $50', de: 'Geschenke unter 50 $' },
    description: {
      en: 'Small things that make someone’s day.',
      de: 'Kleinigkeiten, die jemandem den Tag verschönern.',
    },
    rule: { maxPrice: 4999 },
  },
  {
    slug: 'home-office',
    title: { en: 'Home office', de: 'Homeoffice' },
    description: {
      en: 'Desks, chairs, monitors and keyboards for a day of work at home.',
      de: 'Schreibtische, Stühle, Monitore und Tastaturen für einen Arbeitstag zu Hause.',
    },
    rule: { tags: ['office', 'monitor', 'keyboard'] },
  },
  {
    slug: 'editors-picks',
    title: { en: 'Editors’ picks', de: 'Unsere Empfehlungen' },
    description: { en: 'What our team would buy again.', de: 'Was unser Team wieder kaufen würde.' },
    pick: (catalog) => catalog.products.filter((product) => product.featured).slice(0, 8),
  },
]

export function generateDemoStorefront(catalog: DemoCatalog): DemoStorefront {
  const collections = specs.map((spec, position): DemoCollection => {
    const rule = { ...emptyCollectionRule, ...spec.rule }
    const picked = spec.pick?.(catalog) ?? []
    const first = spec.pick ? picked[0] : catalog.products.find((product) => matchesDemo(rule, product, catalog))
    return {
      id: deterministicUuid(`collection:${spec.slug}`),
      slug: spec.slug,
      title: spec.title,
      description: spec.description,
      image: first?.images[0] ? tileImage(first.images[0]) : null,
      kind: spec.pick ? 'manual' : 'rule',
      rule,
      productIds: picked.map((product) => asProductId(product.id)),
      position,
      published: true,
    }
  })
  const heroProduct = catalog.products.find((product) => product.featured)
  const home: HomeLayout = {
    blocks: [
      {
        type: 'hero',
        title: { en: 'Everything for the way you live', de: 'Alles für deinen Alltag' },
        text: {
          en: 'Browse the whole catalog — even when your connection drops.',
          de: 'Stöbere im ganzen Katalog – auch wenn die Verbindung abbricht.',
        },
        image: heroProduct?.images[0] ? tileImage(heroProduct.images[0]) : null,
        ctaLabel: { en: 'Shop wireless', de: 'Kabellos einkaufen' },
        ctaHref: '/collections/wireless',
      },
      {
        type: 'banner',
        text: { en: 'Sale: selected items reduced', de: 'Sale: ausgewählte Artikel reduziert' },
        href: '/collections/on-sale',
        tone: 'sale',
      },
      { type: 'featured_collections', slugs: collections.map((collection) => collection.slug) },
      { type: 'categories' },
      { type: 'featured_products', limit: 8 },
      { type: 'new_arrivals', limit: 8 },
      { type: 'best_sellers', limit: 8 },
    ],
  }
  return { collections, home }
}

/** The picture without the product's own alt text: a tile's title says what it is. */
function tileImage(image: ProductImage): ProductImage {
  return { ...image, alt: '' }
}

/** Enough of the rule to choose a picture; the shared rule decides what the collection lists. */
function matchesDemo(rule: CollectionRule, product: DemoProduct, catalog: DemoCatalog): boolean {
  if (rule.tags.length > 0 && !rule.tags.some((tag) => product.tags.includes(tag))) return false
  if (rule.maxPrice !== null && product.price > rule.maxPrice) return false
  if (rule.onSale)
    return catalog.variants.some((variant) => variant.productId === product.id && variant.compareAtPrice !== null)
  return true
}
