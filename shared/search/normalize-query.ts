/**
 * Text normalisation of search, apart from the tokenizer so that code which only records or
 * compares queries (the page's search service, analytics) does not pull in the stemmers.
 */

/**
 * Kana voicing marks (゛ ゜ as combining U+3099/U+309A) are kept: without them ド would read ト and
 * バ, パ, ハ would all be one letter. Every other combining mark goes: Latin accents, Arabic
 * tashkeel and the hamza that marks أ إ آ ؤ ئ (so they fold to ا و ي).
 */
const droppedMarks = /(?![\u3099\u309a])\p{M}/gu
/** Arabic tatweel (a stretching stroke) is typography, not a letter. */
const tatweel = /\u0640/g
/** Arabic-Indic and Persian digits read as the digits a shopper types on a Latin keyboard. */
const easternDigits = /[\u0660-\u0669\u06f0-\u06f9]/g

/**
 * Lower case, without diacritics, in one width: "Kopfhörer" → "kopfhorer", "Straße" → "strasse",
 * "Œuvre" → "oeuvre", "سَمّاعة" → "سماعة", "ﾍｯﾄﾞﾎﾝ" and "ヘッドホン" → "ヘッドホン", "ＵＳＢ" → "usb".
 * The same for every language, so a query is recorded alike whatever the shopper's locale.
 */
export function normalizeText(text: string): string {
  // Most catalog text is ASCII: skip the Unicode decomposition then.
  if (!/[^\t\n\r -~]/.test(text)) return text.toLowerCase()
  // NFKD folds compatibility forms (full- and half-width letters, Arabic presentation forms) and
  // splits accents off; NFC puts kana and their kept voicing marks back together.
  return (
    text
      .normalize('NFKD')
      .replace(droppedMarks, '')
      .replace(tatweel, '')
      .replace(easternDigits, (digit) => String((digit.charCodeAt(0) - (digit >= '\u06f0' ? 0x06f0 : 0x0660)) % 10))
      .normalize('NFC')
      .toLowerCase()
      .replaceAll('ß', 'ss')
      // Ligatures a shopper types as two letters ("oeuvre", "coeur"): NFKD keeps them as one.
      .replaceAll('œ', 'oe')
      .replaceAll('æ', 'ae')
  )
}

/**
 * A query as recorded by analytics and echoed to the client: normalised like indexed text,
 * punctuation and extra spaces gone, so "  Wireless  MOUSE!" and "wireless mouse" count as one query.
 */
export function normalizeQuery(query: string): string {
  return normalizeText(query)
    .replace(/[^\p{L}\p{N}\u3099\u309a'’-]+/gu, ' ')
    .trim()
}
