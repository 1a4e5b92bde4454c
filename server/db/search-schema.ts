/**
 * Search analytics tables (DESIGN §5). Append-only facts: what was searched and what was clicked.
 * No foreign keys on purpose: a click must be recordable for any search id or product a client
 * sends (a stale tab, an offline index), and retention can prune searches without touching clicks.
 */
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' })

export const searchQueries = pgTable(
  'search_queries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The query as normalised by shared/search (lower case, no punctuation, single spaces). */
    query: text('query').notNull(),
    resultCount: integer('result_count').notNull(),
    /** An anonymous per-device id when the client sent one. */
    sessionId: text('session_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('search_queries_created_idx').on(t.createdAt),
    index('search_queries_query_idx').on(t.query, t.createdAt),
  ],
)

export const searchClicks = pgTable(
  'search_clicks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The search (search_queries.id) the click came from; null for results of the offline index. */
    searchId: uuid('search_id'),
    query: text('query').notNull(),
    productId: uuid('product_id').notNull(),
    /** 1-based rank of the clicked result. */
    position: integer('position').notNull(),
    sessionId: text('session_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('search_clicks_created_idx').on(t.createdAt), index('search_clicks_search_idx').on(t.searchId)],
)
