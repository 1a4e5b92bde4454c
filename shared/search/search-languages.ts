/**
 * How each shop language is cut into words and reduced to stems for search (issue 16). Latin and
 * Arabic scripts separate words with spaces: a pattern finds them and a Snowball stemmer from
 * @orama/stemmers reduces them. Japanese does not: its runs of kana and kanji are segmented by the
 * platform's ICU word segmenter (`Intl.Segmenter`, the same one @orama/tokenizers' Japanese
 * tokenizer wraps), and its words are not stemmed. See docs/decisions/0029.
 */
import { stemmer as arabicStemmer } from '@orama/stemmers/arabic'
import { stemmer as englishStemmer } from '@orama/stemmers/english'
import { stemmer as frenchStemmer } from '@orama/stemmers/french'
import { stemmer as germanStemmer } from '@orama/stemmers/german'
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish'
import type { Locale } from '../i18n/locales.ts'

export type SearchLanguage = {
  readonly locale: Locale
  /** The language's name as Orama's tokenizers call it. */
  readonly name: string
  /** The stem a normalised word is indexed under. */
  readonly stem: (word: string) => string
  /** Words that carry no meaning in a product search, normalised. */
  readonly stopWords: ReadonlySet<string>
  /** Elided articles and prepositions before an apostrophe ("l'écouteur" is "écouteur"). */
  readonly elisions: ReadonlySet<string>
  /**
   * Cuts a run of letters without spaces into words, for scripts that write none between them;
   * null where a run is one word.
   */
  readonly segmenter: Intl.Segmenter | null
  /** Other spellings a typed word may stand for, tried when it matches nothing as typed. */
  readonly spellings: (word: string) => readonly string[]
}

const none = () => [] as const

/**
 * German written without umlauts on a keyboard that has none: "kopfhoerer" for "Kopfhörer". The
 * index folds ö to o (normalize-query.ts), so the typed "oe" is tried as "o". Only queries are
 * rewritten, and only when the word as typed is unknown ("neue" stays "neue").
 */
function germanTranscriptions(word: string): readonly string[] {
  if (!/ae|oe|ue/.test(word)) return []
  return [word.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u')]
}

const languages: Readonly<Record<Locale, SearchLanguage>> = {
  en: {
    locale: 'en',
    name: 'english',
    stem: englishStemmer,
    stopWords: new Set(['a', 'an', 'and', 'the', 'of', 'for', 'with', 'to', 'in', 'on', 'by', 'at', 'or', 'is', 'it']),
    elisions: new Set(),
    segmenter: null,
    spellings: none,
  },
  de: {
    locale: 'de',
    name: 'german',
    stem: germanStemmer,
    stopWords: new Set([
      'der',
      'die',
      'das',
      'und',
      'mit',
      'fur',
      'ein',
      'eine',
      'einen',
      'im',
      'in',
      'von',
      'zu',
      'oder',
    ]),
    elisions: new Set(),
    segmenter: null,
    spellings: germanTranscriptions,
  },
  fr: {
    locale: 'fr',
    name: 'french',
    stem: frenchStemmer,
    stopWords: new Set([
      'le',
      'la',
      'les',
      'un',
      'une',
      'des',
      'de',
      'du',
      'et',
      'ou',
      'pour',
      'avec',
      'en',
      'au',
      'aux',
      'a',
      'sur',
      'par',
    ]),
    elisions: new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu']),
    segmenter: null,
    spellings: none,
  },
  es: {
    locale: 'es',
    name: 'spanish',
    stem: spanishStemmer,
    stopWords: new Set([
      'el',
      'la',
      'los',
      'las',
      'un',
      'una',
      'unos',
      'unas',
      'de',
      'del',
      'y',
      'o',
      'para',
      'con',
      'en',
      'al',
      'por',
    ]),
    elisions: new Set(),
    segmenter: null,
    spellings: none,
  },
  ja: {
    locale: 'ja',
    name: 'japanese',
    // Japanese words do not inflect at their end the way a suffix stemmer expects; the segmenter's
    // dictionary already separates particles and verb endings.
    stem: (word) => word,
    // Particles and the polite verb endings the segmenter cuts off.
    stopWords: new Set([
      'の',
      'は',
      'を',
      'が',
      'に',
      'で',
      'と',
      'も',
      'や',
      'へ',
      'から',
      'まで',
      'より',
      'し',
      'ます',
      'です',
      'する',
    ]),
    elisions: new Set(),
    segmenter: new Intl.Segmenter('ja', { granularity: 'word' }),
    spellings: none,
  },
  ar: {
    locale: 'ar',
    name: 'arabic',
    // The Snowball stemmer strips the article (ال) and attached prepositions and conjunctions.
    stem: arabicStemmer,
    stopWords: new Set(['في', 'من', 'على', 'الى', 'عن', 'مع', 'او', 'ذلك', 'هذا', 'هذه', 'التي', 'الذي']),
    elisions: new Set(),
    segmenter: null,
    spellings: none,
  },
}

export function searchLanguage(locale: Locale): SearchLanguage {
  return languages[locale]
}

/** A run of letters the segmenter must cut: it holds kana or kanji. */
export const unspacedScript = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u
