/**
 * A message with elements inside it (a link, a price): the message decides the words, their order
 * and the punctuation around the elements ("Did you mean {suggestion}?", Arabic "هل تقصد {suggestion}؟"),
 * the page renders each named argument as an element. The message is formatted with a placeholder
 * character per argument and split at those; the first-strong isolates `t()` puts around a text
 * argument in a right-to-left message are dropped with them (the page isolates the element itself,
 * with `<bdi>`, when its text is the shopper's or the catalog's).
 */
import { isolate } from './bidi.ts'

export type MessagePart<Slot extends string> =
  | { readonly text: string; readonly slot?: undefined }
  | { readonly slot: Slot; readonly text?: undefined }

/** Private-use characters: never in a catalog's text. */
const firstPlaceholder = 0xe000

export function messageParts<Slot extends string>(
  format: (values: Readonly<Record<Slot, string>>) => string,
  slots: readonly Slot[],
): MessagePart<Slot>[] {
  const placeholders = slots.map((_, index) => String.fromCharCode(firstPlaceholder + index))
  let text = format(Object.fromEntries(slots.map((slot, index) => [slot, placeholders[index]])) as Record<Slot, string>)
  for (const placeholder of placeholders) text = text.replaceAll(isolate(placeholder), placeholder)
  const parts: MessagePart<Slot>[] = []
  let rest = text
  for (;;) {
    const at = placeholders
      .map((placeholder, index) => ({ index, position: rest.indexOf(placeholder) }))
      .filter(({ position }) => position >= 0)
      .sort((a, b) => a.position - b.position)[0]
    if (!at) break
    if (at.position > 0) parts.push({ text: rest.slice(0, at.position) })
    parts.push({ slot: slots[at.index] as Slot })
    rest = rest.slice(at.position + 1)
  }
  if (rest) parts.push({ text: rest })
  return parts
}
