import type { RouteDefinition } from '@solidjs/router'
import { lazy } from 'solid-js'
import { HomePage } from './catalog/home-page.tsx'
import { NotFound } from './ui/not-found.tsx'

// Category and product pages are split out: the home page is the usual first paint, the router
// preloads a lazy page when a link to it is hovered or focused, and the service worker precaches
// every chunk, so later navigations load them from the cache, online or not.
export const routes: RouteDefinition[] = [
  { path: '/', component: HomePage },
  {
    path: '/c/:slug',
    component: lazy(async () => ({ default: (await import('./catalog/category-page.tsx')).CategoryPage })),
  },
  {
    path: '/p/:slug',
    component: lazy(async () => ({ default: (await import('./catalog/product-page.tsx')).ProductPage })),
  },
  { path: '*404', component: NotFound },
]
