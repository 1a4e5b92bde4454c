/**
 * Validation of the search API's input (server side; the browser does not ship zod). The query
 * string of `GET /api/search` is also the search page's URL, so links and the back button work.
 */
import { z } from 'zod'
import { localeTag } from '../i18n/locale-schema.ts'
import { isOptionToken } from './option-values.ts'
import {
  defaultPageSize,
  maxFilterValues,
  maxPage,
  maxPageSize,
  maxQueryLength,
  type RatingFloor,
  suggestLimit,
} from './ranking.ts'
import { type SearchRequest, searchSorts } from './search-types.ts'

const slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes')

/** A repeated query parameter arrives as an array, a single one as a string. */
function oneOrMany<T extends z.ZodType<string>>(item: T) {
  return z
    .union([item, z.array(item).max(maxFilterValues, `at most ${maxFilterValues} values`)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
}

const minorUnits = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,11})$/, 'must be a non-negative whole number of minor units')
  .transform(Number)

/** Search text as typed (or normalised), bounded. */
export const searchQueryText = z.string().max(maxQueryLength, `must be at most ${maxQueryLength} characters`)

/** A floor of the rating facet (ranking.ts `ratingFloors`): "4" or "3" stars & up. */
const ratingFloor = z.enum(['4', '3']).transform((value): RatingFloor => (value === '4' ? 4 : 3))

/** `GET /api/search?q=&category=&brand=&option=&minPrice=&maxPrice=&inStock=&minRating=&sort=&page=&limit=&verbatim=&locale=` */
export const searchQuery = z
  .object({
    q: searchQueryText.default(''),
    category: oneOrMany(slug).optional(),
    brand: oneOrMany(z.string().min(1).max(80)).optional(),
    option: oneOrMany(z.string().refine(isOptionToken, 'must be an option code and a value code: size:42')).optional(),
    minPrice: minorUnits.optional(),
    maxPrice: minorUnits.optional(),
    inStock: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional(),
    minRating: ratingFloor.optional(),
    sort: z.enum(searchSorts).default('relevance'),
    page: z.coerce.number().int().min(1).max(maxPage).default(1),
    limit: z.coerce.number().int().min(1).max(maxPageSize).default(defaultPageSize),
    verbatim: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional(),
    // The language to search in (decision 0029), checked here and read by the route apart: the
    // request stays the same in every language, as the page's URL (whose prefix is its locale).
    locale: localeTag.optional(),
  })
  .strict()
  .refine((q) => q.minPrice === undefined || q.maxPrice === undefined || q.minPrice <= q.maxPrice, {
    message: 'must not be greater than maxPrice',
    path: ['minPrice'],
  })
  .transform(
    (q): SearchRequest => ({
      q: q.q,
      categories: q.category ?? [],
      brands: q.brand ?? [],
      minPrice: q.minPrice ?? null,
      maxPrice: q.maxPrice ?? null,
      options: q.option ?? [],
      inStock: q.inStock ?? null,
      minRating: q.minRating ?? null,
      sort: q.sort,
      page: q.page,
      pageSize: q.limit,
      ...(q.verbatim ? { verbatim: true } : {}),
    }),
  )

/** `GET /api/search/suggest?q=&limit=&locale=` */
export const suggestQuery = z
  .object({
    q: searchQueryText.default(''),
    limit: z.coerce.number().int().min(1).max(suggestLimit).default(suggestLimit),
    locale: localeTag.optional(),
  })
  .strict()
export type SuggestQuery = z.infer<typeof suggestQuery>

/** `POST /api/search/clicks`: a shopper opened a result. */
export const searchClickInput = z
  .object({
    query: searchQueryText.min(1),
    productId: z.uuid(),
    /** 1-based rank of the result in the list the shopper saw. */
    position: z
      .number()
      .int()
      .min(1)
      .max(maxPage * maxPageSize),
    /** `searchId` of the search answer the result came from; absent for offline results. */
    searchId: z.uuid().optional(),
  })
  .strict()
export type SearchClickInput = z.infer<typeof searchClickInput>

/** The optional anonymous device id sent as `X-Anonymous-Id`. */
export const anonymousIdHeader = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)

/** A UTC calendar day, `YYYY-MM-DD` (what a date input sends). */
const calendarDay = z.iso.date({ error: 'must be a date as YYYY-MM-DD' })

/**
 * `GET /api/admin/search-analytics?from=&to=`: whole days, both included; a missing end defaults
 * (search-analytics.ts: `to` today, `from` 30 days up to `to`). The order and the length of the
 * period are checked by the service once the defaults are filled in.
 */
export const searchAnalyticsQuery = z.object({ from: calendarDay.optional(), to: calendarDay.optional() }).strict()
