/**
 * Marks the words of a text that a query matched. Matching is by stem, like the index, so a typo
 * query ("hedphones") highlights "Headphones" and "lap" highlights "Laptop". Ranges index the
 * original text, which is never rewritten; the UI wraps them in <mark>.
 */

import { normalizeText } from './normalize-query.ts'
import type { HighlightedText } from './search-types.ts'
import type { SearchTokenizer } from './tokenizer.ts'

type Range = readonly [number, number]

const compoundPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu
const partPattern = /[\p{L}\p{N}]+/gu

export function highlight(text: string, stems: ReadonlySet<string>, tokenizer: SearchTokenizer): HighlightedText {
  const ranges: Range[] = []
  if (stems.size === 0) return { text, ranges }
  const isMatch = (word: string) => stems.has(tokenizer.stem(normalizeText(word).replace(/['’-]/g, '')))
  for (const compound of text.matchAll(compoundPattern)) {
    const start = compound.index
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
  let start = Math.max(0, first[0] - Math.floor(length / 3))
  while (start > 0 && /\S/.test(text[start - 1]!)) start--
  let end = Math.min(text.length, start + length)
  while (end < text.length && /\S/.test(text[end]!)) end++
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
