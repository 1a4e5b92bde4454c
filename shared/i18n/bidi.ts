/**
 * Bidirectional text: a Latin product name, an order number or an email inside an Arabic sentence
 * would otherwise take part in the sentence's right-to-left ordering (`SF-10042` shown as
 * `10042-SF`). Each text argument of a right-to-left message is wrapped in a first-strong isolate,
 * the plain-text equivalent of `<bdi>`.
 */
import { type Locale, localeDirection } from './locales.ts'

const firstStrongIsolate = '\u2068'
const popDirectionalIsolate = '\u2069'

export function isolate(text: string): string {
  return `${firstStrongIsolate}${text}${popDirectionalIsolate}`
}

/** `values` with every text argument isolated when `locale` is right-to-left; numbers stay numbers (plurals). */
export function isolateArguments<V extends Readonly<Record<string, string | number>>>(
  values: V | undefined,
  locale: Locale,
): V | undefined {
  if (!values || localeDirection(locale) === 'ltr') return values
  const isolated: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(values))
    isolated[name] = typeof value === 'string' ? isolate(value) : value
  return isolated as V
}
