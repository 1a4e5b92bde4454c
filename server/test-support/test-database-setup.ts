/**
 * Vitest globalSetup: builds the starting images of the test databases once per run, so each
 * `*.db.test.ts` suite opens an already-migrated (and, with `{ seed: true }`, seeded) database
 * instead of running every migration itself (server/test-support/test-database.ts).
 *
 * PGlite: one in-memory database is migrated, dumped (`dumpDataDir`), seeded and dumped again; the
 * two tarballs go to a temporary directory, and every suite loads its own PGlite from one of them.
 * Loading a data directory also skips initdb, the larger part of opening an empty PGlite.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import type { TestProject } from 'vitest/node'
import { seedDemoCatalog } from '../catalog/seed-demo-catalog.ts'
import { openDatabase } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { migrateDatabase } from '../platform/migrate.ts'

export type PgliteImages = { readonly migrated: string; readonly seeded: string }

declare module 'vitest' {
  export interface ProvidedContext {
    /** Paths of the PGlite data directory tarballs; absent when this globalSetup did not run. */
    pgliteImages: PgliteImages | undefined
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'storefront-test-db-'))
  try {
    project.provide('pgliteImages', await buildPgliteImages(dir))
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
  return async () => {
    await rm(dir, { recursive: true, force: true })
  }
}

async function buildPgliteImages(dir: string): Promise<PgliteImages> {
  const database = await openDatabase({ url: undefined, schema: undefined, pgliteDir: undefined })
  try {
    // drizzle keeps the driver's client as `$client`; openDatabase without an observer passes PGlite itself.
    const client = (database.db as unknown as { $client: unknown }).$client
    if (!(client instanceof PGlite)) throw new Error('expected openDatabase to return a PGlite-backed db')
    await migrateDatabase(database.db)
    const migrated = join(dir, 'pglite-migrated.tar')
    await writeFile(migrated, await tarball(client))
    await seedDemoCatalog({ db: database.db, logger: createLogger('silent') })
    const seeded = join(dir, 'pglite-seeded.tar')
    await writeFile(seeded, await tarball(client))
    return { migrated, seeded }
  } finally {
    await database.close()
  }
}

async function tarball(client: PGlite): Promise<Uint8Array> {
  const dump = await client.dumpDataDir('none') // uncompressed: loads faster, and it is only a temp file
  return new Uint8Array(await dump.arrayBuffer())
}
