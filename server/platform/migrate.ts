/**
 * Applies server/db/migrations, keeping drizzle's bookkeeping table format so `drizzle-kit migrate`
 * and this function agree on what has run. Our own loop instead of drizzle's per-driver migrator
 * because it (a) works on the one `Db` type of both drivers, (b) takes an advisory lock so several
 * instances starting at once migrate once, and (c) can target a non-public schema: drizzle-kit
 * writes `"public".` qualifiers (sequences, foreign keys) that must then point at that schema.
 */
import { resolve } from 'node:path'
import { sql } from 'drizzle-orm'
import { type MigrationMeta, readMigrationFiles } from 'drizzle-orm/migrator'
import { z } from 'zod'
import type { Db } from './db.ts'
import { repoRoot } from './repo-root.ts'

// From the repository root, not this module: the compiled server runs from build/server/.
export const migrationsFolder = resolve(repoRoot, 'server/db/migrations')

const migrationLockKey = 7_311_001
const lastMigrationRow = z.object({ created_at: z.union([z.string(), z.number()]).transform(Number) })

/**
 * Run pending migrations. With `schema`, tables and bookkeeping live in that schema. `upTo` stops
 * after that many migrations (in order): a test fills a database shaped as an older release left it.
 */
export async function migrateDatabase(
  db: Db,
  options: { schema?: string | undefined; upTo?: number } = {},
): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder }).slice(0, options.upTo)
  const bookkeeping = options.schema ?? 'drizzle'
  const table = sql`${sql.identifier(bookkeeping)}.${sql.identifier('__drizzle_migrations')}`
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${migrationLockKey})`)
    await tx.execute(sql`create schema if not exists ${sql.identifier(bookkeeping)}`)
    await tx.execute(
      sql`create table if not exists ${table} (id serial primary key, hash text not null, created_at bigint)`,
    )
    const rows = await tx.execute(sql`select created_at from ${table} order by created_at desc limit 1`)
    const last = z.array(lastMigrationRow).parse(rowsOf(rows))[0]?.created_at ?? -1
    const pending = migrations.filter((m) => m.folderMillis > last)
    for (const migration of pending) {
      for (const statement of statementsFor(migration, options.schema)) await tx.execute(sql.raw(statement))
      await tx.execute(
        sql`insert into ${table} (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`,
      )
    }
    return pending.length
  })
}

function statementsFor(migration: MigrationMeta, schema: string | undefined): string[] {
  if (!schema) return migration.sql
  return migration.sql.map((statement) => statement.replaceAll('"public".', `"${schema}".`))
}

/** postgres-js returns the rows array itself, PGlite an object with `rows`. */
export function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result)) return result
  return z.object({ rows: z.array(z.unknown()) }).parse(result).rows
}
