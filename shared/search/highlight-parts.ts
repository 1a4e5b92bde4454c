import type { HighlightedText } from './search-types.ts'

export type HighlightPart = { readonly text: string; readonly marked: boolean }

/**
 * Highlighted text as runs to render, the matched ones `marked`. Ranges that overlap an earlier one
 * or are empty are skipped. For the client's <mark> component and the server's HTML alike.
 */
export function highlightParts({ text, ranges }: HighlightedText): HighlightPart[] {
  const parts: HighlightPart[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue
    if (start > at) parts.push({ text: text.slice(at, start), marked: false })
    parts.push({ text: text.slice(start, end), marked: true })
    at = end
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false })
  return parts
}
