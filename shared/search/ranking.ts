/**
 * The ranking configuration both indexes use: which fields count how much, how many typos a word
 * may carry, how prefix, synonym and typo matches are discounted against exact ones, and the price
 * bands of the price facet. Change it here and both the server and the browser rank alike.
 */
/** Field boosts: a word in the name counts most, then brand and tags, then category, then description. */
export const fieldBoosts = {
  name: 4,
  brand: 2.5,
  tags: 2,
  category: 1.5,
  description: 1,
} as const
export type SearchField = keyof typeof fieldBoosts
export const searchFields = Object.keys(fieldBoosts) as SearchField[]
/** Autocomplete completes names and categories, so it matches only the short, title-like fields. */
export const suggestFields: readonly SearchField[] = ['name', 'brand', 'category']

/** Okapi BM25 parameters (Orama's defaults; `d` is the BM25+ floor for matched terms). */
export const bm25 = { k: 1.2, b: 0.75, d: 0.5 } as const

/** Score multipliers per kind of match: an exact word beats its synonym, a completion or a typo fix. */
export const matchWeights = {
  exact: 1,
  synonym: 0.9,
  prefix: 0.7,
  typo1: 0.55,
  typo2: 0.35,
} as const

/**
 * Typos a typed word may carry to match an indexed word (Damerau–Levenshtein edits): none when
 * typed under 4 letters (too many short words are one edit apart), else 1, and 2 when the longer
 * of the two has 8 letters or more. Measured on the longer one because typos that drop letters
 * shorten a long word ("bluetooth" → "bletooh" is 2 edits in 7 letters). This is the budget of
 * Latin script; `typoBudgetOf` picks the one of a word's script.
 */
export function typoBudget(typedLength: number, candidateLength = typedLength): 0 | 1 | 2 {
  if (typedLength < 4) return 0
  return Math.max(typedLength, candidateLength) < 8 ? 1 : 2
}

/**
 * Arabic writes no short vowels, so a word has fewer letters than its Latin transcription and one
 * edit more often lands on another real word of the same root: one typo from 5 letters, two only
 * from 10. (Hamza forms, tashkeel and tatweel are no typos at all: normalize-query.ts folds them.)
 */
export function arabicTypoBudget(typedLength: number, candidateLength = typedLength): 0 | 1 | 2 {
  if (typedLength < 5) return 0
  return Math.max(typedLength, candidateLength) < 10 ? 1 : 2
}

/**
 * Kana and kanji carry a syllable or a morpheme each: a one- or two-character word with one edit is
 * another word (靴 → 鞄), so none; longer words (ヘッドホン) one, never two.
 */
export function japaneseTypoBudget(typedLength: number): 0 | 1 {
  return typedLength < 3 ? 0 : 1
}

const arabicScript = /\p{sc=Arabic}/u
const japaneseScript = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u

/** The typo budget of a typed word's script (a Latin brand name in a Japanese query keeps Latin's). */
export function typoBudgetOf(word: string): (typedLength: number, candidateLength?: number) => 0 | 1 | 2 {
  if (japaneseScript.test(word)) return japaneseTypoBudget
  if (arabicScript.test(word)) return arabicTypoBudget
  return typoBudget
}

/** "Did you mean" may reach one edit further than the typo budget, as it only proposes. */
export function correctionBudgetOf(word: string): (typedLength: number, candidateLength?: number) => number {
  const budget = typoBudgetOf(word)
  return (typedLength, candidateLength = typedLength) =>
    // Not even a proposal for a one- or two-character Japanese word: every neighbour is a word.
    budget === japaneseTypoBudget && typedLength < 3 ? 0 : Math.min(3, budget(typedLength, candidateLength) + 1)
}

/** Completions of the word being typed, most frequent first. */
export const maxPrefixExpansions = 24
/** Typo candidates per word, closest and most frequent first. */
export const maxTypoCandidates = 6

export const defaultPageSize = 24
export const maxPageSize = 48
export const maxPage = 200
export const maxQueryLength = 200
/** Values per filter a search may name (categories, brands, option values). */
export const maxFilterValues = 20
export const suggestLimit = 8
/** Category completions shown before product names in the suggestion list. */
export const suggestCategoryLimit = 3
export const brandFacetLimit = 20

/**
 * The floors of the rating facet ("4 stars & up", "3 stars & up"), highest first. A product's rating
 * is its average as shown (one decimal, shared/reviews/rating-summary.ts), so a card reading 4.0
 * is in "4 & up"; a product without reviews is in none.
 */
export const ratingFloors = [4, 3] as const
export type RatingFloor = (typeof ratingFloors)[number]

/** A price band of the price facet, in minor units, both ends inclusive; `max` null is open. */
export type PriceBand = { readonly min: number; readonly max: number | null }

export const priceBands: readonly PriceBand[] = [
  { min: 0, max: 2_499 },
  { min: 2_500, max: 4_999 },
  { min: 5_000, max: 9_999 },
  { min: 10_000, max: 24_999 },
  { min: 25_000, max: 49_999 },
  { min: 50_000, max: 99_999 },
  { min: 100_000, max: null },
]
