/**
 * Shape check of `GET /api/sync/storefront` answers, as parse-catalog-changes.ts does for the feed
 * (the client ships no zod): what the home and collection pages rely on, the rest let through as typed.
 */
import { homeBlockTypes } from '../../shared/storefront/home-blocks.ts'
import type { StorefrontContent } from '../../shared/storefront/storefront-content.ts'

export function parseStorefrontContent(body: unknown): StorefrontContent {
  if (!isRecord(body)) throw new TypeError('storefront: body is not an object')
  const { home, collections, newArrivals, bestSellers } = body
  if (!isRecord(home) || !Array.isArray(home.blocks) || !home.blocks.every(isBlock))
    throw new TypeError('storefront: bad home layout')
  if (!Array.isArray(collections) || !collections.every(isCollection))
    throw new TypeError('storefront: bad collections')
  if (!isIdList(newArrivals) || !isIdList(bestSellers)) throw new TypeError('storefront: bad product ids')
  return body as StorefrontContent
}

function isBlock(value: unknown): boolean {
  return isRecord(value) && (homeBlockTypes as readonly unknown[]).includes(value.type)
}

function isCollection(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.slug === 'string' &&
    isRecord(value.title) &&
    typeof value.title.en === 'string' &&
    (value.kind === 'manual' || value.kind === 'rule') &&
    isRecord(value.rule) &&
    Array.isArray(value.productIds)
  )
}

function isIdList(value: unknown): boolean {
  return Array.isArray(value) && value.every((id) => typeof id === 'string')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
