/**
 * Text normalisation of search, apart from the tokenizer so that code which only records or
 * compares queries (the page's search service, analytics) does not pull in the stemmers.
 */

/** Lower case, without diacritics: "Kopfhörer" → "kopfhorer", "Straße" → "strasse". */
export function normalizeText(text: string): string {
  // Most catalog text is ASCII: skip the Unicode decomposition then.
  if (!/[^\t\n\r -~]/.test(text)) return text.toLowerCase()
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replaceAll('ß', 'ss')
}

/**
 * A query as recorded by analytics and echoed to the client: normalised like indexed text,
 * punctuation and extra spaces gone, so "  Wireless  MOUSE!" and "wireless mouse" count as one query.
 */
export function normalizeQuery(query: string): string {
  return normalizeText(query)
    .replace(/[^\p{L}\p{N}'’-]+/gu, ' ')
    .trim()
}
