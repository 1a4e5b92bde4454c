/**
 * The browser's search index, in a Web Worker so building it (a second or so for a big catalog) and
 * answering queries never block typing or scrolling. It reads the catalog from Dexie itself — the
 * page only says when to start (after its first paint), in which language, and when the catalog
 * changed — and runs the same engine as the server, in the app's language over the texts the
 * device holds in it (default-language texts where a product has none; decision 0029).
 */
import type { Category } from '../../shared/catalog/product.ts'
import { defaultLocale, type Locale } from '../../shared/i18n/locales.ts'
import { createSearchEngine } from '../../shared/search/search-engine.ts'
import { readCatalogCursor } from '../local-data/catalog-meta.ts'
import { openLocalDb } from '../local-data/local-db.ts'
import type { FromWorker, LocalIndexStatus, ToWorker } from './search-protocol.ts'

// The app's tsconfig carries the DOM library, not WebWorker; this is the part of the worker scope used here.
type WorkerScope = {
  postMessage(message: FromWorker): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void
}
const scope = self as unknown as WorkerScope

const post = (message: FromWorker) => scope.postMessage(message)
const setStatus = (status: LocalIndexStatus) => post({ type: 'status', status })

const db = openLocalDb({
  // Another tab upgraded the database: this worker's code is stale, like its page's.
  onVersionChange: () => {
    db.close()
    setStatus({ state: 'failed', reason: 'reload' })
  },
  onBlocked: () => {},
})
let locale: Locale = defaultLocale
let engine = createSearchEngine({ locale })
/** What the index holds, to tell from Dexie what changed: highest version seen, ids present. */
let indexedVersion = 0
let productIds = new Set<string>()
let categories = new Map<string, Category>()
/**
 * The catalog cursor when the index was built. Empty: the device had no complete catalog then (a
 * snapshot file being stored arrives in file order, not version order), so catching up by version
 * could miss rows: the next refresh builds afresh instead.
 */
let builtAtCursor = ''

/** Reads the whole local catalog into a new engine, which replaces the one answering so far. */
async function build(): Promise<void> {
  const started = performance.now()
  const [allCategories, products, cursor] = await db.transaction('r', db.categories, db.products, db.meta, () =>
    Promise.all([db.categories.toArray(), db.products.toArray(), readCatalogCursor(db)]),
  )
  const fresh = createSearchEngine({ locale })
  fresh.applyChanges({ categories: allCategories, products })
  engine = fresh
  categories = new Map(allCategories.map((category) => [category.id, category]))
  productIds = new Set(products.map((product) => product.id))
  indexedVersion = highestVersion(0, allCategories, products)
  builtAtCursor = cursor
  setStatus({ state: 'ready', products: engine.size(), buildMs: Math.round(performance.now() - started) })
}

/**
 * Catch up with Dexie: rows with a higher version are new or changed; ids gone from Dexie were
 * deleted (the local copy keeps no tombstones), which only a changed count or changed rows can signal.
 */
async function update(): Promise<void> {
  if (builtAtCursor === '') return build()
  const [allCategories, changed, count] = await db.transaction(
    'r',
    db.categories,
    db.products,
    async () =>
      [
        await db.categories.toArray(),
        await db.products.where('version').above(indexedVersion).toArray(),
        await db.products.count(),
      ] as const,
  )
  const liveCategoryIds = new Set<string>(allCategories.map((category) => category.id))
  const deletedCategoryIds = [...categories.keys()].filter((id) => !liveCategoryIds.has(id))
  const changedCategories = allCategories.filter((category) => category.version > indexedVersion)
  let deletedProductIds: string[] = []
  if (changed.length > 0 || count !== productIds.size) {
    const present = new Set((await db.products.toCollection().primaryKeys()).map(String))
    deletedProductIds = [...productIds].filter((id) => !present.has(id))
    productIds = present
  }
  engine.applyChanges({ categories: changedCategories, products: changed, deletedCategoryIds, deletedProductIds })
  categories = new Map(allCategories.map((category) => [category.id, category]))
  indexedVersion = highestVersion(indexedVersion, changedCategories, changed)
  setStatus({ state: 'ready', products: engine.size(), buildMs: 0 })
}

function highestVersion(start: number, ...tables: readonly (readonly { readonly version: number }[])[]): number {
  let highest = start
  for (const rows of tables) for (const row of rows) if (row.version > highest) highest = row.version
  return highest
}

/** Started by the page once it may run background work (or by the first question, which cannot wait). */
let built: Promise<void> | undefined
let updating: Promise<void> = Promise.resolve()
let updateQueued = false

function ensureBuilt(): Promise<void> {
  if (built) return built
  setStatus({ state: 'building' })
  built = build()
  updating = built.catch(() => {})
  built.catch((error: unknown) => {
    console.error('building the search index failed', error)
    setStatus({ state: 'failed', reason: 'error' })
  })
  return built
}

/**
 * A new language, or new texts in it: the whole index is built again (every document's texts may
 * change). Questions asked meanwhile wait for it rather than get answers in the old language.
 */
function rebuild(): void {
  if (!built) return
  setStatus({ state: 'building' })
  const next = updating.then(() => build())
  built = next
  updating = next.catch((error: unknown) => {
    console.error('rebuilding the search index failed', error)
    setStatus({ state: 'failed', reason: 'error' })
  })
}

/** Updates run one at a time; refreshes that arrive meanwhile fold into one more run. */
function scheduleUpdate(): void {
  if (updateQueued) return
  updateQueued = true
  updating = updating
    .then(() => {
      updateQueued = false
      return update()
    })
    .catch((error: unknown) => console.error('search index update failed', error))
}

scope.addEventListener('message', (event) => {
  const message = event.data
  if (message.type === 'build') {
    void ensureBuilt()
    return
  }
  if (message.type === 'refresh') {
    // Before the build there is nothing to catch up: the build reads the catalog as it is then.
    if (built) scheduleUpdate()
    return
  }
  if (message.type === 'language') {
    if (message.locale === locale) return
    locale = message.locale
    rebuild()
    return
  }
  if (message.type === 'texts') {
    // Translations never change the default language's texts.
    if (locale !== defaultLocale) rebuild()
    return
  }
  ensureBuilt()
    .then(() => {
      if (message.type === 'search') post({ type: 'search', id: message.id, results: engine.search(message.request) })
      else post({ type: 'suggest', id: message.id, results: engine.suggest(message.query, message.limit) })
    })
    .catch((error: unknown) =>
      post({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) }),
    )
})
