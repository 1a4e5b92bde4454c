/**
 * Query-time synonyms, a table per shop language: each group lists words that mean the same to a
 * shopper of that language; a query word from a group also matches the group's other words (scored
 * a little below an exact match). Applied only to queries, so the lists can change without
 * rebuilding an index. Words are written as the tokenizer normalises them: "t-shirt" is the joined
 * "tshirt", "kopfhörer" is "kopfhorer", "سمّاعة" is "سماعة". A Japanese entry the segmenter cuts in
 * several words (ヘッドフォン → ヘッド|フォン) is matched when typed whole and leads to the group's
 * one-word entries; it is never a target itself, as the index holds only its pieces. Each index is in its language (decision 0029), so a
 * German shopper finds "Kopfhörer" by the German names, not through an English table.
 */
import type { Locale } from '../i18n/locales.ts'
import type { SearchTokenizer } from './tokenizer.ts'

type SynonymGroups = readonly (readonly string[])[]

export const synonymGroups: Readonly<Record<Locale, SynonymGroups>> = {
  en: [
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
  ],
  de: [
    ['kopfhorer', 'ohrhorer', 'headset'],
    ['handy', 'smartphone', 'mobiltelefon'],
    ['laptop', 'notebook'],
    ['maus', 'mause'],
    ['fernseher', 'tv', 'fernsehgerat'],
    ['sneaker', 'turnschuhe'],
    ['hoodie', 'kapuzenpullover'],
    ['rucksack', 'backpack'],
    ['fahrrad', 'rad'],
    ['sofa', 'couch'],
    ['tshirt', 'shirt'],
  ],
  fr: [
    ['casque', 'ecouteurs', 'oreillettes'],
    ['smartphone', 'telephone', 'portable', 'mobile'],
    ['ordinateur', 'pc', 'laptop'],
    ['baskets', 'sneakers', 'tennis'],
    ['canape', 'sofa'],
    ['sweat', 'hoodie'],
    ['velo', 'bicyclette'],
    ['sac', 'sacoche'],
    ['tshirt', 'teeshirt', 'tee'],
  ],
  es: [
    ['auriculares', 'auricular', 'cascos'],
    ['smartphone', 'movil', 'celular', 'telefono'],
    ['portatil', 'laptop', 'ordenador'],
    ['zapatillas', 'deportivas', 'tenis'],
    ['sofa', 'sillon'],
    ['sudadera', 'hoodie'],
    ['bicicleta', 'bici'],
    ['mochila', 'morral'],
    ['camiseta', 'remera', 'playera'],
  ],
  ja: [
    ['ヘッドホン', 'ヘッドフォン'],
    ['テレビ', 'tv'],
    ['パソコン', 'pc'],
    ['ソファ', 'ソファー', 'カウチ'],
    ['シューズ', '靴'],
    ['リュック', 'リュックサック'],
    ['かばん', '鞄', 'カバン', 'バッグ'],
    ['パーカー', 'フーディー'],
  ],
  ar: [
    // Broken plurals are other words to a suffix stemmer: the singular and the plural are listed.
    ['سماعة', 'سماعات'],
    ['حاسوب', 'كمبيوتر', 'لابتوب', 'حواسيب'],
    ['هاتف', 'جوال', 'موبايل', 'هواتف'],
    ['حذاء', 'احذية'],
    ['ماوس', 'فارة'],
    ['تلفاز', 'تلفزيون'],
    ['حقيبة', 'شنطة'],
    ['تيشيرت', 'قميص'],
  ],
}

/** Synonym lookup by stem: what else a query word's stem may match, as stems. */
export type SynonymIndex = (stem: string) => readonly string[]

export function createSynonymIndex(
  tokenizer: SearchTokenizer,
  groups: SynonymGroups = synonymGroups[tokenizer.searchLanguage.locale],
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
