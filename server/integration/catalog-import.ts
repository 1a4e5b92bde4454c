/**
 * The rules of a catalog import, without I/O: which row each item writes (matched by id, else by
 * slug, else new), which variants it writes (matched by SKU), withdraws (live, not sent) or has to
 * park first (see `parkVariantOptions`), and what makes the batch fail — a slug owned by another
 * product, an item named twice, a category that does not exist, option values that do not match the
 * options, a combination or SKU sent twice, a SKU owned by another product. Any failure fails the
 * whole batch (all or nothing).
 */
import type {
  ProductImportItem,
  ProductImportResult,
  ProductOptionInput,
  VariantImportResult,
  VariantInput,
} from '../../shared/api-keys/integration-schema.ts'
import type { ProductTranslation, Translations } from '../../shared/catalog/catalog-translation.ts'
import {
  compactProductTranslation,
  mergeTranslations,
  unknownOptionIssues,
} from '../../shared/catalog/translation-gaps.ts'
import type { FieldIssue } from '../../shared/errors.ts'
import type { ExistingVariant, ProductWrite, VariantWrite } from './integration.repository.ts'

export type ExistingCatalog = {
  /** Every product an item names by id or slug (withdrawn ones too), with its stored translations. */
  readonly products: readonly {
    readonly id: string
    readonly slug: string
    readonly translations: Translations<ProductTranslation>
  }[]
  readonly categoryIds: ReadonlySet<string>
  readonly categoryIdBySlug: ReadonlyMap<string, string>
  /** Every variant of those products and every variant holding a SKU the batch may write. */
  readonly variants: readonly ExistingVariant[]
}

export type ImportPlan =
  | {
      readonly ok: true
      readonly products: ProductWrite[]
      readonly variants: VariantWrite[]
      /** Live variants not sent again: withdrawn. */
      readonly withdrawals: string[]
      /** Live variants sent with other option values: parked before the upsert. */
      readonly parked: string[]
      readonly results: ProductImportResult['items'][number][]
    }
  | { readonly ok: false; readonly issues: FieldIssue[] }

type Issue = (field: string, message: string) => void

/** The wire path of an item's field, e.g. `json.items.3.slug`. */
type PathOf = (index: number, field: string) => string

export function planImport(
  items: readonly ProductImportItem[],
  existing: ExistingCatalog,
  newId: () => string,
  pathOf: PathOf,
): ImportPlan {
  const slugById = new Map(existing.products.map((p) => [p.id, p.slug]))
  const idBySlug = new Map(existing.products.map((p) => [p.slug, p.id]))
  const storedTranslations = new Map(existing.products.map((p) => [p.id, p.translations]))
  const batch: Batch = {
    variantBySku: new Map(existing.variants.map((v) => [v.sku, v])),
    seenSkus: new Map(),
    newId,
    pathOf,
  }
  const seenIds = new Set<string>()
  const seenSlugs = new Set<string>()
  const issues: FieldIssue[] = []
  const plan = { products: [] as ProductWrite[], variants: [] as VariantWrite[], withdrawals: [] as string[] }
  const parked: string[] = []
  const results: ProductImportResult['items'][number][] = []
  items.forEach((item, index) => {
    const id = item.id ?? idBySlug.get(item.slug) ?? newId()
    const issue: Issue = (field, message) => issues.push({ path: pathOf(index, field), message })
    const owner = idBySlug.get(item.slug)
    if (owner !== undefined && owner !== id) issue('slug', `belongs to another product (${owner})`)
    if (seenIds.has(id)) issue(item.id ? 'id' : 'slug', 'names a product an earlier item already names')
    else if (seenSlugs.has(item.slug)) issue('slug', 'is used by an earlier item')
    seenIds.add(id)
    seenSlugs.add(item.slug)
    const categoryId = item.categoryId ?? (item.category ? existing.categoryIdBySlug.get(item.category) : undefined)
    if (!categoryId || !existing.categoryIds.has(categoryId))
      issue(item.categoryId ? 'categoryId' : 'category', 'names no category')
    const own = existing.variants.filter((variant) => variant.productId === id)
    const sent = variantsOf(item, own, issue)
    const variants = planVariants(item, index, id, sent, own, batch, issue)
    plan.variants.push(...variants.writes)
    plan.withdrawals.push(...variants.withdrawn.map((variant) => variant.id))
    parked.push(...variants.parked)
    const stored = storedTranslations.get(id) ?? {}
    const translations = item.translations
      ? mergeTranslations(stored, item.translations, compactProductTranslation)
      : stored
    for (const found of unknownOptionIssues(item.options, item.translations ?? {}, (field) => `translations.${field}`))
      issue(found.path, found.message)
    plan.products.push({ ...productOf(item, sent), id, categoryId: categoryId ?? '', translations })
    results.push({
      index,
      id,
      slug: item.slug,
      outcome: slugById.has(id) ? 'updated' : 'created',
      variants: variants.results,
      withdrawnSkus: variants.withdrawn.map((variant) => variant.sku),
    })
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, ...plan, parked, results }
}

/** What the items of one batch share while their variants are planned. */
type Batch = {
  readonly variantBySku: ReadonlyMap<string, ExistingVariant>
  /** SKU → the wire path of the variant that sent it first. */
  readonly seenSkus: Map<string, string>
  readonly newId: () => string
  readonly pathOf: PathOf
}

/** One product's variant writes by SKU, checked against its options, the batch and the other products. */
function planVariants(
  item: ProductImportItem,
  index: number,
  productId: string,
  sent: readonly SentVariant[],
  own: readonly ExistingVariant[],
  batch: Batch,
  issue: Issue,
) {
  checkOptions(item.options, issue)
  // Options sent without variants are refused by `variantsOf`; the default variant is not checked against them.
  const options = item.variants ? item.options : []
  const writes: VariantWrite[] = []
  const results: VariantImportResult[] = []
  const parked: string[] = []
  sent.forEach((variant, position) => {
    const at = `variants.${position}`
    checkOptionValues(options, variant.optionValues, (field, message) => issue(`${at}.optionValues${field}`, message))
    const first = batch.seenSkus.get(variant.sku)
    const holder = batch.variantBySku.get(variant.sku)
    // A default variant's SKU comes from the slug, so its problems are the slug's.
    const skuIssue = (problem: string) =>
      item.variants
        ? issue(`${at}.sku`, problem)
        : issue('slug', `gives the SKU ${variant.sku}, which ${problem}: send variants with a SKU`)
    if (first !== undefined) skuIssue(`is used by an earlier variant (${first})`)
    else if (holder && holder.productId !== productId) skuIssue(`belongs to another product (${holder.productId})`)
    batch.seenSkus.set(variant.sku, first ?? batch.pathOf(index, at))
    const id = holder?.id ?? batch.newId()
    writes.push({ ...variant, id, productId, position })
    results.push({ sku: variant.sku, id, outcome: holder ? 'updated' : 'created' })
    if (holder?.live && !sameCombination(holder.optionValues, variant.optionValues)) parked.push(holder.id)
  })
  checkCombinations(options, sent, issue)
  const sentSkus = new Set(sent.map((variant) => variant.sku))
  const withdrawn = own.filter((variant) => variant.live && !sentSkus.has(variant.sku))
  return { writes, results, parked, withdrawn }
}

type SentVariant = Omit<VariantWrite, 'id' | 'productId' | 'position'>

/**
 * The item's variants, or for an item sent the way every import was before variants (price and
 * stock, no variants) its one default variant: the product's live variant without options when it
 * has one (its SKU, compare-at price, barcode and weight stay), else a new one named by the slug.
 */
function variantsOf(item: ProductImportItem, own: readonly ExistingVariant[], issue: Issue): SentVariant[] {
  if (item.variants) return item.variants.map(sentVariant)
  if (item.options.length > 0) issue('options', 'need variants: send each combination with its SKU')
  const price = item.price ?? 0
  const live = own.filter((variant) => variant.live)
  const kept = live.length === 1 && live[0] && Object.keys(live[0].optionValues).length === 0 ? live[0] : undefined
  // A sale ends when the new price reaches the old compare-at price.
  const compareAtPrice = kept?.compareAtPrice != null && kept.compareAtPrice > price ? kept.compareAtPrice : null
  return [
    {
      sku: kept?.sku ?? item.slug.toUpperCase(),
      optionValues: {},
      price,
      compareAtPrice,
      stock: item.stock ?? 0,
      barcode: kept?.barcode ?? null,
      weightGrams: kept?.weightGrams ?? null,
    },
  ]
}

// Market prices are written after the upsert, only where sent (integration.service.ts).
function sentVariant({ marketPrices: _, ...variant }: VariantInput): SentVariant {
  return { ...variant, optionValues: { ...variant.optionValues } }
}

/** Option codes unique within the product, value codes unique within their option. */
function checkOptions(options: readonly ProductOptionInput[], issue: Issue): void {
  const codes = new Set<string>()
  options.forEach((option, i) => {
    if (codes.has(option.code)) issue(`options.${i}.code`, 'is used by an earlier option')
    codes.add(option.code)
    const values = new Set<string>()
    option.values.forEach((value, j) => {
      if (values.has(value.code)) issue(`options.${i}.values.${j}.code`, 'is used by an earlier value')
      values.add(value.code)
    })
  })
}

/** Exactly one known value per option: `field` is `.size` for the option named. */
function checkOptionValues(
  options: readonly ProductOptionInput[],
  optionValues: Readonly<Record<string, string>>,
  issue: Issue,
): void {
  const known = new Set(options.map((option) => option.code))
  for (const code of Object.keys(optionValues)) if (!known.has(code)) issue(`.${code}`, 'unknown option')
  for (const option of options) {
    const value = optionValues[option.code]
    if (value === undefined) issue(`.${option.code}`, 'missing: give one value of this option')
    else if (!option.values.some((candidate) => candidate.code === value)) issue(`.${option.code}`, 'unknown value')
  }
}

/** Each combination of option values once per product. */
function checkCombinations(options: readonly ProductOptionInput[], sent: readonly SentVariant[], issue: Issue): void {
  const first = new Map<string, number>()
  sent.forEach((variant, position) => {
    const key = JSON.stringify(options.map((option) => variant.optionValues[option.code] ?? null))
    const earlier = first.get(key)
    if (earlier === undefined) first.set(key, position)
    else issue(`variants.${position}.optionValues`, `is the same combination as variants.${earlier}`)
  })
}

function sameCombination(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

function productOf(
  item: ProductImportItem,
  sent: readonly SentVariant[],
): Omit<ProductWrite, 'id' | 'categoryId' | 'translations'> {
  return {
    slug: item.slug,
    name: item.name,
    description: item.description,
    brand: item.brand,
    currency: item.currency,
    tags: item.tags,
    options: item.options.map((option) => ({
      ...option,
      values: option.values.map(({ swatch, ...value }) => (swatch === undefined ? value : { ...value, swatch })),
    })),
    price: Math.min(...sent.map((variant) => variant.price)),
    stock: sent.reduce((total, variant) => total + variant.stock, 0),
  }
}
