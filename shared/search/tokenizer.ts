/**
 * The one text pipeline of search, shared by the index (server and browser) and by queries:
 * normalise (lower case, no diacritics), split into words, drop stop words, stem. Hyphenated words
 * index both their parts and the joined form, so "T-Shirt" is found by "t shirt", "shirt" and
 * "tshirt". It implements Orama's Tokenizer interface, so Orama indexes exactly these tokens.
 */
import type { Tokenizer } from '@orama/orama'
import { stemmer as englishStemmer } from '@orama/stemmers/english'
import { stemmer as germanStemmer } from '@orama/stemmers/german'
import { normalizeText } from './normalize-query.ts'

/** Languages with a stemmer here; the catalog's content language picks one (see ranking.ts). */
export const searchLanguages = ['english', 'german'] as const
export type SearchLanguage = (typeof searchLanguages)[number]

const stemmers: Record<SearchLanguage, (word: string) => string> = {
  english: englishStemmer,
  german: germanStemmer,
}

// Small on purpose: words that carry no meaning in a product search. Not indexed, and dropped from
// queries except as the word being typed (it may be the start of a longer word).
const stopWords: Record<SearchLanguage, ReadonlySet<string>> = {
  english: new Set(['a', 'an', 'and', 'the', 'of', 'for', 'with', 'to', 'in', 'on', 'by', 'at', 'or', 'is', 'it']),
  german: new Set(['der', 'die', 'das', 'und', 'mit', 'fur', 'ein', 'eine', 'einen', 'im', 'in', 'von', 'zu', 'oder']),
}

/** A word with optional inner hyphens or apostrophes: "t-shirt", "women's", "usb-c". */
const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu
const innerSeparator = /[-'’]/

/**
 * The normalised words of `text` in order, stop words included. A hyphenated word yields its parts
 * and then the joined form; apostrophes only join ("women's" → "womens").
 */
export function splitWords(text: string): string[] {
  const words: string[] = []
  for (const match of normalizeText(text).matchAll(wordPattern)) {
    const word = match[0]
    if (!innerSeparator.test(word)) {
      words.push(word)
      continue
    }
    const joined = word.replace(/[-'’]/g, '')
    if (word.includes('-')) {
      for (const part of word.split('-')) {
        const cleaned = part.replace(/['’]/g, '')
        if (cleaned) words.push(cleaned)
      }
    }
    words.push(joined)
  }
  return words
}

export type SearchTokenizer = Tokenizer & {
  readonly searchLanguage: SearchLanguage
  /** The stem a word is indexed under. */
  stem(word: string): string
  isStopWord(word: string): boolean
  /** Distinct non-stop words of `text`, unstemmed (the vocabulary's surface forms). */
  surfaceWords(text: string): string[]
  /**
   * Hand over the tokens of a text about to be indexed, already computed for the vocabulary, so
   * Orama's call to `tokenize` does not split and stem it again; `null` forgets them.
   */
  prime(text: string | null, tokens?: string[]): void
}

/** Stemming dominates indexing time and a catalog repeats its words: remember stems, up to a bound. */
const maxCachedStems = 100_000

export function createSearchTokenizer(language: SearchLanguage): SearchTokenizer {
  const stemmer = stemmers[language]
  const stems = new Map<string, string>()
  const stemWord = (word: string) => {
    let stem = stems.get(word)
    if (stem === undefined) {
      // Queries pass through here too; clearing keeps a stream of odd words from growing the map.
      if (stems.size >= maxCachedStems) stems.clear()
      stem = stemmer(word)
      stems.set(word, stem)
    }
    return stem
  }
  const stops = stopWords[language]
  const surfaceWords = (text: string) => [...new Set(splitWords(text).filter((word) => !stops.has(word)))]
  const primed = new Map<string, string[]>()
  return {
    language,
    searchLanguage: language,
    // Orama's interface requires the map; this tokenizer never fills it, so queries cannot grow it.
    normalizationCache: new Map(),
    tokenize: (raw: string) => primed.get(raw) ?? [...new Set(surfaceWords(raw).map(stemWord))],
    stem: stemWord,
    isStopWord: (word) => stops.has(word),
    surfaceWords,
    prime(text, tokens) {
      if (text === null) primed.clear()
      else if (tokens) primed.set(text, tokens)
    },
  }
}
