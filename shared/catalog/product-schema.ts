import { z } from 'zod'
import { localeQuery, localeTag } from '../i18n/locale-schema.ts'
import { marketQuery } from '../markets/market-prices-schema.ts'
import { catalogCursorPattern, parseCatalogCursor } from '../sync/catalog-cursor.ts'
import { syncLocalesParam, translatedLocales } from '../sync/catalog-locales.ts'
import { productSorts } from './product.ts'

export const maxPageSize = 100
export const maxSyncPageSize = 1000

/** A URL slug of a product or category. */
export const slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes')

/** Query of `GET /api/products`. `cursor` is the opaque `nextCursor` of the previous page. */
export const listProductsQuery = z
  .object({
    category: slug.optional(),
    sort: z.enum(productSorts).default('newest'),
    limit: z.coerce.number().int().min(1).max(maxPageSize).default(24),
    cursor: z.string().min(1).max(512).optional(),
    featured: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    locale: localeTag.optional(),
    ...marketQuery.shape,
  })
  .strict()
export type ListProductsQuery = z.infer<typeof listProductsQuery>

/** Query of `GET /api/products/:slug`: its language, and the market to price it in (decision 0026). */
export const productQuery = localeQuery.extend(marketQuery.shape)

export const productSlugParam = z.object({ slug })

/** Query of `GET /api/sync/catalog`: changes after the cursor `since` (shared/sync/catalog-cursor.ts). */
export const syncCatalogQuery = z
  .object({
    since: z
      .string()
      .regex(catalogCursorPattern, 'must be a cursor returned by an earlier pull')
      .default('x0')
      .transform(parseCatalogCursor),
    limit: z.coerce.number().int().min(1).max(maxSyncPageSize).default(500),
    /** The translations each row carries besides its default texts (shared/sync/catalog-locales.ts). */
    locales: syncLocalesParam.default([]),
  })
  .strict()
export type SyncCatalogQuery = z.infer<typeof syncCatalogQuery>

/** Query of `GET /api/sync/catalog/snapshot`: the pointer to the file with these locales' translations. */
/**
 * Query of `GET /api/sync/catalog/snapshot`. A snapshot starts a fresh device in its page's language:
 * one locale at most, so a server keeps at most one file per language (a set of several would let
 * any client make it build and hold one per combination).
 */
export const catalogSnapshotQuery = z
  .object({ locales: syncLocalesParam.default([]).refine((locales) => locales.length <= 1, 'one locale at most') })
  .strict()

/** Query of `GET /api/sync/catalog/texts`: one locale's texts, products after the id `after`. */
export const catalogTextsQuery = z
  .object({
    locale: z.enum(translatedLocales),
    after: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(maxSyncPageSize).default(1000),
  })
  .strict()
export type CatalogTextsQuery = z.infer<typeof catalogTextsQuery>
