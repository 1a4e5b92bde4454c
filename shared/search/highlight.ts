/**
 * Marks the words of a text that a query matched. Matching is by stem, like the index, so a typo
 * query ("hedphones") highlights "Headphones" and "lap" highlights "Laptop". Ranges index the
 * original text, which is never rewritten; the UI wraps them in <mark>.
 */

import { normalizeText } from './normalize-query.ts'
import { unspacedScript } from './search-languages.ts'
import type { HighlightedText } from './search-types.ts'
import type { SearchTokenizer } from './tokenizer.ts'

type Range = readonly [number, number]

// Marks belong to their letter: Arabic with tashkeel, or a decomposed accent, is one word.
const compoundPattern = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu
const partPattern = /[\p{L}\p{M}\p{N}]+/gu

export function highlight(text: string, stems: ReadonlySet<string>, tokenizer: SearchTokenizer): HighlightedText {
  const ranges: Range[] = []
  if (stems.size === 0) return { text, ranges }
  const { segmenter, elisions } = tokenizer.searchLanguage
  const stemList = [...stems]
  const isMatch = (word: string) => {
    const normalized = normalizeText(word)
    const apostrophe = normalized.search(/['’]/)
    // "l'écouteur" is indexed as "ecouteur" (tokenizer.ts); the whole compound is marked.
    const elided =
      apostrophe > 0 && elisions.has(normalized.slice(0, apostrophe)) ? normalized.slice(apostrophe + 1) : normalized
    return stems.has(tokenizer.stem(elided.replace(/['’-]/g, '')))
  }
  for (const compound of text.matchAll(compoundPattern)) {
    const start = compound.index
    if (segmenter && unspacedScript.test(compound[0])) {
      // Japanese: the words the segmenter cuts, as the index has them. Its words are not stemmed, so
      // a run holding none of the stems has no match: segmenting is what costs (results highlight
      // every description), and most runs are skipped without it.
      const normalized = normalizeText(compound[0])
      if (!stemList.some((stem) => normalized.includes(stem))) continue
      for (const segment of segmenter.segment(compound[0])) {
        if (segment.isWordLike && isMatch(segment.segment)) {
          ranges.push([start + segment.index, start + segment.index + segment.segment.length])
        }
      }
      continue
    }
    if (isMatch(compound[0])) {
      ranges.push([start, start + compound[0].length])
      continue
    }
    if (!compound[0].includes('-')) continue
    for (const part of compound[0].matchAll(partPattern)) {
      if (isMatch(part[0])) ranges.push([start + part.index, start + part.index + part[0].length])
    }
  }
  return { text, ranges }
}

/**
 * A window of about `length` characters around the first highlighted range, cut at word boundaries
 * and marked with ellipses; null when nothing in the text is highlighted.
 */
export function snippet(source: HighlightedText, length: number): HighlightedText | null {
  const first = source.ranges[0]
  if (!first) return null
  const { text } = source
  if (text.length <= length) return source
  // Japanese writes no spaces: a cut may fall between any two of its characters.
  const inWord = (char: string) => /\S/.test(char) && !unspacedScript.test(char)
  let start = Math.max(0, first[0] - Math.floor(length / 3))
  while (start > 0 && inWord(text[start - 1]!)) start--
  let end = Math.min(text.length, start + length)
  while (end < text.length && inWord(text[end]!)) end++
  const prefix = start > 0 ? '…' : ''
  const suffix = end < text.length ? '…' : ''
  const shift = prefix.length - start
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    ranges: source.ranges
      .filter(([from, to]) => from >= start && to <= end)
      .map(([from, to]) => [from + shift, to + shift] as const),
  }
}
