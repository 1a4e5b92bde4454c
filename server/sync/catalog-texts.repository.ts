/**
 * One locale's texts of the live catalog (`GET /api/sync/catalog/texts`): id and the translation
 * only, read straight out of the `translations` jsonb, so the answer stays a small part of the
 * catalog (no images, variants or default texts, which the device already holds).
 */
import { and, asc, gt, isNull, type SQL, sql } from 'drizzle-orm'
import type {
  CategoryTranslation,
  ProductTranslation,
  TranslatedLocale,
} from '../../shared/catalog/catalog-translation.ts'
import type { RowTexts } from '../../shared/sync/catalog-changes.ts'
import { categories, products } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

type TextTable = typeof categories | typeof products

function translationIn(table: TextTable, locale: TranslatedLocale) {
  return sql<unknown>`${table.translations} -> ${locale}::text`
}

function hasTranslation(table: TextTable, locale: TranslatedLocale): SQL {
  return sql`jsonb_typeof(${table.translations} -> ${locale}::text) = 'object'`
}

export async function categoryTexts(db: Db, locale: TranslatedLocale): Promise<RowTexts<CategoryTranslation>[]> {
  const rows = await db
    .select({ id: categories.id, translation: translationIn(categories, locale) })
    .from(categories)
    .where(and(isNull(categories.deletedAt), hasTranslation(categories, locale)))
    .orderBy(asc(categories.id))
  return rows.map((row) => ({ id: row.id, translation: parseJson(row.translation) as CategoryTranslation }))
}

/** Up to `limit` live products after the id `after` (uuid order) that have a translation in `locale`. */
export async function productTexts(
  db: Db,
  locale: TranslatedLocale,
  after: string | undefined,
  limit: number,
): Promise<RowTexts<ProductTranslation>[]> {
  const rows = await db
    .select({ id: products.id, translation: translationIn(products, locale) })
    .from(products)
    .where(
      and(
        isNull(products.deletedAt),
        hasTranslation(products, locale),
        after === undefined ? undefined : gt(products.id, after),
      ),
    )
    .orderBy(asc(products.id))
    .limit(limit)
  return rows.map((row) => ({ id: row.id, translation: parseJson(row.translation) as ProductTranslation }))
}

// A jsonb expression (not a typed column): postgres-js may hand it over as text, PGlite parses it.
function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value
}
