/**
 * Query-time synonyms. Each group lists words that mean the same to a shopper; a query word from a
 * group also matches the group's other words (scored a little below an exact match). Applied only to
 * queries, so the list can change without rebuilding an index. Words are written as the tokenizer
 * normalises them: "t-shirt" is the joined "tshirt", "kopfhörer" is "kopfhorer".
 */
import type { SearchTokenizer } from './tokenizer.ts'

export const synonymGroups: readonly (readonly string[])[] = [
  ['tee', 'tshirt'],
  ['sofa', 'couch', 'settee'],
  ['laptop', 'notebook'],
  ['mouse', 'mice'],
  ['headphones', 'headset'],
  ['earbuds', 'earphones', 'earbud'],
  ['sneakers', 'trainers'],
  ['smartphone', 'phone', 'cellphone', 'mobile'],
  ['tv', 'television'],
  ['hoodie', 'sweatshirt'],
  ['bike', 'bicycle'],
  ['bag', 'backpack', 'rucksack'],
  // The catalog is English; a few German words shoppers commonly type, mapped to it.
  ['headphones', 'kopfhorer'],
  ['mouse', 'maus'],
  ['keyboard', 'tastatur'],
  ['shoes', 'schuhe'],
  ['bottle', 'flasche', 'trinkflasche'],
]

/** Synonym lookup by stem: what else a query word's stem may match, as stems. */
export type SynonymIndex = (stem: string) => readonly string[]

export function createSynonymIndex(
  tokenizer: SearchTokenizer,
  groups: readonly (readonly string[])[] = synonymGroups,
): SynonymIndex {
  const byStem = new Map<string, Set<string>>()
  for (const group of groups) {
    const stems = group.map((word) => tokenizer.stem(word))
    for (const stem of stems) {
      const others = byStem.get(stem) ?? new Set<string>()
      for (const other of stems) if (other !== stem) others.add(other)
      byStem.set(stem, others)
    }
  }
  const lists = new Map([...byStem].map(([stem, others]) => [stem, [...others]]))
  return (stem) => lists.get(stem) ?? []
}
