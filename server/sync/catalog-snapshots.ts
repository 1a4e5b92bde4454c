/**
 * This instance's catalog snapshots (catalog-snapshot.ts): the current one and the one before it, so
 * a client that read the pointer just before a rebuild still gets its file. The first is built when
 * first asked for; after that, a catalog change schedules a rebuild in the background (debounced)
 * and requests keep getting the current snapshot until the new one is ready, never waiting on a build.
 *
 * A snapshot only has to be a good starting point: the client pulls every change since its cursor
 * right after applying it. So rebuilds are rare and coarse: `quietMs` after the last change, and at
 * most `maxStaleMs` after the first change not in the current snapshot when changes never stop (a
 * checkout changes stock). Between rebuilds the client's first pull of changes grows by whatever
 * changed meanwhile, one page or two.
 */
import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import { formatLocales } from '../../shared/sync/catalog-locales.ts'
import { catalogChannel } from '../events/catalog-changed.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import type { Logger } from '../platform/logger.ts'
import { buildCatalogSnapshot, type CatalogSnapshot, SnapshotRaceError } from './catalog-snapshot.ts'

export type CatalogSnapshots = {
  /** The current snapshot; the first call builds it (concurrent callers share that build). */
  current(): Promise<CatalogSnapshot>
  /** The current or the previous snapshot with this hash, if this instance has it. */
  find(hash: string): CatalogSnapshot | undefined
  /** The catalog changed: rebuild in the background, debounced. */
  changed(): void
  /** Cancels a scheduled rebuild; resolves once a running one finished. */
  stop(): Promise<void>
}

export type CatalogSnapshotsOptions = {
  readonly quietMs?: number
  readonly maxStaleMs?: number
  readonly build?: (db: Db) => Promise<CatalogSnapshot>
}

const defaults = { quietMs: 15_000, maxStaleMs: 10 * 60_000 } as const
/** A product deleted between the plan and its batch: read again at once, a few times. */
const raceRetries = 3

export function createCatalogSnapshots(
  deps: { readonly db: Db; readonly logger: Logger },
  options: CatalogSnapshotsOptions = {},
): CatalogSnapshots {
  const { quietMs, maxStaleMs } = { ...defaults, ...options }
  const build = options.build ?? ((db: Db) => buildCatalogSnapshot(db))
  const log = deps.logger.child({ component: 'catalog-snapshot' })
  let latest: CatalogSnapshot | undefined
  let previous: CatalogSnapshot | undefined
  let running: Promise<CatalogSnapshot> | undefined
  let rerun = false
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  /** When the first change the current snapshot does not hold was heard of. */
  let dirtySince: number | undefined

  async function buildWithRetries(): Promise<CatalogSnapshot> {
    for (let attempt = 1; ; attempt++) {
      const started = performance.now()
      try {
        const snapshot = await build(deps.db)
        const { products, bytes } = snapshot.pointer
        const ms = Math.round(performance.now() - started)
        log.info(
          { hash: snapshot.hash, products, bytes, br: snapshot.body.br.byteLength, ms },
          'catalog snapshot built',
        )
        return snapshot
      } catch (error) {
        if (!(error instanceof SnapshotRaceError) || attempt >= raceRetries) throw error
      }
    }
  }

  function startBuild(): Promise<CatalogSnapshot> {
    dirtySince = undefined
    const thisBuild = buildWithRetries()
      .then((snapshot) => {
        if (snapshot.hash !== latest?.hash) {
          previous = latest
          latest = snapshot
        }
        return snapshot
      })
      .finally(() => {
        running = undefined
        if (rerun && !stopped) {
          rerun = false
          startBuild().catch((error: unknown) => log.error({ err: error }, 'catalog snapshot rebuild failed'))
        }
      })
    running = thisBuild
    return thisBuild
  }

  function rebuildNow(): void {
    timer = undefined
    if (stopped) return
    if (running) {
      rerun = true
      return
    }
    startBuild().catch((error: unknown) => log.error({ err: error }, 'catalog snapshot rebuild failed'))
  }

  return {
    async current() {
      if (latest) return latest
      return running ?? startBuild()
    },
    find: (hash) => (latest?.hash === hash ? latest : previous?.hash === hash ? previous : undefined),
    changed() {
      // Nothing built yet: the first request builds from the data as it is then.
      if (stopped || (!latest && !running)) return
      const now = Date.now()
      dirtySince ??= now
      clearTimeout(timer)
      timer = setTimeout(rebuildNow, Math.max(0, Math.min(now + quietMs, dirtySince + maxStaleMs) - now))
      timer.unref?.()
    },
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running?.catch(() => {})
    },
  }
}

/**
 * The snapshots of one app (keyed by its deps), one store per locale set (a fresh device asks for the
 * file with its shopper's locale: in practice one set per shop language), each made on first use. A
 * WeakMap rather than a field of the deps only so that server/app.ts need not change; it lives and
 * goes with the app.
 */
const snapshotsByApp = new WeakMap<AppDeps, Map<string, CatalogSnapshots>>()

/** @param locales canonical (shared/sync/catalog-locales.ts): the translations the file's rows carry. */
export function catalogSnapshotsOf(deps: AppDeps, locales: readonly TranslatedLocale[] = []): CatalogSnapshots {
  let sets = snapshotsByApp.get(deps)
  if (!sets) {
    sets = new Map()
    snapshotsByApp.set(deps, sets)
  }
  const key = formatLocales(locales)
  const known = sets.get(key)
  if (known) return known
  const snapshots = createCatalogSnapshots(deps, { build: (db) => buildCatalogSnapshot(db, { locales }) })
  sets.set(key, snapshots)
  followCatalogChangesForSnapshots(deps, snapshots)
  return snapshots
}

/** The current or previous snapshot file with this hash, whatever its locales, if this instance has it. */
export function findCatalogSnapshot(deps: AppDeps, hash: string): CatalogSnapshot | undefined {
  for (const snapshots of snapshotsByApp.get(deps)?.values() ?? []) {
    const found = snapshots.find(hash)
    if (found) return found
  }
  return undefined
}

/**
 * Feeds `snapshots` every catalog change this instance hears of, exactly as the response cache is fed
 * (server/catalog/catalog-cache.ts): the bus poke after a write, and the change feed the search
 * index polls (the safety net for a lost poke or a write made with plain SQL).
 */
export function followCatalogChangesForSnapshots(
  deps: Pick<AppDeps, 'bus' | 'searchIndex' | 'logger'>,
  snapshots: CatalogSnapshots,
): void {
  deps.searchIndex.onChange(() => snapshots.changed())
  deps.bus
    .subscribe(catalogChannel, () => snapshots.changed())
    .catch((error: unknown) =>
      deps.logger.error(
        { err: error },
        'catalog snapshot cannot follow the bus: it is rebuilt on the change feed only',
      ),
    )
}
