/**
 * The admin's storefront editing: collections (create, replace, withdraw) and the home layout. Every
 * write publishes the catalog poke after commit, so open pages pull the storefront document at once
 * and the cached home and collection pages are dropped (docs/decisions/0023).
 */
import { ErrorCode } from '../../shared/errors.ts'
import { defaultHomeLayout } from '../../shared/storefront/default-home.ts'
import type { HomeBlock, HomeLayout } from '../../shared/storefront/home-blocks.ts'
import type { AdminCollection, CollectionInput, HomeLayoutInput } from '../../shared/storefront/storefront-schema.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { AppError } from '../platform/http-errors.ts'
import {
  type CollectionRow,
  type CollectionWrite,
  findLiveProductIdsBySlugs,
  findProductSlugsByIds,
  insertCollection,
  isSlugTaken,
  listCollectionRows,
  nextCollectionPosition,
  readHomeLayout,
  softDeleteCollection,
  updateLiveCollection,
  writeHomeLayout,
} from './storefront.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'responseCache'>

export async function listCollectionsForAdmin(deps: Pick<AppDeps, 'db'>): Promise<AdminCollection[]> {
  const rows = await listCollectionRows(deps.db, { published: false })
  const slugs = await findProductSlugsByIds(
    deps.db,
    rows.flatMap((row) => row.productIds),
  )
  return rows.map((row) => toAdminCollection(row, slugs))
}

export async function createCollection(deps: Deps, input: CollectionInput): Promise<AdminCollection> {
  const created = await deps.db.transaction(async (tx) => {
    await assertSlugFree(tx, input.slug, null)
    const position = await nextCollectionPosition(tx)
    return insertCollection(tx, { ...(await toWrite(tx, input)), position })
  })
  await publishCatalogChanged(deps)
  return toAdminCollection(created, await findProductSlugsByIds(deps.db, created.productIds))
}

export async function replaceCollection(deps: Deps, id: string, input: CollectionInput): Promise<AdminCollection> {
  const updated = await deps.db.transaction(async (tx) => {
    await assertSlugFree(tx, input.slug, id)
    const [current] = (await listCollectionRows(tx, { published: false })).filter((row) => row.id === id)
    if (!current) return null
    return updateLiveCollection(tx, id, { ...(await toWrite(tx, input)), position: current.position })
  })
  if (!updated) throw new AppError(ErrorCode.NotFound, `No collection ${id}.`)
  await publishCatalogChanged(deps)
  return toAdminCollection(updated, await findProductSlugsByIds(deps.db, updated.productIds))
}

export async function withdrawCollection(deps: Deps, id: string): Promise<void> {
  if (!(await softDeleteCollection(deps.db, id))) throw new AppError(ErrorCode.NotFound, `No collection ${id}.`)
  await publishCatalogChanged(deps)
}

export async function readHomeLayoutForAdmin(deps: Pick<AppDeps, 'db'>): Promise<HomeLayout> {
  return (await readHomeLayout(deps.db)) ?? defaultHomeLayout
}

export async function saveHomeLayout(deps: Deps, input: HomeLayoutInput): Promise<HomeLayout> {
  // The schema's defaults filled in every optional field: the stored blocks are whole HomeBlocks.
  const blocks: HomeBlock[] = input.blocks
  await writeHomeLayout(deps.db, blocks)
  await publishCatalogChanged(deps)
  return { blocks }
}

async function assertSlugFree(db: Db, slug: string, exceptId: string | null): Promise<void> {
  if (await isSlugTaken(db, slug, exceptId))
    throw new AppError(ErrorCode.InvalidInput, `Another collection is at /collections/${slug}.`, [
      { path: 'json.slug', message: 'is used by another collection' },
    ])
}

/** Manual products are named by slug: each must be on sale, or the field names the one that is not. */
async function toWrite(db: Db, input: CollectionInput): Promise<Omit<CollectionWrite, 'position'>> {
  const slugs = input.kind === 'manual' ? input.productSlugs : []
  const ids = await findLiveProductIdsBySlugs(db, slugs)
  const unknown = slugs.flatMap((slug, index) =>
    ids.has(slug) ? [] : [{ path: `json.productSlugs.${index}`, message: `no product "${slug}" on sale` }],
  )
  if (unknown.length > 0) throw new AppError(ErrorCode.InvalidInput, 'Unknown products.', unknown)
  return {
    slug: input.slug,
    title: input.title,
    description: input.description,
    image: input.image,
    kind: input.kind,
    rule: input.rule,
    productIds: [...new Set(slugs.flatMap((slug) => ids.get(slug) ?? []))],
    published: input.published,
  }
}

function toAdminCollection(row: CollectionRow, slugs: ReadonlyMap<string, string>): AdminCollection {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    image: row.image ?? null,
    kind: row.kind,
    rule: { ...row.rule, tags: [...row.rule.tags], brands: [...row.rule.brands] },
    productSlugs: row.productIds.flatMap((id) => slugs.get(id) ?? []),
    published: row.published,
    position: row.position,
    updatedAt: row.updatedAt.toISOString(),
  }
}
