/**
 * The one text pipeline of search, shared by the index (server and browser) and by queries:
 * normalise (lower case, no diacritics, one width), split into words (segmenting Japanese), drop
 * stop words, stem — each step in the index's language (search-languages.ts). Hyphenated words
 * index both their parts and the joined form, so "T-Shirt" is found by "t shirt", "shirt" and
 * "tshirt". It implements Orama's Tokenizer interface, so Orama indexes exactly these tokens.
 */
import type { Tokenizer } from '@orama/orama'
import { defaultLocale, type Locale } from '../i18n/locales.ts'
import { normalizeText } from './normalize-query.ts'
import { type SearchLanguage, searchLanguage, unspacedScript } from './search-languages.ts'

/** A word with optional inner hyphens or apostrophes: "t-shirt", "women's", "usb-c". */
const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu
const innerSeparator = /[-'’]/

/**
 * The normalised words of `text` in order, stop words included. A hyphenated word yields its parts
 * and then the joined form; apostrophes join ("women's" → "womens") unless the language elides
 * before them ("l'écouteur" → "ecouteur"). Runs of Japanese script are cut by the segmenter.
 */
export function splitWords(text: string, language: SearchLanguage = searchLanguage(defaultLocale)): string[] {
  const words: string[] = []
  for (const match of normalizeText(text).matchAll(wordPattern)) {
    const word = withoutElision(match[0], language.elisions)
    if (language.segmenter && unspacedScript.test(word)) {
      for (const segment of language.segmenter.segment(word)) {
        if (segment.isWordLike) words.push(segment.segment.replace(/[-'’]/g, ''))
      }
      continue
    }
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

function withoutElision(word: string, elisions: ReadonlySet<string>): string {
  if (elisions.size === 0) return word
  const apostrophe = word.search(/['’]/)
  if (apostrophe <= 0 || !elisions.has(word.slice(0, apostrophe))) return word
  return word.slice(apostrophe + 1)
}

export type SearchTokenizer = Tokenizer & {
  readonly searchLanguage: SearchLanguage
  /** The stem a word is indexed under. */
  stem(word: string): string
  isStopWord(word: string): boolean
  /** The normalised words of a text (or of one typed query word), in order, stop words included. */
  words(text: string): string[]
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

export function createSearchTokenizer(locale: Locale = defaultLocale): SearchTokenizer {
  const language = searchLanguage(locale)
  const stems = new Map<string, string>()
  const stemWord = (word: string) => {
    let stem = stems.get(word)
    if (stem === undefined) {
      // Queries pass through here too; clearing keeps a stream of odd words from growing the map.
      if (stems.size >= maxCachedStems) stems.clear()
      stem = language.stem(word)
      stems.set(word, stem)
    }
    return stem
  }
  const stops = language.stopWords
  const words = (text: string) => splitWords(text, language)
  const surfaceWords = (text: string) => [...new Set(words(text).filter((word) => !stops.has(word)))]
  const primed = new Map<string, string[]>()
  return {
    language: language.name,
    searchLanguage: language,
    // Orama's interface requires the map; this tokenizer never fills it, so queries cannot grow it.
    normalizationCache: new Map(),
    tokenize: (raw: string) => primed.get(raw) ?? [...new Set(surfaceWords(raw).map(stemWord))],
    stem: stemWord,
    isStopWord: (word) => stops.has(word),
    words,
    surfaceWords,
    prime(text, tokens) {
      if (text === null) primed.clear()
      else if (tokens) primed.set(text, tokens)
    },
  }
}
