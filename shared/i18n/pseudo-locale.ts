/**
 * A pseudo-locale made from the English catalog, for finding what translation would break: each
 * message's text accented (so untranslated, hard-coded English stands out), padded to ~40% longer
 * (as German or French often are) and wrapped in brackets (so a cut-off end shows). Only literal text
 * changes: arguments, plural and select cases, `#` and tags stay as they are. Never a shop locale:
 * e2e/pseudo-locale.spec.ts serves it in place of a real catalog.
 */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser'
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js'

const plain = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
const accented = 'åƀçðéƒĝĥîĵķļɱñôƥʠŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÔƤǪŔŜŢÛṼŴẊÝŽ'
const accents = new Map([...plain].map((letter, index) => [letter, [...accented][index] ?? letter]))

/** How much longer a pseudo message is than its English text, before the brackets. */
export const pseudoExpansion = 0.4

export function accentText(text: string): string {
  return [...text].map((char) => accents.get(char) ?? char).join('')
}

/** `message` (an ICU message) in the pseudo-locale, as an ICU message. */
export function pseudoMessage(message: string): string {
  return printAST(pseudoElements(parse(message)))
}

/** A parsed message in the pseudo-locale: the AST the app's build-compiled catalogs hold. */
export function pseudoElements(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return [literal('['), ...elements.map(accentElement), literal(`${padding(textLength(elements))}]`)]
}

/**
 * `~` in words of five after a space, about `pseudoExpansion` of `length` long: a long message gets
 * several words, so it wraps where a translation would instead of overflowing as one long word.
 */
function padding(length: number): string {
  const size = Math.max(2, Math.ceil(length * pseudoExpansion))
  let padded = ''
  while (padded.length < size || padded.endsWith(' ')) padded += padded.length % 6 === 0 ? ' ' : '~'
  return padded
}

/** A whole catalog in the pseudo-locale, as ICU messages under the same ids. */
export function pseudoCatalog(catalog: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(catalog).map(([id, message]) => [id, pseudoMessage(message)]))
}

function literal(value: string): MessageFormatElement {
  return { type: TYPE.literal, value }
}

function accentElement(element: MessageFormatElement): MessageFormatElement {
  switch (element.type) {
    case TYPE.literal:
      return { ...element, value: accentText(element.value) }
    case TYPE.tag:
      return { ...element, children: element.children.map(accentElement) }
    case TYPE.plural:
    case TYPE.select:
      return {
        ...element,
        options: Object.fromEntries(
          Object.entries(element.options).map(([key, option]) => [
            key,
            { ...option, value: option.value.map(accentElement) },
          ]),
        ),
      }
    default:
      return element
  }
}

/** The length of the text a message shows, its longest case for plurals and selects. */
function textLength(elements: readonly MessageFormatElement[]): number {
  let length = 0
  for (const element of elements) {
    if (element.type === TYPE.literal) length += [...element.value].length
    else if (element.type === TYPE.tag) length += textLength(element.children)
    else if (element.type === TYPE.plural || element.type === TYPE.select) {
      length += Math.max(0, ...Object.values(element.options).map((option) => textLength(option.value)))
    }
  }
  return length
}
