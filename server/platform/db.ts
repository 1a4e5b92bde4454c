/**
 * One database handle for both engines: the embedded PGlite (zero setup, DESIGN §2) and PostgreSQL
 * through postgres-js when DATABASE_URL is set. Code above this file sees only `Db`.
 */
import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import * as coreSchema from '../db/schema.ts'
import * as searchSchema from '../db/search-schema.ts'
import type { DatabaseConfig } from '../env.ts'
import { instrumentPglite, instrumentPostgres } from '../observability/db-instrumentation.ts'
import type { DbObserver } from '../observability/metrics.ts'

// Feature tables kept in files of their own are merged here, so relational queries see them all.
const schema = { ...coreSchema, ...searchSchema }
export type DbSchema = typeof schema
/** The drizzle database both drivers satisfy; transactions are `Db` too. */
export type Db = PgDatabase<PgQueryResultHKT, DbSchema>

export type Database = {
  readonly db: Db
  readonly kind: 'pglite' | 'postgres'
  /** The Postgres schema in use, when not the default. */
  readonly schema: string | undefined
  ping(): Promise<void>
  close(): Promise<void>
}

export type OpenDatabaseOptions = {
  /** PGlite only: start from this data directory tarball (`dumpDataDir()`) instead of an empty database. */
  readonly pgliteLoadDataDir?: Blob | undefined
}

/** With an `observer`, every statement is timed and traced (server/observability/db-instrumentation.ts). */
export async function openDatabase(
  config: DatabaseConfig,
  observer?: DbObserver,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  return config.url
    ? openPostgres(config.url, config.schema, observer)
    : openPglite(config.pgliteDir, config.schema, observer, options.pgliteLoadDataDir)
}

function openPostgres(url: string, schemaName: string | undefined, observer: DbObserver | undefined): Database {
  const client = postgres(url, {
    max: 10,
    onnotice: () => {}, // "relation already exists, skipping" notices from idempotent DDL are noise
    // A startup parameter applies to every pooled connection, unlike a one-off SET.
    connection: schemaName ? { search_path: schemaName } : {},
  })
  const db: Db = drizzlePostgres(observer ? instrumentPostgres(client, observer) : client, { schema })
  return {
    db,
    kind: 'postgres',
    schema: schemaName,
    ping: () => pingDb(db),
    close: () => client.end({ timeout: 5 }),
  }
}

async function openPglite(
  dataDir: string | undefined,
  schemaName: string | undefined,
  observer: DbObserver | undefined,
  loadDataDir: Blob | undefined,
): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const client = dataDir ? new PGlite(dataDir, { loadDataDir }) : new PGlite(loadDataDir ? { loadDataDir } : {})
  await client.waitReady
  if (schemaName) {
    // PGlite is a single connection, so one SET covers every later query.
    await client.exec(`CREATE SCHEMA IF NOT EXISTS "${schemaName}"; SET search_path TO "${schemaName}"`)
  }
  const db: Db = drizzlePglite(observer ? instrumentPglite(client, observer) : client, { schema })
  return {
    db,
    kind: 'pglite',
    schema: schemaName,
    ping: () => pingDb(db),
    close: () => client.close(),
  }
}

async function pingDb(db: Db): Promise<void> {
  await db.execute(sql`select 1`)
}
