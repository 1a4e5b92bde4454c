/**
 * The words an index holds, for what Orama's radix tree does not do the way search needs: typo
 * candidates with a per-word budget (Orama applies one tolerance to every word, and counts any
 * completion as a typo match), completions ranked by frequency, and "did you mean" proposals.
 * Surface words (unstemmed) are kept with the stem they are indexed under and how many documents
 * contain them, so a typo is measured on what the shopper typed, not on a stem.
 *
 * The words live in a trie. Typo candidates come from walking it with one row of the edit-distance
 * table per node (a Levenshtein automaton): a branch is left as soon as every cell of its row exceeds
 * the budget, so a lookup touches a few hundred nodes instead of every word.
 */

export type VocabularyMatch = {
  readonly word: string
  readonly stem: string
  /** Documents containing the word. */
  readonly count: number
  /** Edits from the query word (0 for completions). */
  readonly distance: number
}

export type Vocabulary = {
  /** Count one document's distinct surface words, each with its stem. */
  add(words: readonly (readonly [word: string, stem: string])[]): void
  remove(words: readonly (readonly [word: string, stem: string])[]): void
  hasStem(stem: string): boolean
  /** Words starting with `prefix`, most frequent first. */
  completions(prefix: string, limit: number): VocabularyMatch[]
  /**
   * Words within the edit budget of `word` (a transposition of neighbours is one edit), closest
   * then most frequent first. With `asPrefix`, `word` is the start of a word still being typed: a
   * word matches when one of its beginnings is within the budget.
   */
  closest(word: string, budget: EditBudget, limit: number, asPrefix?: boolean): VocabularyMatch[]
  readonly size: () => number
}

/**
 * Edits allowed between the typed word and a candidate (or, as a prefix, the candidate's beginning
 * compared), given both lengths; a number allows that many whatever the lengths.
 */
export type EditBudget = number | ((typedLength: number, candidateLength: number) => number)

type TrieNode = {
  children: Map<string, TrieNode> | null
  /** Set when a word ends here and documents still contain it. */
  word: string | null
  stem: string
  count: number
}

const newNode = (): TrieNode => ({ children: null, word: null, stem: '', count: 0 })

export function createVocabulary(): Vocabulary {
  const root = newNode()
  /** Per stem, how many (document, surface word) pairs carry it. */
  const stems = new Map<string, number>()
  let size = 0

  // Word → its trie node, so counting a known word (the common case) is one lookup, not a walk.
  const nodes = new Map<string, TrieNode>()

  function nodeFor(word: string, create: boolean): TrieNode | null {
    const known = nodes.get(word)
    if (known) return known
    let node = root
    for (const char of word) {
      let next = node.children?.get(char)
      if (!next) {
        if (!create) return null
        next = newNode()
        node.children ??= new Map()
        node.children.set(char, next)
      }
      node = next
    }
    if (create) nodes.set(word, node)
    return node
  }

  function change(word: string, stem: string, delta: 1 | -1): void {
    const node = nodeFor(word, delta > 0)
    if (!node) return
    if (node.word === null && delta > 0) {
      node.word = word
      node.stem = stem
      size++
    }
    node.count += delta
    if (node.count <= 0 && node.word !== null) {
      // The node stays (words come back on the next edit); only the word is gone.
      node.word = null
      node.count = 0
      size--
    }
    const pairs = (stems.get(stem) ?? 0) + delta
    if (pairs > 0) stems.set(stem, pairs)
    else stems.delete(stem)
  }

  return {
    add: (pairs) => {
      for (const [word, stem] of pairs) change(word, stem, 1)
    },
    remove: (pairs) => {
      for (const [word, stem] of pairs) change(word, stem, -1)
    },
    hasStem: (stem) => stems.has(stem),
    completions(prefix, limit) {
      const start = nodeFor(prefix, false)
      if (!start) return []
      const found = new Map<string, VocabularyMatch>()
      collectWords(start, 0, found)
      return ranked(found, limit)
    },
    closest(word, budget, limit, asPrefix = false) {
      const allowed = typeof budget === 'number' ? () => budget : budget
      // A candidate within d edits is at most d letters longer, which bounds what any branch may reach.
      const maxDistance = allowed(word.length, word.length + allowed(word.length, Number.POSITIVE_INFINITY))
      if (maxDistance <= 0 || word.length === 0) return []
      const found = new Map<string, VocabularyMatch>()
      const firstRow = Array.from({ length: word.length + 1 }, (_, j) => j)
      for (const [char, child] of root.children ?? []) {
        walk(child, char, '', firstRow, null, { word, maxDistance, allowed, asPrefix, found }, 1)
      }
      for (const [candidate, match] of found) if (match.distance === 0) found.delete(candidate)
      return ranked(found, limit)
    },
    size: () => size,
  }
}

type Walk = {
  readonly word: string
  /** The most edits any candidate may have: branches beyond it are left. */
  readonly maxDistance: number
  readonly allowed: (typedLength: number, candidateLength: number) => number
  readonly asPrefix: boolean
  readonly found: Map<string, VocabularyMatch>
}

/** One trie edge of the Levenshtein automaton: the row for the prefix ending in `char`, `depth` letters long. */
function walk(
  node: TrieNode,
  char: string,
  previousChar: string,
  parentRow: readonly number[],
  grandparentRow: readonly number[] | null,
  search: Walk,
  depth: number,
): void {
  const { word, maxDistance } = search
  const row = [parentRow[0]! + 1]
  let rowMin = row[0]!
  for (let j = 1; j <= word.length; j++) {
    const cost = word[j - 1] === char ? 0 : 1
    let value = Math.min(parentRow[j]! + 1, row[j - 1]! + 1, parentRow[j - 1]! + cost)
    if (grandparentRow && j > 1 && word[j - 1] === previousChar && word[j - 2] === char) {
      value = Math.min(value, grandparentRow[j - 2]! + 1)
    }
    row.push(value)
    if (value < rowMin) rowMin = value
  }
  const distance = row[word.length]!
  if (distance <= search.allowed(word.length, depth)) {
    // As a prefix, everything below this node starts within the budget; as a word, only this node.
    if (search.asPrefix) collectWords(node, distance, search.found)
    else if (node.word !== null) offer(search.found, node, distance)
  }
  if (rowMin > maxDistance || !node.children) return
  for (const [nextChar, child] of node.children) walk(child, nextChar, char, row, parentRow, search, depth + 1)
}

function collectWords(start: TrieNode, distance: number, found: Map<string, VocabularyMatch>): void {
  const stack = [start]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.word !== null) offer(found, node, distance)
    if (node.children) for (const child of node.children.values()) stack.push(child)
  }
}

function offer(found: Map<string, VocabularyMatch>, node: TrieNode, distance: number): void {
  const word = node.word!
  const known = found.get(word)
  if (!known || known.distance > distance) found.set(word, { word, stem: node.stem, count: node.count, distance })
}

function ranked(found: ReadonlyMap<string, VocabularyMatch>, limit: number): VocabularyMatch[] {
  return [...found.values()]
    .sort((a, b) => a.distance - b.distance || b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, limit)
}
