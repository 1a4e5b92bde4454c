/**
 * A digest of every application table (row count + md5 of the rows' text), to prove a rejected
 * write changed nothing: take one before the request, one after, compare.
 */
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../platform/db.ts'
import { rowsOf } from '../platform/migrate.ts'

/**
 * What may change on a request that is refused, and why. Anything not listed here is compared whole.
 * Columns are left out of a table's rows; a table mapped to `'*'` is left out entirely.
 */
export const changesAllowedOnRejection: Readonly<Record<string, '*' | readonly string[]>> = {
  // An API key's use is counted (and last_used_at moved) once the key is accepted, before the route
  // validates its input: the audit log records attempts, not only successes (decision 0009).
  api_key_audit: '*',
  api_keys: ['last_used_at'],
}

export type DatabaseDigest = Readonly<Record<string, string>>

const tableNames = z.array(z.object({ table_name: z.string() }))
const digestRows = z.array(z.object({ table_name: z.string(), digest: z.string() }))

/** The application tables of the current schema (the migrations' bookkeeping lives elsewhere). */
export async function applicationTables(db: Db): Promise<string[]> {
  const result = await db.execute(
    sql`select table_name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  )
  return tableNames
    .parse(rowsOf(result))
    .map((row) => row.table_name)
    .filter((name) => changesAllowedOnRejection[name] !== '*')
}

/** One query over all `tables`: `count:md5` of each table's rows, ignoring the allowed columns. */
export async function digestDatabase(db: Db, tables: readonly string[]): Promise<DatabaseDigest> {
  const perTable = tables.map((table) => {
    const ignored = changesAllowedOnRejection[table]
    const row =
      Array.isArray(ignored) && ignored.length > 0
        ? sql`(to_jsonb(t) - ${sql.raw(`array[${ignored.map((c) => `'${c}'`).join(',')}]`)})::text`
        : sql`to_jsonb(t)::text`
    return sql`select ${table}::text as table_name,
      count(*) || ':' || coalesce(md5(string_agg(${row}, '|' order by ${row})), '') as digest
      from ${sql.identifier(table)} t`
  })
  const result = await db.execute(sql.join(perTable, sql` union all `))
  return Object.fromEntries(digestRows.parse(rowsOf(result)).map((row) => [row.table_name, row.digest]))
}

/** The tables whose digest differs between two snapshots. */
export function changedTables(before: DatabaseDigest, after: DatabaseDigest): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table])
}
