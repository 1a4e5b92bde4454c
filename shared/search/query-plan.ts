/**
 * Turns a query into what the index looks up: one slot per query word, each with the stems that
 * may stand for it — the word itself, its synonyms, completions when it is the word being typed,
 * and typo fixes within its budget when nothing else matched. A document must match every slot.
 */

import { normalizeQuery } from './normalize-query.ts'
import { correctionBudgetOf, matchWeights, maxPrefixExpansions, maxTypoCandidates, typoBudgetOf } from './ranking.ts'
import type { SynonymIndex } from './synonyms.ts'
import type { SearchTokenizer } from './tokenizer.ts'
import type { Vocabulary } from './vocabulary.ts'

export type MatchKind = 'exact' | 'synonym' | 'prefix' | 'typo'

export type StemMatch = {
  readonly stem: string
  readonly kind: MatchKind
  readonly weight: number
  /** For a typo fix, the indexed word it stands for ("headphones" for "hedphones"). */
  readonly word?: string
}

export type QuerySlot = {
  /** The word as typed (normalised). */
  readonly word: string
  readonly matches: readonly StemMatch[]
}

export type QueryPlan = {
  readonly slots: readonly QuerySlot[]
  /** Every stem any slot may match: what highlighting marks. */
  readonly stems: ReadonlySet<string>
}

export type PlanContext = {
  readonly tokenizer: SearchTokenizer
  readonly vocabulary: Vocabulary
  readonly synonyms: SynonymIndex
}

/**
 * @param completeLastWord treat the last word as still being typed (prefix matching), as search
 *   as you type and autocomplete do. Only when the query does not end in a space.
 * @param fixTypos false searches the words as typed ("search instead for" after a correction).
 */
export function planQuery(query: string, context: PlanContext, completeLastWord: boolean, fixTypos = true): QueryPlan {
  const rawWords = normalizeQuery(query).split(' ').filter(Boolean)
  const typing = completeLastWord && !/\s$/.test(query)
  const slots: QuerySlot[] = []
  rawWords.forEach((rawWord, index) => {
    // Every part of a hyphenated word being typed ("t-sh") is still incomplete.
    const isTyped = typing && index === rawWords.length - 1
    for (const word of segmentedWords(context.tokenizer.words(rawWord), isTyped, context)) {
      if (context.tokenizer.isStopWord(word) && !isTyped) continue
      const matches = matchesFor(word, isTyped, fixTypos, context)
      // A stop word still being typed that completes to nothing is just a stop word: no slot.
      if (matches.length === 0 && context.tokenizer.isStopWord(word)) continue
      // The joined form of a hyphenated word is indexed only for the whole compound: "Bluetooth-
      // Kopfhörer" typed within "Over-Ear-Bluetooth-Kopfhörer" is found by its parts alone.
      if (matches.length === 0 && word === joinedForm(rawWord)) continue
      slots.push({ word, matches })
    }
  })
  const stems = new Set(slots.flatMap((slot) => slot.matches.map((m) => m.stem)))
  return { slots, stems }
}

/** A hyphenated word without its hyphens ("t-shirt" → "tshirt"); null for any other word. */
function joinedForm(rawWord: string): string | null {
  return rawWord.includes('-') ? rawWord.replace(/[-'’]/g, '') : null
}

/**
 * The words of a Japanese query word, where the segmenter's cut of it may not be the index's. A
 * word still being typed is cut where the finished word would not be: "ヘッドホ" is ヘッド|ホ while
 * the index holds ヘッドホン, so the longest tail that still starts an indexed word is kept whole
 * ("ワイヤレスヘッドホ" → ワイヤレス, ヘッドホ). A mistyped word is cut anywhere ("ヘッドホソ" →
 * ヘッド|ホソ): when a piece is unknown, the whole word is looked up, typos and all.
 */
function segmentedWords(words: string[], isTyped: boolean, { tokenizer, vocabulary, synonyms }: PlanContext): string[] {
  if (!tokenizer.searchLanguage.segmenter || words.length < 2) return words
  // A spelling the synonym table knows whole (ヘッドフォン, cut ヘッド|フォン) is one word.
  const whole = words.join('')
  if (synonyms(tokenizer.stem(whole)).some((stem) => vocabulary.hasStem(stem))) return [whole]
  if (isTyped) {
    for (let start = 0; start < words.length - 1; start++) {
      const tail = words.slice(start).join('')
      if (vocabulary.completions(tail, 1).length > 0) return [...words.slice(0, start), tail]
    }
  }
  const known = (word: string) => tokenizer.isStopWord(word) || vocabulary.hasStem(tokenizer.stem(word))
  return words.every(known) ? words : [whole]
}

function matchesFor(
  word: string,
  isTyped: boolean,
  fixTypos: boolean,
  { tokenizer, vocabulary, synonyms }: PlanContext,
): StemMatch[] {
  const found = new Map<string, StemMatch>()
  const offer = (stem: string, kind: MatchKind, weight: number, fix?: string) => {
    const known = found.get(stem)
    if (!known || known.weight < weight)
      found.set(stem, fix ? { stem, kind, weight, word: fix } : { stem, kind, weight })
  }
  const stem = tokenizer.stem(word)
  if (!tokenizer.isStopWord(word) && vocabulary.hasStem(stem)) offer(stem, 'exact', matchWeights.exact)
  for (const synonym of synonyms(stem)) {
    if (vocabulary.hasStem(synonym)) offer(synonym, 'synonym', matchWeights.synonym)
  }
  if (isTyped) {
    for (const completion of vocabulary.completions(word, maxPrefixExpansions)) {
      offer(completion.stem, 'prefix', matchWeights.prefix)
    }
  }
  if (found.size > 0) return [...found.values()]
  // Another spelling of the same word (German "oe" for "ö") matches as the word itself.
  for (const spelling of tokenizer.searchLanguage.spellings(word)) {
    const spelled = tokenizer.stem(spelling)
    if (vocabulary.hasStem(spelled)) offer(spelled, 'exact', matchWeights.exact)
    if (isTyped) {
      for (const completion of vocabulary.completions(spelling, maxPrefixExpansions)) {
        offer(completion.stem, 'prefix', matchWeights.prefix)
      }
    }
  }
  if (found.size > 0 || !fixTypos) return [...found.values()]
  // Nothing matched as typed: allow typos, within the budget for the word's length and script.
  for (const fix of vocabulary.closest(word, typoBudgetOf(word), maxTypoCandidates, isTyped)) {
    offer(fix.stem, 'typo', fix.distance === 1 ? matchWeights.typo1 : matchWeights.typo2, fix.word)
  }
  return [...found.values()]
}

/**
 * "Showing results for": the query with each word that only matched through typo fixes replaced by
 * its closest fix, or null when every word matched as typed. Hyphenated words are left as typed.
 */
export function correctedQuery(query: string, plan: QueryPlan): string | null {
  const fixes = new Map<string, string>()
  for (const slot of plan.slots) {
    const fix = slot.matches.find((match) => match.kind === 'typo')?.word
    if (fix && slot.matches.every((match) => match.kind === 'typo')) fixes.set(slot.word, fix)
  }
  if (fixes.size === 0) return null
  return normalizeQuery(query)
    .split(' ')
    .filter(Boolean)
    .map((word) => fixes.get(word) ?? word)
    .join(' ')
}

/**
 * "Did you mean": the query with each word that matches nothing replaced by the closest indexed
 * word (one edit further than the typo budget), or null when no word can be corrected.
 */
export function proposeCorrection(query: string, context: PlanContext): string | null {
  const { tokenizer, vocabulary } = context
  const isKnown = (word: string) => tokenizer.isStopWord(word) || vocabulary.hasStem(tokenizer.stem(word))
  let changed = false
  const corrected = normalizeQuery(query)
    .split(' ')
    .filter(Boolean)
    .map((rawWord) => {
      if (tokenizer.words(rawWord).every(isKnown)) return rawWord
      const joined = rawWord.replace(/[-'’]/g, '')
      const [closest] = vocabulary.closest(joined, correctionBudgetOf(joined), 1)
      if (!closest) return rawWord
      changed = true
      return closest.word
    })
  return changed ? corrected.join(' ') : null
}
