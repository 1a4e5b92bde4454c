import { For, type JSX } from 'solid-js'
import { highlightParts } from '../../shared/search/highlight-parts.ts'
import type { HighlightedText as Highlighted } from '../../shared/search/search-types.ts'

/** Text with the parts the query matched in <mark>; ranges come from the search engine. */
export function HighlightedText(props: { readonly value: Highlighted }): JSX.Element {
  return <For each={highlightParts(props.value)}>{(part) => (part.marked ? <mark>{part.text}</mark> : part.text)}</For>
}
