/**
 * Privacy scrubbing of error reports (Sentry events and breadcrumbs) before they leave the browser or
 * the server: one pure function both sides call from `beforeSend` / `beforeBreadcrumb`. It walks the
 * whole value rather than known fields, because personal data turns up wherever code put it (a message,
 * a URL's query, an `extra`), and it only ever removes: a report missing a detail beats one that leaks.
 */

/**
 * Sentry's `dataCollection` option on both sides: no user fields, cookies, headers or bodies are
 * collected in the first place; URLs are kept (scrubbed) because they say where an error happened.
 */
export const minimalDataCollection = {
  userInfo: false,
  cookies: false,
  httpHeaders: false,
  httpBodies: [],
  urlQueryParams: true,
}

/** Replaces the value of a field whose name says it holds a secret or personal data. */
export const filtered = '[Filtered]'

// Header, cookie and payment field names, compared without case, dashes or underscores.
const sensitiveKeys = new Set([
  'cookie',
  'cookies',
  'setcookie',
  'authorization',
  'proxyauthorization',
  'xcsrftoken',
  'password',
  'email',
  // A shipping address's phone number (shared/checkout/phone-number.ts).
  'phone',
  'ipaddress',
  'cvc',
  'cvc2',
  'cvv',
  'securitycode',
  'cardnumber',
  'card',
])

const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g
// 13 to 19 digits, optionally grouped by spaces or dashes, not part of a longer word (a hex trace id).
const cardNumberPattern = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g
// Deeper than any event Sentry builds (it normalizes to depth 3 below the top fields): a cycle guard.
const maxDepth = 24

function isSensitiveKey(key: string): boolean {
  return sensitiveKeys.has(key.toLowerCase().replace(/[-_\s]/g, ''))
}

/** Masks email addresses and card-like digit runs inside free text. */
export function scrubText(text: string): string {
  return text.replace(emailPattern, '[email]').replace(cardNumberPattern, '[card]')
}

function scrubValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return scrubText(value)
  if (value === null || typeof value !== 'object') return value
  if (depth >= maxDepth) return filtered
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1))
  const entries = Object.entries(value).map(([key, field]) => [
    key,
    isSensitiveKey(key) ? filtered : scrubValue(field, depth + 1),
  ])
  return Object.fromEntries(entries)
}

/**
 * A copy of an error report (event or breadcrumb) without cookies, auth and CSRF headers, emails,
 * IP addresses, passwords, card numbers or CVCs. Strings anywhere inside are scrubbed too.
 */
export function scrubReport<T extends object>(report: T): T {
  // The copy has the same shape: fields are only replaced by strings where they were sensitive.
  return scrubValue(report, 0) as T
}
