/**
 * The SQL of the admin's translation editor: the texts of products and categories (English columns
 * and translations, no variants), and the write of a row's translations. The write goes through the
 * catalog trigger like any product edit, which stamps a new version, so the sync feed, the search
 * index and the cached catalog answers follow (decisions 0001, 0006).
 */
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm'
import type {
  CategoryTranslation,
  ProductTranslation,
  TranslatedLocale,
  Translations,
} from '../../shared/catalog/catalog-translation.ts'
import type { ProductOption } from '../../shared/catalog/product.ts'
import type { TranslationField } from '../../shared/catalog/translation-gaps.ts'
import { categories, products } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type ProductTexts = {
  readonly id: string
  readonly slug: string
  readonly version: number
  readonly name: string
  readonly description: string
  readonly options: ProductOption[]
  readonly translations: Translations<ProductTranslation>
}

export type CategoryTexts = {
  readonly id: string
  readonly slug: string
  readonly version: number
  readonly name: string
  readonly description: string
  readonly translations: Translations<CategoryTranslation>
}

const productTexts = {
  id: products.id,
  slug: products.slug,
  version: products.version,
  name: products.name,
  description: products.description,
  options: products.options,
  translations: products.translations,
}

const categoryTexts = {
  id: categories.id,
  slug: categories.slug,
  version: categories.version,
  name: categories.name,
  description: categories.description,
  translations: categories.translations,
}

/** Qualified, as the gap conditions below run inside subqueries over other relations. */
const column = (name: string) => sql`${products}.${sql.identifier(name)}`

const isBlank = (text: SQL) => sql`coalesce(btrim(${text}), '') = ''`

/**
 * Whether a product lacks each kind of text in `locale`, as SQL: the same rules as
 * shared/catalog/translation-gaps.ts `productTranslationGaps` (its table-driven tests define them),
 * so the counts and the "missing" filter need not load every product's texts.
 */
function productGapConditions(locale: TranslatedLocale): Record<TranslationField, SQL> {
  const translation = sql`(${column('translations')} -> ${locale}::text)`
  const option = sql`(${translation} -> 'options' -> (o.value ->> 'code'))`
  return {
    name: sql`(btrim(${column('name')}) <> '' and ${isBlank(sql`${translation} ->> 'name'`)})`,
    description: sql`(btrim(${column('description')}) <> '' and ${isBlank(sql`${translation} ->> 'description'`)})`,
    options: sql`exists (
      select 1 from jsonb_array_elements(${column('options')}) as o(value)
      where ${isBlank(sql`${option} ->> 'name'`)} or exists (
        select 1 from jsonb_array_elements(o.value -> 'values') as v(value)
        where ${isBlank(sql`${option} -> 'values' ->> (v.value ->> 'code')`)}))`,
  }
}

export function productLacksAny(locale: TranslatedLocale): SQL {
  const gaps = productGapConditions(locale)
  return sql`(${gaps.name} or ${gaps.description} or ${gaps.options})`
}

export type ProductTextsFilter = {
  readonly search: string | undefined
  readonly missing: TranslatedLocale | undefined
  readonly after: { readonly name: string; readonly id: string } | null
  readonly limit: number
}

/** One keyset page of products on sale by English name, matching the filter; `limit` rows at most. */
export async function listLiveProductTexts(db: Db, filter: ProductTextsFilter): Promise<ProductTexts[]> {
  const pattern = filter.search ? `%${filter.search.replace(/[\\%_]/g, (char) => `\\${char}`)}%` : undefined
  return db
    .select(productTexts)
    .from(products)
    .where(
      and(
        isNull(products.deletedAt),
        pattern ? sql`(${products.name} ilike ${pattern} or ${products.slug} ilike ${pattern})` : undefined,
        filter.missing ? productLacksAny(filter.missing) : undefined,
        filter.after
          ? sql`(${products.name}, ${products.id}) > (${filter.after.name}::text, ${filter.after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(products.name), asc(products.id))
    .limit(filter.limit)
}

/**
 * Per locale, how many products on sale lack each kind of text and any text, and how many there are:
 * each condition evaluated once per row (inner select), then counted (outer).
 */
export async function countProductGaps(
  db: Db,
  locales: readonly TranslatedLocale[],
): Promise<{ total: number; missing: Record<string, number> }> {
  const fields = ['name', 'description', 'options'] as const
  const flags: Record<string, SQL.Aliased<boolean>> = {}
  for (const locale of locales) {
    const gaps = productGapConditions(locale)
    for (const field of fields) flags[`${locale}_${field}`] = sql<boolean>`${gaps[field]}`.as(`${locale}_${field}`)
  }
  const perRow = db.select(flags).from(products).where(isNull(products.deletedAt)).as('gaps')
  const flag = (key: string) => sql`${sql.identifier('gaps')}.${sql.identifier(key)}`
  const counts: Record<string, SQL<number>> = { total: sql<number>`count(*)::integer` }
  for (const locale of locales) {
    for (const field of fields)
      counts[`${locale}.${field}`] = sql<number>`(count(*) filter (where ${flag(`${locale}_${field}`)}))::integer`
    const any = sql.join(
      fields.map((field) => flag(`${locale}_${field}`)),
      sql` or `,
    )
    counts[`${locale}.any`] = sql<number>`(count(*) filter (where ${any}))::integer`
  }
  const [row] = await db.select(counts).from(perRow)
  const { total = 0, ...missing } = Object.fromEntries(
    Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)]),
  )
  return { total, missing }
}

export async function listLiveCategoryTexts(db: Db): Promise<CategoryTexts[]> {
  const rows = await db
    .select(categoryTexts)
    .from(categories)
    .where(isNull(categories.deletedAt))
    .orderBy(asc(categories.position), asc(categories.id))
  return rows
}

/** The product's texts; `lock` holds the row until the transaction ends, for a read-merge-write. */
export async function findProductTexts(db: Db, id: string, lock = false): Promise<ProductTexts | null> {
  const query = db.select(productTexts).from(products).where(eq(products.id, id))
  const [row] = lock ? await query.for('update') : await query
  return row ?? null
}

export async function findCategoryTexts(db: Db, id: string, lock = false): Promise<CategoryTexts | null> {
  const query = db.select(categoryTexts).from(categories).where(eq(categories.id, id))
  const [row] = lock ? await query.for('update') : await query
  return row ?? null
}

export async function writeProductTranslations(
  db: Db,
  id: string,
  translations: Translations<ProductTranslation>,
): Promise<ProductTexts> {
  const [row] = await db.update(products).set({ translations }).where(eq(products.id, id)).returning(productTexts)
  if (!row) throw new Error(`product ${id} vanished under its lock`)
  return row
}

export async function writeCategoryTranslations(
  db: Db,
  id: string,
  translations: Translations<CategoryTranslation>,
): Promise<CategoryTexts> {
  const [row] = await db.update(categories).set({ translations }).where(eq(categories.id, id)).returning(categoryTexts)
  if (!row) throw new Error(`category ${id} vanished under its lock`)
  return row
}
