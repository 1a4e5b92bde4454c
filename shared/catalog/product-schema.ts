import { z } from 'zod'
import { localeQuery, localeTag } from '../i18n/locale-schema.ts'
import { marketQuery } from '../markets/market-prices-schema.ts'
import { catalogCursorPattern, parseCatalogCursor } from '../sync/catalog-cursor.ts'
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
  })
  .strict()
export type SyncCatalogQuery = z.infer<typeof syncCatalogQuery>
