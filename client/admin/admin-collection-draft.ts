/**
 * The collection editor's form as text fields, and the way between it and the API: prices typed in
 * major units become minor units through the shared money-input parser (never a float), lists are
 * typed comma- or line-separated, and each problem+json issue is pinned to the field it names.
 */
import { type Locale, locales } from '../../shared/i18n/locales.ts'
import { formatMoneyInput, parseMoneyInput } from '../../shared/money-input.ts'
import type { CollectionKind } from '../../shared/storefront/collection.ts'
import type { LocalizedText } from '../../shared/storefront/localized-text.ts'
import type { AdminCollection } from '../../shared/storefront/storefront-schema.ts'

export type CollectionDraft = {
  readonly slug: string
  /** In every shop language: a language the editor leaves blank falls back to English. */
  readonly title: LocalizedText
  readonly description: LocalizedText
  readonly kind: CollectionKind
  /** One product slug a line, in the collection's order. */
  readonly productSlugs: string
  readonly tags: string
  readonly brands: string
  readonly minPrice: string
  readonly maxPrice: string
  readonly onSale: boolean
  readonly published: boolean
}

/** The editor's fields, in the form's order: the first one with a problem takes the focus. */
export type DraftField =
  | 'slug'
  | `title.${Locale}`
  | `description.${Locale}`
  | 'productSlugs'
  | 'rule'
  | 'rule.tags'
  | 'rule.brands'
  | 'rule.minPrice'
  | 'rule.maxPrice'
export const draftFields: readonly DraftField[] = [
  'slug',
  ...locales.map((locale) => `title.${locale}` as const),
  ...locales.map((locale) => `description.${locale}` as const),
  'productSlugs',
  'rule',
  'rule.tags',
  'rule.brands',
  'rule.minPrice',
  'rule.maxPrice',
]

/** What is wrong with a field: a message id of the admin catalog, and the value it names, if any. */
export type FieldProblem = { readonly problem: FieldProblemKind; readonly value?: string }
export type FieldProblemKind =
  | 'slug'
  | 'title'
  | 'text'
  | 'productSlugs'
  | 'productSlug'
  | 'rule'
  | 'list'
  | 'price'
  | 'maxPrice'
export type DraftProblems = Partial<Record<DraftField, FieldProblem>>

export const emptyDraft: CollectionDraft = {
  slug: '',
  title: { en: '' },
  description: { en: '' },
  kind: 'rule',
  productSlugs: '',
  tags: '',
  brands: '',
  minPrice: '',
  maxPrice: '',
  onSale: false,
  published: false,
}

export function draftOf(collection: AdminCollection, decimalSeparator: '.' | ','): CollectionDraft {
  const price = (amount: number | null) => (amount === null ? '' : formatMoneyInput(amount, decimalSeparator))
  return {
    slug: collection.slug,
    title: { ...collection.title },
    description: { ...collection.description },
    kind: collection.kind,
    productSlugs: collection.productSlugs.join('\n'),
    tags: collection.rule.tags.join(', '),
    brands: collection.rule.brands.join(', '),
    minPrice: price(collection.rule.minPrice),
    maxPrice: price(collection.rule.maxPrice),
    onSale: collection.rule.onSale,
    published: collection.published,
  }
}

const listOf = (text: string) =>
  text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')

/**
 * The API body of a draft (`collectionInput`), or the price fields that are not amounts. Everything
 * else is the server's to judge: it answers problem+json naming the field.
 */
export function inputOfDraft(
  draft: CollectionDraft,
): { readonly ok: true; readonly input: unknown } | { readonly ok: false; readonly problems: DraftProblems } {
  const problems: { -readonly [K in DraftField]?: FieldProblem } = {}
  const price = (text: string, field: 'rule.minPrice' | 'rule.maxPrice'): number | null => {
    if (text.trim() === '') return null
    const parsed = parseMoneyInput(text)
    if (parsed.ok) return parsed.amount
    problems[field] = { problem: 'price' }
    return null
  }
  const minPrice = draft.kind === 'rule' ? price(draft.minPrice, 'rule.minPrice') : null
  const maxPrice = draft.kind === 'rule' ? price(draft.maxPrice, 'rule.maxPrice') : null
  if (Object.keys(problems).length > 0) return { ok: false, problems }
  return {
    ok: true,
    input: {
      slug: draft.slug.trim(),
      title: draft.title,
      description: draft.description,
      kind: draft.kind,
      rule:
        draft.kind === 'rule'
          ? { tags: listOf(draft.tags), brands: listOf(draft.brands), minPrice, maxPrice, onSale: draft.onSale }
          : { tags: [], brands: [], minPrice: null, maxPrice: null, onSale: false },
      productSlugs: draft.kind === 'manual' ? listOf(draft.productSlugs) : [],
      published: draft.published,
    },
  }
}

type TextField = `title.${Locale}` | `description.${Locale}`

const problemOfOtherField: Record<Exclude<DraftField, TextField>, FieldProblemKind> = {
  slug: 'slug',
  productSlugs: 'productSlugs',
  rule: 'rule',
  'rule.tags': 'list',
  'rule.brands': 'list',
  'rule.minPrice': 'price',
  'rule.maxPrice': 'maxPrice',
}

const isTextField = (field: DraftField): field is TextField =>
  field.startsWith('title.') || field.startsWith('description.')

// The English title is required; every other text is only refused when too long.
function problemOfField(field: DraftField): FieldProblemKind {
  if (field === 'title.en') return 'title'
  return isTextField(field) ? 'text' : problemOfOtherField[field]
}

/**
 * The server's issues (`path` like `json.rule.maxPrice`, `json.productSlugs.2`) on the editor's
 * fields; issues no field owns are left for the form's alert. A manual product the shop does not sell
 * is named by the slug the draft sent at that index.
 */
export function problemsOfIssues(
  issues: readonly { readonly path: string }[],
  draft: CollectionDraft,
): { readonly problems: DraftProblems; readonly unplaced: number } {
  const problems: { -readonly [K in DraftField]?: FieldProblem } = {}
  let unplaced = 0
  for (const issue of issues) {
    const path = issue.path.replace(/^json\./, '')
    const field = draftFields
      .filter((candidate) => path === candidate || path.startsWith(`${candidate}.`))
      .sort((a, b) => b.length - a.length)[0]
    if (!field) {
      unplaced += 1
      continue
    }
    if (problems[field]) continue
    const index = field === 'productSlugs' ? /^productSlugs\.(\d+)$/.exec(path)?.[1] : undefined
    const value = index === undefined ? undefined : listOf(draft.productSlugs)[Number(index)]
    problems[field] = value === undefined ? { problem: problemOfField(field) } : { problem: 'productSlug', value }
  }
  return { problems, unplaced }
}

/** The field that takes the focus: the first with a problem, in the form's order. */
export function firstProblemField(problems: DraftProblems): DraftField | undefined {
  return draftFields.find((field) => problems[field] !== undefined)
}
