/**
 * Database targets for `*.db.test.ts`: every suite runs on an in-memory PGlite and, when it is
 * reachable, on a real PostgreSQL in a schema of its own (created, migrated, dropped afterwards).
 * An unreachable Postgres skips its target with the reason, unless STOREFRONT_REQUIRE_SERVICES=1
 * (CI), where it fails the suite instead.
 *
 * A PGlite suite loads its database from an image built once per run by the globalSetup
 * (test-database-setup.ts), already migrated and, when asked, seeded: much cheaper than initdb plus
 * every migration per suite. Without that globalSetup (another config) it starts empty and migrates.
 * A Postgres suite still migrates its own schema (a few hundred ms): a database per suite cloned with
 * `CREATE DATABASE … TEMPLATE` would not leave the data where query-plans.db.test.ts looks for it, a
 * client of its own on TEST_DATABASE_URL with `search_path` set to `database().schema`.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import postgres from 'postgres'
import { afterAll, beforeAll, inject, it } from 'vitest'
import { seedDemoCatalog } from '../catalog/seed-demo-catalog.ts'
import type { DbObserver } from '../observability/metrics.ts'
import { type Database, openDatabase } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { migrateDatabase } from '../platform/migrate.ts'

export type DatabaseTarget = {
  readonly name: 'pglite' | 'postgres'
  /** Why this target cannot run here; the suite reports one skipped test carrying the reason. */
  readonly skipReason: string | undefined
  /**
   * A database of its own, migrated, and with `seed` holding the demo catalog. With an `observer`,
   * every statement is reported to it (statement-counter.ts counts them).
   */
  open(observer?: DbObserver, options?: { seed?: boolean | undefined }): Promise<TestDatabase>
  /** A database of its own with no table at all: for tests of the migrations themselves. */
  openEmpty(): Promise<TestDatabase>
}

export type TestDatabase = Database & {
  readonly dispose: () => Promise<void>
  /**
   * Another handle on the same data, as a second server instance would open: a new connection pool
   * on the same Postgres schema; for PGlite (one in-process connection) the same handle.
   */
  readonly openAnother: () => Promise<Database>
}

// Read here rather than through server/env.ts: these configure the test run, not the server.
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const requireServices = process.env.STOREFRONT_REQUIRE_SERVICES === '1'

let reachability: Promise<string | undefined> | undefined

/** The targets to run a db suite on; use with `describe.each(await databaseTargets())`. */
export async function databaseTargets(): Promise<DatabaseTarget[]> {
  reachability ??= probePostgres(testDatabaseUrl)
  const unreachable = await reachability
  return [
    {
      name: 'pglite',
      skipReason: undefined,
      open: (observer, options) => openPgliteTarget(observer, options?.seed ?? false),
      openEmpty: () => openEmptyPglite(),
    },
    {
      name: 'postgres',
      skipReason:
        unreachable && !requireServices
          ? `PostgreSQL unreachable at ${redact(testDatabaseUrl)}: ${unreachable}`
          : undefined,
      open: (observer, options) => {
        if (unreachable) throw new Error(`STOREFRONT_REQUIRE_SERVICES=1 but PostgreSQL is unreachable: ${unreachable}`)
        return openPostgresTarget(observer, options?.seed ?? false)
      },
      openEmpty: () => {
        if (unreachable) throw new Error(`STOREFRONT_REQUIRE_SERVICES=1 but PostgreSQL is unreachable: ${unreachable}`)
        return openPostgresSchema(undefined)
      },
    },
  ]
}

export type TestDatabaseOptions = { seed?: boolean; observer?: DbObserver }

/**
 * Opens the target before the suite's tests (migrated, optionally seeded with the demo catalog) and
 * disposes of it afterwards. Returns a getter, as the database exists only once beforeAll ran.
 * For a skipped target it registers one skipped test naming the reason and returns null.
 */
export function useTestDatabase(
  target: DatabaseTarget,
  options: TestDatabaseOptions = {},
): (() => TestDatabase) | null {
  if (target.skipReason) {
    it.skip(`skipped: ${target.skipReason}`, () => {})
    return null
  }
  let database: TestDatabase | undefined
  beforeAll(async () => {
    database = await target.open(options.observer, { seed: options.seed })
  })
  afterAll(async () => {
    await database?.dispose()
  })
  return () => {
    if (!database) throw new Error('the test database is opened in beforeAll')
    return database
  }
}

/**
 * Migrates (a no-op on a database loaded from a migrated image) and seeds when asked (a no-op when
 * the catalog is already there), so a suite gets the same database with or without an image.
 */
async function prepared(database: TestDatabase, seed: boolean): Promise<TestDatabase> {
  try {
    await migrateDatabase(database.db, { schema: database.schema })
    if (seed) await seedDemoCatalog({ db: database.db, logger: createLogger('silent') })
    return database
  } catch (error) {
    await database.dispose()
    throw error
  }
}

async function openPgliteTarget(observer: DbObserver | undefined, seed: boolean): Promise<TestDatabase> {
  const images = inject('pgliteImages')
  const image = images ? new Blob([await readFile(seed ? images.seeded : images.migrated)]) : undefined
  const database = await openDatabase({ url: undefined, schema: undefined, pgliteDir: undefined }, observer, {
    pgliteLoadDataDir: image,
  })
  return prepared(
    { ...database, dispose: database.close, openAnother: async () => ({ ...database, close: async () => {} }) },
    seed,
  )
}

async function openEmptyPglite(): Promise<TestDatabase> {
  const database = await openDatabase({ url: undefined, schema: undefined, pgliteDir: undefined })
  return { ...database, dispose: database.close, openAnother: async () => ({ ...database, close: async () => {} }) }
}

async function openPostgresTarget(observer: DbObserver | undefined, seed: boolean): Promise<TestDatabase> {
  return prepared(await openPostgresSchema(observer), seed)
}

/** A schema of its own on the test server, dropped on dispose. */
async function openPostgresSchema(observer: DbObserver | undefined): Promise<TestDatabase> {
  const schema = `t_${randomBytes(6).toString('hex')}`
  await withAdmin((sql) => sql.unsafe(`create schema "${schema}"`))
  const database = await openDatabase({ url: testDatabaseUrl, schema, pgliteDir: undefined }, observer)
  return {
    ...database,
    openAnother: () => openDatabase({ url: testDatabaseUrl, schema, pgliteDir: undefined }),
    dispose: async () => {
      await database.close()
      await withAdmin((sql) => sql.unsafe(`drop schema if exists "${schema}" cascade`))
    },
  }
}

async function withAdmin<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(testDatabaseUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 })
  try {
    return await work(sql)
  } finally {
    await sql.end({ timeout: 5 })
  }
}

async function probePostgres(url: string): Promise<string | undefined> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 3 })
  try {
    await sql`select 1`
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {})
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@')
}
