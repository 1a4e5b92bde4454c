/**
 * The rules of a catalog import, without I/O: which row each item writes (matched by id, else by
 * slug, else new), and what makes the batch fail — a slug owned by another product, an item named
 * twice, a category that does not exist. Any failure fails the whole batch (all or nothing).
 */
import type { ProductImportItem, ProductImportResult } from '../../shared/api-keys/integration-schema.ts'
import type { FieldIssue } from '../../shared/errors.ts'
import type { ProductWrite } from './integration.repository.ts'

export type ExistingCatalog = {
  /** Every product an item names by id or slug (withdrawn ones too), as id → slug. */
  readonly products: readonly { readonly id: string; readonly slug: string }[]
  readonly categoryIds: ReadonlySet<string>
  readonly categoryIdBySlug: ReadonlyMap<string, string>
}

export type ImportPlan =
  | { readonly ok: true; readonly writes: ProductWrite[]; readonly results: ProductImportResult['items'][number][] }
  | { readonly ok: false; readonly issues: FieldIssue[] }

export function planImport(
  items: readonly ProductImportItem[],
  existing: ExistingCatalog,
  newId: () => string,
  /** The wire path of an item's field, e.g. `json.items.3.slug`. */
  pathOf: (index: number, field: string) => string,
): ImportPlan {
  const slugById = new Map(existing.products.map((p) => [p.id, p.slug]))
  const idBySlug = new Map(existing.products.map((p) => [p.slug, p.id]))
  const seenIds = new Set<string>()
  const seenSlugs = new Set<string>()
  const issues: FieldIssue[] = []
  const writes: ProductWrite[] = []
  const results: ProductImportResult['items'][number][] = []
  items.forEach((item, index) => {
    const id = item.id ?? idBySlug.get(item.slug) ?? newId()
    const issue = (field: string, message: string) => issues.push({ path: pathOf(index, field), message })
    const owner = idBySlug.get(item.slug)
    if (owner !== undefined && owner !== id) issue('slug', `belongs to another product (${owner})`)
    if (seenIds.has(id)) issue(item.id ? 'id' : 'slug', 'names a product an earlier item already names')
    else if (seenSlugs.has(item.slug)) issue('slug', 'is used by an earlier item')
    seenIds.add(id)
    seenSlugs.add(item.slug)
    const categoryId = item.categoryId ?? (item.category ? existing.categoryIdBySlug.get(item.category) : undefined)
    if (!categoryId || !existing.categoryIds.has(categoryId))
      issue(item.categoryId ? 'categoryId' : 'category', 'names no category')
    writes.push({ ...writeOf(item), id, categoryId: categoryId ?? '' })
    results.push({ index, id, slug: item.slug, outcome: slugById.has(id) ? 'updated' : 'created' })
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, writes, results }
}

function writeOf(item: ProductImportItem): Omit<ProductWrite, 'id' | 'categoryId'> {
  return {
    slug: item.slug,
    name: item.name,
    description: item.description,
    brand: item.brand,
    price: item.price,
    currency: item.currency,
    stock: item.stock,
    tags: item.tags,
  }
}
