import type { CatalogTextsQuery } from '../../shared/catalog/product-schema.ts'
import type { CatalogTexts } from '../../shared/sync/catalog-changes.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { categoryTexts, productTexts } from './catalog-texts.repository.ts'

/**
 * One page of a locale's texts. No cursor of its own and no transaction across pages: the device
 * asks for them before its next feed pull, which from then on carries the locale, so a row changed
 * while the pages are read arrives again, whole, through the feed (decision 0027).
 */
export async function pullCatalogTexts(deps: Pick<AppDeps, 'db'>, query: CatalogTextsQuery): Promise<CatalogTexts> {
  const { locale, after, limit } = query
  const [categories, products] = await Promise.all([
    after === undefined ? categoryTexts(deps.db, locale) : [],
    productTexts(deps.db, locale, after, limit + 1),
  ])
  const page = products.slice(0, limit)
  return {
    locale,
    categories,
    products: page,
    next: products.length > limit ? (page.at(-1)?.id ?? null) : null,
  }
}
