import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  char,
  check,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import type { ProductImage } from '../../shared/catalog/product.ts'
import type { CurrencyCode } from '../../shared/money.ts'

/**
 * One change counter for everything the client mirrors (DESIGN §3). The value is assigned by the
 * `catalog_stamp_version` trigger (see the custom migration), never by application code, so any
 * write — including hand-written SQL — moves a row past every sync cursor that has seen it.
 */
export const catalogVersion = pgSequence('catalog_version', { startWith: 1, increment: 1 })

// Millisecond precision so a timestamp survives the round trip through a JS Date and a cursor.
const timestamptz = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' })

const versionColumns = {
  version: bigint('version', { mode: 'number' }).notNull().default(sql`nextval('catalog_version')`),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  deletedAt: timestamptz('deleted_at'),
}

export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    position: integer('position').notNull(),
    ...versionColumns,
  },
  (t) => [index('categories_version_idx').on(t.version), index('categories_position_idx').on(t.position)],
)

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    brand: text('brand').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    price: integer('price').notNull(),
    currency: char('currency', { length: 3 }).$type<CurrencyCode>().notNull(),
    stock: integer('stock').notNull(),
    featured: boolean('featured').notNull().default(false),
    images: jsonb('images').$type<ProductImage[]>().notNull().default([]),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    ...versionColumns,
  },
  (t) => [
    check('products_price_non_negative', sql`${t.price} >= 0`),
    check('products_stock_non_negative', sql`${t.stock} >= 0`),
    // Keyset pagination: (sort key, id) per sort, with and without a category filter.
    index('products_created_idx').on(t.createdAt, t.id),
    index('products_price_idx').on(t.price, t.id),
    index('products_category_created_idx').on(t.categoryId, t.createdAt, t.id),
    index('products_category_price_idx').on(t.categoryId, t.price, t.id),
    index('products_version_idx').on(t.version),
  ],
)
