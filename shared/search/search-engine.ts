/**
 * The search engine both sides run: the server over Postgres's catalog, the browser (in a Web
 * Worker) over the Dexie copy. Orama holds the documents and the inverted index — radix trees per
 * text field, BM25 statistics — built through its insert/remove with our tokenizer. Queries are
 * executed here over that index: the ranking rules (a typo budget per word, completion of the last
 * word only, synonyms, every word required) are not Orama's built-in ones, and its search path
 * sorts every match to return one page, which misses the latency target at 100k products by an
 * order of magnitude. So: plan (query-plan.ts) → match (text-match.ts) → filter and count facets in
 * one pass (facet-count.ts) → select the page (result-order.ts) → highlight (highlight.ts).
 */
import { components, count, create, insert, type Orama, remove } from '@orama/orama'
import {
  type CategoryTranslation,
  localizeCategory,
  localizeProduct,
  type ProductTranslation,
  type Translations,
} from '../catalog/catalog-translation.ts'
import type { Category, Product } from '../catalog/product.ts'
import { defaultLocale, type Locale } from '../i18n/locales.ts'
import { type CompiledFilters, createDocumentColumns, type SearchFilters } from './document-columns.ts'
import {
  createTally,
  type FacetTally,
  filterMatches,
  type Matches,
  type OptionView,
  stockState,
} from './facet-count.ts'
import { highlight, snippet } from './highlight.ts'
import { normalizeQuery } from './normalize-query.ts'
import { optionFacets } from './option-facets.ts'
import { type SearchOptions, toSearchOptions } from './option-values.ts'
import { correctedQuery, type PlanContext, planQuery, proposeCorrection, type QueryPlan } from './query-plan.ts'
import {
  bm25,
  brandFacetLimit,
  fieldBoosts,
  priceBands,
  ratingFloors,
  type SearchField,
  searchFields,
  suggestCategoryLimit,
  suggestFields,
  suggestLimit,
} from './ranking.ts'
import { firstResults } from './result-order.ts'
import { type SearchDocument, searchSchema, toSearchDocument } from './search-schema.ts'
import type {
  FacetValue,
  SearchFacets,
  SearchHit,
  SearchRequest,
  SearchResults,
  Suggestion,
  SuggestResults,
} from './search-types.ts'
import { createSynonymIndex } from './synonyms.ts'
import { createScratch, matchPlan, type OramaIndex, termStatistics } from './text-match.ts'
import { createSearchTokenizer } from './tokenizer.ts'
import { createVocabulary } from './vocabulary.ts'

/** A catalog row with its texts in the other languages, where the holder has them (decision 0027). */
export type TranslatedProduct = Product & { readonly translations?: Translations<ProductTranslation> }
export type TranslatedCategory = Category & { readonly translations?: Translations<CategoryTranslation> }

/**
 * Catalog rows to apply: live rows are upserted, tombstones (`deletedAt` set) removed. A copy that
 * keeps no tombstones (the browser's Dexie deletes rows) names its deletions by id instead. Rows
 * are in the default language with their translations beside them; the engine indexes its
 * locale's texts, falling back to the default ones where a row has no translation.
 */
export type CatalogDelta = {
  readonly categories: readonly TranslatedCategory[]
  readonly products: readonly TranslatedProduct[]
  readonly deletedCategoryIds?: readonly string[]
  readonly deletedProductIds?: readonly string[]
}

export type SearchEngine = {
  /** The language of the texts it indexes, stems and answers in. */
  readonly locale: Locale
  /** Apply changed catalog rows (a sync page, a full snapshot, or a poll of the change feed). */
  applyChanges(delta: CatalogDelta): void
  search(request: SearchRequest): SearchResults
  suggest(query: string, limit?: number): SuggestResults
  readonly size: () => number
  readonly vocabularySize: () => number
}

type SearchDb = Orama<typeof searchSchema>
const descriptionSnippetLength = 160

export function createSearchEngine(options: { locale?: Locale } = {}): SearchEngine {
  const locale = options.locale ?? defaultLocale
  const tokenizer = createSearchTokenizer(locale)
  const vocabulary = createVocabulary()
  const context: PlanContext = { tokenizer, vocabulary, synonyms: createSynonymIndex(tokenizer) }
  const db: SearchDb = create({
    schema: searchSchema,
    // No sorted copies per field: sorting happens over the columns (result-order.ts).
    sort: { enabled: false },
    components: { tokenizer, index: { ...components.index.createIndex(), ...termStatistics } },
  })
  // Orama's default index component keeps this store; matching reads its trees and statistics.
  const index = db.data.index as OramaIndex
  const documents: (SearchDocument | undefined)[] = []
  const columns = createDocumentColumns()
  const scratch = createScratch()
  const categories = new Map<string, Category>()
  const productsByCategory = new Map<string, Set<string>>()

  /**
   * The document's distinct (surface word, stem) pairs for the vocabulary. Each field's tokens are
   * also handed to the tokenizer for the Orama insert that follows, so text is tokenized once.
   */
  function surfacePairs(doc: SearchDocument): [string, string][] {
    const pairs = new Map<string, string>()
    for (const field of searchFields) {
      const stems = new Set<string>()
      for (const word of tokenizer.surfaceWords(doc[field])) {
        const stem = tokenizer.stem(word)
        pairs.set(word, stem)
        stems.add(stem)
      }
      tokenizer.prime(doc[field], [...stems])
    }
    return [...pairs]
  }

  /** `keepOptions`: the document comes back at once for the same product (a category change). */
  function removeDocument(id: string, keepOptions = false): void {
    const internalId = db.internalDocumentIDStore.idToInternalId.get(id)
    const existing = internalId === undefined ? undefined : documents[internalId]
    if (internalId === undefined || !existing) return
    try {
      vocabulary.remove(surfacePairs(existing))
      productsByCategory.get(existing.categoryId)?.delete(id)
      sync(remove(db, id))
    } finally {
      tokenizer.prime(null)
    }
    documents[internalId] = undefined
    columns.clear(internalId, keepOptions)
  }

  /** `options` undefined: keep the ones indexed for this product. */
  function putDocument(doc: SearchDocument, options: SearchOptions | undefined): void {
    removeDocument(doc.id, options === undefined)
    const pairs = surfacePairs(doc)
    try {
      sync(insert(db, doc))
    } finally {
      tokenizer.prime(null)
    }
    const internalId = db.internalDocumentIDStore.idToInternalId.get(doc.id)
    if (internalId === undefined) throw new Error(`search engine: Orama did not index ${doc.id}`)
    documents[internalId] = doc
    columns.set(internalId, doc)
    if (options) columns.setOptions(internalId, options)
    vocabulary.add(pairs)
    const members = productsByCategory.get(doc.categoryId) ?? new Set<string>()
    members.add(doc.id)
    productsByCategory.set(doc.categoryId, members)
  }

  /** A category renamed, moved or deleted changes the documents of all its products. */
  function refreshCategoryMembers(categoryId: string): void {
    const category = categories.get(categoryId)
    for (const id of [...(productsByCategory.get(categoryId) ?? [])]) {
      const internalId = db.internalDocumentIDStore.idToInternalId.get(id)
      const doc = internalId === undefined ? undefined : documents[internalId]
      if (!doc) continue
      putDocument({ ...doc, category: category?.name ?? '', categorySlug: category?.slug ?? '' }, undefined)
    }
  }

  function applyChanges(delta: CatalogDelta): void {
    for (const row of delta.categories) {
      const category = localizeCategory(row, row.translations, locale)
      const known = categories.get(category.id)
      if (category.deletedAt === null) categories.set(category.id, category)
      else categories.delete(category.id)
      // A category first seen after some of its products (the feed is not ordered by table) fills them in.
      if (!known || category.deletedAt !== null || known.name !== category.name || known.slug !== category.slug) {
        refreshCategoryMembers(category.id)
      }
    }
    for (const id of delta.deletedCategoryIds ?? []) {
      if (categories.delete(id)) refreshCategoryMembers(id)
    }
    for (const row of delta.products) {
      const product = localizeProduct(row, row.translations, locale)
      if (product.deletedAt === null) {
        putDocument(toSearchDocument(product, categories.get(product.categoryId)), toSearchOptions(product))
      } else removeDocument(product.id)
    }
    for (const id of delta.deletedProductIds ?? []) removeDocument(id)
  }

  const optionView = (): OptionView => ({
    arena: columns.optionArena(),
    valueOfDescriptor: columns.options.valueOfDescriptor,
  })

  /** The matches of a plan (every live document when there is none), filtered, facets counted. */
  function run(
    plan: QueryPlan | null,
    fields: readonly SearchField[],
    filters: CompiledFilters,
    tally: FacetTally | null,
  ) {
    const end = columns.end()
    const matches: Matches | null = plan
      ? matchPlan({ index, fields, boost: fieldBoosts, relevance: bm25, docsCount: count(db), end }, plan, scratch)
      : null
    return filterMatches(matches, { end }, columns.columns(), optionView(), filters, tally)
  }

  function search(request: SearchRequest): SearchResults {
    const started = performance.now()
    const query = normalizeQuery(request.q)
    const plan = query ? planQuery(request.q, context, true, !request.verbatim) : null
    const filters = columns.compile(filtersOf(request))
    const tally = createTally(columns)
    const matches = plan && plan.slots.length === 0 ? { ids: [], scores: [] } : run(plan, searchFields, filters, tally)
    const offset = (request.page - 1) * request.pageSize
    const pageIds = firstResults(
      matches,
      request.sort,
      plan !== null,
      columns.columns(),
      offset + request.pageSize,
    ).slice(offset)
    return {
      query,
      total: matches.ids.length,
      page: request.page,
      pageSize: request.pageSize,
      // With option filters a result is "in stock" when a variant with the chosen values is.
      hits: pageIds.map((id) =>
        toHit(documents[id]!, plan, stockState(columns.columns(), optionView(), filters.options, id) === 1),
      ),
      facets: toFacets(tally, request),
      didYouMean: matches.ids.length === 0 && plan ? didYouMean(request.q, filters) : null,
      correctedQuery: matches.ids.length > 0 && plan ? correctedQuery(request.q, plan) : null,
      tookMs: elapsedSince(started),
    }
  }

  function didYouMean(q: string, filters: CompiledFilters): string | null {
    const proposal = proposeCorrection(q, context)
    if (!proposal) return null
    const plan = planQuery(proposal, context, false)
    if (plan.slots.length === 0) return null
    return run(plan, searchFields, filters, null).ids.length > 0 ? proposal : null
  }

  function suggest(q: string, limit = suggestLimit): SuggestResults {
    const started = performance.now()
    const query = normalizeQuery(q)
    const plan = query ? planQuery(q, context, true) : null
    if (!plan || plan.slots.length === 0) return { query, suggestions: [], tookMs: elapsedSince(started) }
    const suggestions: Suggestion[] = matchingCategories(plan)
      .slice(0, Math.min(suggestCategoryLimit, limit))
      .map((category) => ({
        kind: 'category',
        slug: category.slug,
        label: highlight(category.name, plan.stems, tokenizer),
      }))
    const matches = run(plan, suggestFields, columns.compile({}), null)
    const seen = new Set<string>()
    for (const id of firstResults(matches, 'relevance', true, columns.columns(), limit * 2)) {
      const doc = documents[id]!
      if (suggestions.length >= limit) break
      if (seen.has(doc.name)) continue
      seen.add(doc.name)
      suggestions.push({
        kind: 'product',
        slug: doc.slug,
        productId: doc.id,
        label: highlight(doc.name, plan.stems, tokenizer),
        rating: doc.reviewCount > 0 ? doc.rating : null,
        reviewCount: doc.reviewCount,
      })
    }
    return { query, suggestions, tookMs: elapsedSince(started) }
  }

  /** Categories whose name matches every word of the query, in catalog order. */
  function matchingCategories(plan: QueryPlan): Category[] {
    return [...categories.values()]
      .filter((category) => {
        const stems = new Set(tokenizer.tokenize(category.name))
        return plan.slots.every((slot) => slot.matches.some((match) => stems.has(match.stem)))
      })
      .sort((a, b) => a.position - b.position)
  }

  function toHit(doc: SearchDocument, plan: QueryPlan | null, inStock: boolean): SearchHit {
    const stems = plan?.stems ?? new Set<string>()
    return {
      id: doc.id,
      slug: doc.slug,
      name: doc.name,
      brand: doc.brand,
      categorySlug: doc.categorySlug,
      price: doc.price,
      priceFrom: doc.priceFrom,
      currency: doc.currency,
      inStock,
      rating: doc.reviewCount > 0 ? doc.rating : null,
      reviewCount: doc.reviewCount,
      image: doc.image,
      highlights: {
        name: highlight(doc.name, stems, tokenizer),
        description: snippet(highlight(doc.description, stems, tokenizer), descriptionSnippetLength),
      },
    }
  }

  function toFacets(tally: FacetTally, request: SearchRequest): SearchFacets {
    const categoryNames = new Map([...categories.values()].map((c) => [c.slug, c.name]))
    const counts = (values: Uint32Array, valueAt: (index: number) => string) => {
      const byValue = new Map<string, number>()
      values.forEach((n, index) => {
        const value = valueAt(index)
        if (n > 0 && value !== '') byValue.set(value, (byValue.get(value) ?? 0) + n)
      })
      return byValue
    }
    const selectedBrands = new Set(request.brands)
    return {
      category: facetValues(
        counts(tally.category, columns.categoryValue),
        request.categories,
        (slug) => categoryNames.get(slug) ?? slug,
      ),
      brand: facetValues(counts(tally.brand, columns.brandValue), request.brands, (name) => name).filter(
        (value, position) => position < brandFacetLimit || selectedBrands.has(value.value),
      ),
      price: priceBands.map((band, position) => ({ min: band.min, max: band.max, count: tally.price[position] ?? 0 })),
      inStock: { inStock: tally.inStock[1] ?? 0, outOfStock: tally.inStock[0] ?? 0 },
      rating: ratingFloors.map((min, position) => ({ min, count: tally.rating[position] ?? 0 })),
      options: optionFacets(columns.options, tally.options, request.options),
    }
  }

  return {
    locale,
    applyChanges,
    search,
    suggest,
    size: () => count(db),
    vocabularySize: vocabulary.size,
  }
}

function filtersOf(request: SearchRequest): SearchFilters {
  const filters: { -readonly [K in keyof SearchFilters]: SearchFilters[K] } = {}
  if (request.categories.length > 0) filters.category = new Set(request.categories)
  if (request.brands.length > 0) filters.brand = new Set(request.brands)
  if (request.minPrice !== null || request.maxPrice !== null) {
    filters.price = [request.minPrice ?? 0, request.maxPrice ?? Number.MAX_SAFE_INTEGER]
  }
  if (request.inStock !== null) filters.inStock = request.inStock
  if (request.minRating !== null) filters.minRating = request.minRating
  if (request.options.length > 0) filters.options = request.options
  return filters
}

/** Facet values by count (then label), with every selected value listed even when it has no match. */
function facetValues(
  counts: ReadonlyMap<string, number>,
  selected: readonly string[],
  labelOf: (value: string) => string,
): FacetValue[] {
  const values = new Map(counts)
  for (const value of selected) if (!values.has(value)) values.set(value, 0)
  return [...values]
    .map(([value, n]) => ({ value, label: labelOf(value), count: n }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}

function elapsedSince(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100
}

/** Orama returns a promise only when async hooks or components are installed; ours are all sync. */
function sync<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('search engine: Orama answered asynchronously')
  return value
}
