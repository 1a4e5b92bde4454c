import { For, type JSX } from 'solid-js'
import type { HighlightedText as Highlighted } from '../../shared/search/search-types.ts'

/** Text with the parts the query matched in <mark>; ranges come from the search engine. */
export function HighlightedText(props: { readonly value: Highlighted }): JSX.Element {
  const parts = () => {
    const { text, ranges } = props.value
    const out: { text: string; marked: boolean }[] = []
    let at = 0
    for (const [start, end] of ranges) {
      if (start < at || end <= start) continue
      if (start > at) out.push({ text: text.slice(at, start), marked: false })
      out.push({ text: text.slice(start, end), marked: true })
      at = end
    }
    if (at < text.length) out.push({ text: text.slice(at), marked: false })
    return out
  }
  return <For each={parts()}>{(part) => (part.marked ? <mark>{part.text}</mark> : part.text)}</For>
}
