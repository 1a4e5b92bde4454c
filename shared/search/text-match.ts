/**
 * Text matching over Orama's inverted index: every query slot must match (any of its stems, in any
 * searched field), and a document's score is the sum of BM25 (Orama's formula and parameters) times
 * field boost times match weight. Posting sets are read straight from Orama's radix nodes:
 * `RadixNode.find` copies them into arrays with a linear duplicate check per document, which costs
 * seconds on a word that 20,000 products share, and Orama's `search` then sorts every match to
 * return one page — the engine selects the page itself (result-order.ts).
 *
 * Term frequencies: the tokenizer emits each token once per field (as Orama's own does), so a
 * token's frequency in a field is always 1 / field length. Orama still stores it in an object per
 * document and field — most of the index's memory and a third of its build time — so
 * `termStatistics` replaces those two hooks to keep only field lengths and token counts.
 */
import type { BM25Params, components, IIndex } from '@orama/orama'
import type { Matches } from './facet-count.ts'
import type { QueryPlan } from './query-plan.ts'

export type OramaIndex = components.index.Index
type RadixNode = Extract<components.index.Tree, { type: 'Radix' }>['node']

/** Per-document accumulators reused by every search (searches run one at a time). */
export type Scratch = { scores: Float64Array; slots: Uint16Array }

export function createScratch(): Scratch {
  return { scores: new Float64Array(1024), slots: new Uint16Array(1024) }
}

/** One stem in one field, with the parts of its BM25 score that do not depend on the document. */
type Posting = {
  readonly docs: ReadonlySet<number>
  readonly lengths: Readonly<Record<number, number | undefined>>
  readonly idf: number
  readonly d: number
  readonly kPlus1: number
  /** k·(1 − b) */
  readonly norm: number
  /** k·b / average field length */
  readonly slope: number
  /** Field boost times match weight. */
  readonly factor: number
}

export type MatchContext = {
  readonly index: OramaIndex
  readonly fields: readonly string[]
  readonly boost: Readonly<Record<string, number>>
  readonly relevance: Required<BM25Params>
  readonly docsCount: number
  /** One past the highest internal document id. */
  readonly end: number
}

/** The documents matching every slot of the plan, with their scores. */
export function matchPlan(context: MatchContext, plan: QueryPlan, scratch: Scratch): Matches {
  const slots = slotPostings(context, plan)
  if (slots.length === 0 || slots.some((slot) => slot.postings.length === 0)) return { ids: [], scores: [] }
  const ids = intersectSlots(slots, ensureCapacity(scratch, context.end))
  const scores = ids.map((id) => scratch.scores[id]!)
  for (const id of ids) scratch.scores[id] = 0
  return { ids, scores }
}

type SlotPostings = { readonly postings: Posting[]; readonly size: number }

function slotPostings({ index, fields, boost, relevance, docsCount }: MatchContext, plan: QueryPlan): SlotPostings[] {
  const { k, b, d } = relevance
  return plan.slots
    .map((slot) => {
      const postings: Posting[] = []
      let size = 0
      for (const match of slot.matches) {
        for (const prop of fields) {
          const tree = index.indexes[prop]
          if (tree?.type !== 'Radix') continue
          const node = findWord(tree.node, match.stem)
          if (!node || node.d.size === 0) continue
          const occurrences = index.tokenOccurrences[prop]?.[match.stem] ?? 0
          const average = index.avgFieldLength[prop] || 1
          postings.push({
            docs: node.d,
            lengths: index.fieldLengths[prop] ?? {},
            idf: Math.log(1 + (docsCount - occurrences + 0.5) / (occurrences + 0.5)),
            d,
            kPlus1: k + 1,
            norm: k * (1 - b),
            slope: (k * b) / average,
            factor: (boost[prop] ?? 1) * match.weight,
          })
          size += node.d.size
        }
      }
      return { postings, size }
    })
    .sort((x, y) => x.size - y.size)
}

/**
 * BM25 as Orama computes it, `idf · (d + tf·(k+1)) / (tf + k·(1 − b + b·len/avg))` with tf = 1/len,
 * times field boost and match weight.
 */
function bm25Score(posting: Posting, id: number): number {
  const length = posting.lengths[id] ?? 1
  const tf = 1 / length
  return (
    ((posting.idf * (posting.d + tf * posting.kPlus1)) / (tf + posting.norm + posting.slope * length)) * posting.factor
  )
}

/**
 * Documents matching every slot, scores summed into `scratch.scores`. The rarest slot seeds the
 * candidates; each further slot keeps the candidates it also matches, probing its posting sets when
 * the candidates are few and walking them when they are many. `scratch.slots[id]` counts the slots a
 * document matched so far, so a document in several postings of one slot counts that slot once.
 */
function intersectSlots(slots: readonly SlotPostings[], scratch: Scratch): number[] {
  const { scores, slots: matched } = scratch
  let candidates: number[] = []
  for (let slot = 0; slot < slots.length; slot++) {
    const { postings, size } = slots[slot]!
    if (slot > 0 && candidates.length === 0) break
    if (slot === 0) {
      for (const posting of postings) {
        for (const id of posting.docs) {
          if (matched[id] === 0) {
            matched[id] = 1
            candidates.push(id)
          }
          scores[id]! += bm25Score(posting, id)
        }
      }
      continue
    }
    if (candidates.length * postings.length < size) {
      for (const id of candidates) {
        for (const posting of postings) {
          if (!posting.docs.has(id)) continue
          if (matched[id] === slot) matched[id] = slot + 1
          scores[id]! += bm25Score(posting, id)
        }
      }
    } else {
      for (const posting of postings) {
        for (const id of posting.docs) {
          const seen = matched[id]!
          if (seen !== slot && seen !== slot + 1) continue
          matched[id] = slot + 1
          scores[id]! += bm25Score(posting, id)
        }
      }
    }
    const survivors: number[] = []
    for (const id of candidates) {
      if (matched[id] === slot + 1) survivors.push(id)
      else {
        matched[id] = 0
        scores[id] = 0
      }
    }
    candidates = survivors
  }
  for (const id of candidates) matched[id] = 0
  return candidates
}

/** Grows the scratch arrays to hold `size` documents. */
function ensureCapacity(scratch: Scratch, size: number): Scratch {
  if (scratch.scores.length < size) {
    const capacity = Math.max(size, scratch.scores.length * 2)
    scratch.scores = new Float64Array(capacity)
    scratch.slots = new Uint16Array(capacity)
  }
  return scratch
}

/** Orama's score bookkeeping on insert, without the per-document frequency objects (see above). */
export const termStatistics: Pick<
  IIndex<OramaIndex>,
  'insertDocumentScoreParameters' | 'insertTokenScoreParameters'
> = {
  // Orama calls both with the internal (numeric) document id on insert.
  insertDocumentScoreParameters(index, prop, id, tokens, docsCount) {
    const internalId = Number(id)
    index.avgFieldLength[prop] = ((index.avgFieldLength[prop] ?? 0) * (docsCount - 1) + tokens.length) / docsCount
    index.fieldLengths[prop]![internalId] = tokens.length
  },
  insertTokenScoreParameters(index, prop, _id, _tokens, token) {
    const occurrences = index.tokenOccurrences[prop]!
    occurrences[token] = (occurrences[token] ?? 0) + 1
  },
}

/** The node of exactly `word` in a radix tree, or null. */
function findWord(root: RadixNode, word: string): RadixNode | null {
  let node = root
  let position = 0
  while (position < word.length) {
    const child = node.c.get(word[position]!)
    if (!child || !word.startsWith(child.s, position)) return null
    position += child.s.length
    node = child
  }
  return node.e ? node : null
}
