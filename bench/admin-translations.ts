// Prints how long the admin's translation summary (missing counts per language) and one page of the
// "missing in French" list take on a shop-sized catalog (server/test-support/large-dataset.ts: 100k
// products, half of them with a French name), on PostgreSQL (TEST_DATABASE_URL, a schema of its own,
// dropped at the end). Usage: npx tsx bench/admin-translations.ts
import { sql } from 'drizzle-orm'
import { listProductTranslations, translationSummary } from '../server/catalog/admin-translations.service.ts'
import { openDatabase } from '../server/platform/db.ts'
import { migrateDatabase } from '../server/platform/migrate.ts'
import { fillLargeDataset } from '../server/test-support/large-dataset.ts'

const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const schema = `tr_bench_${process.pid}`
const admin = await openDatabase({ url: postgresUrl, schema: undefined, pgliteDir: undefined })
await admin.db.execute(sql.raw(`create schema ${schema}`))
const database = await openDatabase({ url: postgresUrl, schema, pgliteDir: undefined })
try {
  await migrateDatabase(database.db, { schema })
  await fillLargeDataset(database.db)
  // Half the products get a French name.
  await database.db.execute(
    sql`update products set translations = jsonb_build_object('fr', jsonb_build_object('name', 'Produit ' || name)) where random() < 0.5`,
  )
  const deps = { db: database.db }
  for (const run of [1, 2, 3]) {
    let t = performance.now()
    const summary = await translationSummary(deps)
    const summaryMs = performance.now() - t
    t = performance.now()
    const page = await listProductTranslations(deps, { limit: 50, missing: 'fr' })
    const listMs = performance.now() - t
    console.log(
      `run ${run}: ${summary.products.total} products, summary ${summaryMs.toFixed(0)} ms, list (missing fr) ${listMs.toFixed(0)} ms, ${page.items.length} items, fr missing any ${summary.products.missing.fr.any}`,
    )
  }
} finally {
  await admin.db.execute(sql.raw(`drop schema ${schema} cascade`))
  await database.close()
  await admin.close()
}
