import type { HomeLayout } from './home-blocks.ts'

/**
 * The home page of a shop whose admin has not laid one out: what the home showed before blocks —
 * a welcome, the categories, featured products — and the product rows.
 */
export const defaultHomeLayout: HomeLayout = {
  blocks: [
    {
      type: 'hero',
      title: { en: 'Welcome to Storefront', de: 'Willkommen bei Storefront' },
      text: {
        en: 'Browse the whole catalog — even when your connection drops.',
        de: 'Stöbere im ganzen Katalog – auch wenn die Verbindung abbricht.',
      },
      image: null,
      ctaLabel: { en: 'Search the catalog', de: 'Katalog durchsuchen' },
      ctaHref: '/search',
    },
    { type: 'categories' },
    { type: 'featured_products', limit: 8 },
    { type: 'new_arrivals', limit: 8 },
    { type: 'best_sellers', limit: 8 },
  ],
}
