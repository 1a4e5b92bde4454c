/**
 * The automatic moderation rules of a review (issue 15): which reasons, if any, hold it for a human
 * instead of publishing it at once. Pure: the caller reads the settings, the account's age and the
 * author's other reviews. The rules err towards holding (a held review waits; a published one is seen).
 */
import ar from 'naughty-words/ar.json' with { type: 'json' }
import de from 'naughty-words/de.json' with { type: 'json' }
import en from 'naughty-words/en.json' with { type: 'json' }
import es from 'naughty-words/es.json' with { type: 'json' }
import fr from 'naughty-words/fr.json' with { type: 'json' }
import it from 'naughty-words/it.json' with { type: 'json' }
import ja from 'naughty-words/ja.json' with { type: 'json' }
import nl from 'naughty-words/nl.json' with { type: 'json' }
import pt from 'naughty-words/pt.json' with { type: 'json' }
import type { HoldReason } from './review.ts'

export type ReviewModeration = 'publish' | 'hold'

export type ModerationInput = {
  readonly title: string
  readonly body: string
  /** How long ago the author's account was created, in milliseconds. */
  readonly accountAgeMs: number
  /** The bodies of the author's other reviews (any product, any status). */
  readonly otherBodies: readonly string[]
  readonly moderation: ReviewModeration
}

export const newAccountMs = 24 * 60 * 60_000

/** The reasons to hold a review, in a fixed order; empty: publish it. */
export function holdReasonsFor(input: ModerationInput): HoldReason[] {
  const text = `${input.title}\n${input.body}`
  const reasons: HoldReason[] = []
  if (input.moderation === 'hold') reasons.push('shop_setting')
  if (hasLink(text)) reasons.push('links')
  if (hasProfanity(text)) reasons.push('profanity')
  if (isRepeatedText(input.body, input.otherBodies)) reasons.push('repeated_text')
  if (input.accountAgeMs < newAccountMs) reasons.push('new_account')
  return reasons
}

/** Lowercased, accents and other combining marks removed, compatibility forms folded (full-width letters). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

function wordsOf(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? []
}

// Common and country TLDs a spammer uses; a closed list keeps "e.g." or "v2.0" from counting as domains.
const tlds =
  'com|net|org|info|biz|io|co|me|ru|cn|xyz|top|shop|store|online|site|app|de|at|ch|uk|fr|es|it|nl|pt|eu|us|ly|gl|tk|ml|ga|cf|gq|to|cc|tv'
const linkPatterns = [
  /\bhttps?:\/\//,
  /\bwww\s*\.\s*[a-z0-9]/,
  new RegExp(`\\b[a-z0-9][a-z0-9-]*\\.(?:${tlds})\\b`),
  // Obfuscated: "example dot com", "example [dot] com", "example (.) com", "example punkt de".
  new RegExp(`\\b[a-z0-9][a-z0-9-]*\\s*[([{]?\\s*(?:dot|punkt|point|\\.)\\s*[)\\]}]?\\s*(?:${tlds})\\b`),
]

/** URLs, "www.", bare domains ("example.com") and spelt-out ones ("example dot com"). */
export function hasLink(text: string): boolean {
  const folded = foldText(text)
  return linkPatterns.some((pattern) => pattern.test(folded))
}

type ProfanityIndex = { words: Set<string>; phrases: string[]; fragments: string[] }
let profanityIndex: ProfanityIndex | undefined

// Scripts written without spaces between words: a list entry in them is matched inside words.
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** Built on first use, once: the word lists are parsed at import, but the sets cost nothing at start. */
function profanity(): ProfanityIndex {
  if (profanityIndex) return profanityIndex
  const index: ProfanityIndex = { words: new Set(), phrases: [], fragments: [] }
  for (const entry of [en, de, fr, es, it, nl, pt, ja, ar].flat()) {
    const folded = foldText(entry)
    const words = wordsOf(folded)
    // Entries with no letters (an emoji) or in unspaced scripts match as substrings.
    if (words.length === 0 || unspacedScript.test(folded)) index.fragments.push(folded.replace(/\s+/g, ''))
    else if (words.length === 1 && words[0]) index.words.add(words[0])
    else index.phrases.push(` ${words.join(' ')} `)
  }
  profanityIndex = index
  return index
}

/**
 * Whole words of the lists, case- and accent-insensitive, so "Scunthorpe" or "class" never match
 * "cunt" or "ass"; phrases match as whole-word sequences; Japanese entries match inside text.
 */
export function hasProfanity(text: string): boolean {
  const { words, phrases, fragments } = profanity()
  const folded = foldText(text)
  const tokens = wordsOf(folded)
  if (tokens.some((token) => words.has(token))) return true
  const spaced = ` ${tokens.join(' ')} `
  if (phrases.some((phrase) => spaced.includes(phrase))) return true
  const unspaced = folded.replace(/\s+/g, '')
  return fragments.some((fragment) => unspaced.includes(fragment))
}

function normalizedBody(body: string): string {
  return wordsOf(foldText(body)).join(' ')
}

/** The same body as another of the author's reviews, or one mostly made of one character or word. */
export function isRepeatedText(body: string, otherBodies: readonly string[]): boolean {
  const normalized = normalizedBody(body)
  if (normalized === '') return false
  if (otherBodies.some((other) => normalizedBody(other) === normalized)) return true
  return isMostlyOne([...normalized.replaceAll(' ', '')], 8) || isMostlyOne(normalized.split(' '), 5)
}

/** At least `minimum` items, and one of them makes up 60 % or more. */
function isMostlyOne(items: readonly string[], minimum: number): boolean {
  if (items.length < minimum) return false
  const counts = new Map<string, number>()
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  return Math.max(...counts.values()) / items.length >= 0.6
}
