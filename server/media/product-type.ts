/**
 * Which kind of thing a product is, read from its name and tags, so its art shows a soundbar for a
 * soundbar rather than the category's headphones. Every noun of the demo lexicon has a type of its
 * own; a few synonyms cover products added by hand or through the integration API.
 */

/** Keyword phrases per type, in words; the longest phrase found wins ("gaming laptop" over "laptop"). */
const typeKeywords = {
  'wireless-headphones': ['wireless headphones', 'headphones', 'headset'],
  'wireless-earbuds': ['wireless earbuds', 'earbuds', 'earphones', 'in ear'],
  'bluetooth-speaker': ['bluetooth speaker', 'portable speaker', 'speaker'],
  soundbar: ['soundbar', 'sound bar'],
  laptop: ['laptop', 'notebook', 'ultrabook'],
  'gaming-laptop': ['gaming laptop'],
  chromebook: ['chromebook'],
  smartphone: ['smartphone', 'phone'],
  'phone-case': ['phone case'],
  'wireless-charger': ['wireless charger', 'charger', 'charging pad'],
  'mechanical-keyboard': ['mechanical keyboard'],
  'wireless-mouse': ['wireless mouse', 'mouse'],
  'wireless-keyboard': ['wireless keyboard', 'keyboard'],
  'desk-mat': ['desk mat', 'mouse pad', 'mousepad'],
  '4k-monitor': ['4k monitor', 'monitor', 'display'],
  'gaming-monitor': ['gaming monitor'],
  'portable-monitor': ['portable monitor'],
  'smart-speaker': ['smart speaker'],
  'smart-bulb': ['smart bulb', 'bulb'],
  'smart-plug': ['smart plug', 'plug'],
  'video-doorbell': ['video doorbell', 'doorbell'],
  'mirrorless-camera': ['mirrorless camera', 'camera'],
  'action-camera': ['action camera', 'action cam'],
  'camera-lens': ['camera lens', 'lens'],
  'camera-backpack': ['camera backpack', 'camera bag'],
  'espresso-machine': ['espresso machine', 'coffee machine', 'espresso'],
  'electric-kettle': ['electric kettle', 'kettle'],
  'chef-knife': ['chef knife', 'knife'],
  'cast-iron-pan': ['cast iron pan', 'pan', 'skillet'],
  blender: ['blender'],
  sofa: ['sofa', 'couch'],
  'office-chair': ['office chair', 'chair'],
  'standing-desk': ['standing desk', 'desk'],
  bookshelf: ['bookshelf', 'bookcase', 'shelf'],
  't-shirt': ['t shirt', 'tee', 'shirt'],
  hoodie: ['hoodie', 'sweatshirt'],
  'rain-jacket': ['rain jacket', 'jacket', 'coat'],
  jeans: ['jeans', 'denim', 'trousers'],
  'running-shoes': ['running shoes', 'trainers'],
  sneakers: ['sneakers', 'shoes'],
  'hiking-boots': ['hiking boots', 'boots'],
  'camping-tent': ['camping tent', 'tent'],
  'hiking-backpack': ['hiking backpack', 'backpack', 'rucksack'],
  'yoga-mat': ['yoga mat'],
  'water-bottle': ['water bottle', 'bottle', 'flask'],
  'mountain-bike': ['mountain bike', 'bike', 'bicycle'],
} as const satisfies Record<string, readonly string[]>

export type ProductType = keyof typeof typeKeywords | 'cooking-pot' | 'parcel'

/** What a product of the category most likely is when its name says nothing we know. */
const categoryFallbacks: Readonly<Record<string, ProductType>> = {
  'headphones-audio': 'wireless-headphones',
  laptops: 'laptop',
  phones: 'smartphone',
  'keyboards-mice': 'wireless-keyboard',
  monitors: '4k-monitor',
  'smart-home': 'smart-speaker',
  cameras: 'mirrorless-camera',
  kitchen: 'cooking-pot',
  furniture: 'sofa',
  clothing: 't-shirt',
  shoes: 'sneakers',
  'outdoor-sports': 'camping-tent',
}

export type TypedProduct = {
  readonly name: string
  readonly tags: readonly string[]
  readonly categorySlug: string
}

const typeByPhrase = new Map<string, ProductType>(
  Object.entries(typeKeywords).flatMap(([type, phrases]) => phrases.map((phrase) => [phrase, type as ProductType])),
)
const longestPhrase = Math.max(...[...typeByPhrase.keys()].map((phrase) => phrase.split(' ').length))

type Match = { readonly type: ProductType; readonly words: number; readonly end: number }

/**
 * The product's type: the longest keyword phrase in its name or equal to one of its tags; on a tie
 * the one nearer the end of the name (names end with their noun: "… Wireless Soundbar"), and the
 * name before the tags (a Chromebook is tagged "laptop" too). Falls back to the category's usual
 * product, then to a parcel.
 */
export function productTypeOf(product: TypedProduct): ProductType {
  const name = wordsOf(product.name)
  const matches: Match[] = []
  for (const tag of product.tags) {
    const words = wordsOf(tag)
    const type = typeByPhrase.get(words.join(' '))
    if (type) matches.push({ type, words: words.length, end: 0 })
  }
  for (let end = 1; end <= name.length; end++) {
    for (let words = 1; words <= Math.min(longestPhrase, end); words++) {
      const type = typeByPhrase.get(name.slice(end - words, end).join(' '))
      if (type) matches.push({ type, words, end })
    }
  }
  const best = matches.reduce<Match | null>(
    (a, b) => (!a || b.words > a.words || (b.words === a.words && b.end > a.end) ? b : a),
    null,
  )
  return best?.type ?? categoryFallbacks[product.categorySlug] ?? 'parcel'
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
}
