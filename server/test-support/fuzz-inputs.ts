/**
 * Hostile HTTP inputs for the route fuzz test (server/security/route-fuzz.db.test.ts): strings,
 * numbers, JSON bodies, raw body texts, content types and query strings an attacker (or a broken
 * client) might send. Arbitraries only — no I/O; the test turns them into requests.
 */
import fc from 'fast-check'

const sqlInjections = [
  "' OR '1'='1",
  "'; DROP TABLE orders; --",
  '1; SELECT pg_sleep(5)--',
  "' UNION SELECT id_hash, csrf_token FROM sessions --",
  '\\x27; delete from products; --',
  '$$; truncate users; $$',
]
const scriptInjections = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '$' + '{7*7}', // a template injection, kept from being one here
]
const oddStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  '\u202Eevil', // right-to-left override
  '\uFEFF',
  '🛒🧾👩‍👩‍👧',
  'Ω≈ç√∫',
  '../../../../etc/passwd',
  '%00',
  '%',
  '%E0%A4%A',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'true',
]
/** Dates a schema may accept and PostgreSQL refuses (year 0, after the offset too). */
const oddDates = ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00+14:00', '9999-12-31T23:59:59-14:00', '0000-01-01']
/** Numbers written as strings, where forms and query strings carry them. */
const numberLikeStrings = [
  '-1',
  '0',
  '-0',
  '1.5',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '0x10',
  '9'.repeat(40),
  '1_000',
]

/** A string from the hostile lists, or a random one of any code units, or a long one. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...sqlInjections, ...scriptInjections, ...oddStrings, ...oddDates, ...numberLikeStrings),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: 200, max: 5000 }).map((n) => 'x'.repeat(n)),
)

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, 0, -0, 0.5, -0.0001, 1e308, Number.MAX_SAFE_INTEGER + 2, -(2 ** 31) - 1, 2 ** 31),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
)

/** Field names the routes' schemas use, so a random object reaches the checks past "unknown key". */
const fieldNames = [
  'email',
  'password',
  'name',
  'quantity',
  'productId',
  'kind',
  'id',
  'createdAt',
  'mutations',
  'idempotencyKey',
  'shippingAddress',
  'shippingMethod',
  'line1',
  'postalCode',
  'city',
  'country',
  'cardNumber',
  'expiry',
  'cvc',
  'approve',
  'amount',
  'reason',
  'lines',
  'scopes',
  'expiresInDays',
  'overlapMinutes',
  'items',
  'sku',
  'slug',
  'price',
  'stock',
  'currency',
  'categorySlug',
  'query',
  'q',
  'position',
  'saveAsDefault',
]

const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom(null, true, false, [], {}),
  fc.uuid(),
)

/** Objects with the routes' own field names and hostile values, nested a few levels. */
const hostileObject: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, hostileLeaf, tie('object'), fc.array(tie('value'), { maxLength: 4 })),
  object: fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames), hostileString), tie('value'), { maxKeys: 6 }),
})).object

/** Nesting far deeper than any schema, written as text so building it does not recurse. */
function deeplyNested(depth: number, open: string, close: string, leaf: string): string {
  return open.repeat(depth) + leaf + close.repeat(depth)
}

/** Raw request body texts: not JSON, or JSON the parser itself may choke on. */
const rawBodyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    'null',
    '\u0000',
    '[]',
    '"just a string"',
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    deeplyNested(10_000, '[', ']', '1'),
    deeplyNested(10_000, '{"a":', '}', '1'),
    JSON.stringify({ email: 'x'.repeat(100_000) }), // over the 64 kB /api limit: 413
  ),
  hostileString,
)

export type HostileBody = { readonly contentType: string | undefined; readonly text: string }

/** Content types a JSON route does not expect, and JSON declared in unusual ways. */
const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'multipart/form-data',
  'application/csp-report',
  'application/reports+json',
  'application/xml',
  '*/*',
  ';;;',
]

/** A request body: usually JSON (random, or shaped like our inputs), sometimes raw text, any content type. */
export const hostileBody: fc.Arbitrary<HostileBody> = fc.record({
  contentType: fc.oneof(
    { weight: 3, arbitrary: fc.constant('application/json') },
    { weight: 2, arbitrary: fc.constantFrom(...contentTypes, undefined) },
  ),
  text: fc.oneof(
    { weight: 3, arbitrary: hostileObject.map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.array(hostileObject, { maxLength: 3 }).map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: rawBodyText },
  ),
})

/**
 * Percent-encodes every UTF-8 byte outside the unreserved set. Unlike encodeURIComponent it never
 * throws: a lone surrogate goes out as U+FFFD, as a browser would send it.
 */
export function percentEncode(value: string): string {
  let encoded = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte)
    encoded += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return encoded
}

/** Malformed escapes sent as they are: decoding them must be a 400, not a crash. */
const rawQueryParts = ['%', '%zz', '%E0%A4%A', '%00', 'a=%ff%fe', '&&&', '=', 'a[b]=1', 'a=1&a=2', 'cursor=%C0%AF']

const anyId = '00000000-0000-4000-8000-000000000000'
const base64Json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
/** Cursors shaped like the lists' own (opaque-cursor.ts), holding keys the database cannot compare. */
const hostileCursors = [
  { s: 'price_asc', k: [2 ** 31, anyId] },
  { s: 'newest', k: ['0000-01-01T00:00:00Z', anyId] },
  { o: ['0000-01-01T00:00:00Z', anyId] },
  { e: ['0001-01-01T00:00:00+14:00', anyId], s: null },
  { m: ['0000-01-01T00:00:00Z', 2 ** 40] },
  { name: 'a\u0000', stock: 2 ** 40, id: anyId },
  { p: "' OR 1=1 --" },
].map(base64Json)

const queryKeys = ['q', 'limit', 'cursor', 'since', 'category', 'sort', 'days', 'status', 'w', 'updatedSince']

/** A query string (without the `?`): random keys and hostile values, sometimes raw malformed parts. */
export const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...queryKeys), hostileString), fc.oneof(hostileString, fc.uuid())), {
      maxLength: 4,
    })
    .map((pairs) => pairs.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join('&')),
  fc.constantFrom(...rawQueryParts),
  fc.constantFrom(...hostileCursors).map((cursor) => `cursor=${cursor}`),
)

/** Header values must be Latin-1 without line breaks to be sent at all; everything else goes. */
export const hostileHeaderValue: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  hostileString.map((value) => value.replace(/[^\x20-\x7e]/g, '?')),
)

/** A path parameter: a real id from the test's own data, or a hostile value, percent-encoded either way. */
export function pathParam(realValues: readonly string[]): fc.Arbitrary<string> {
  const real = realValues.length > 0 ? [fc.constantFrom(...realValues)] : []
  return fc
    .oneof(
      ...real,
      fc.uuid(),
      hostileString.filter((value) => value.length > 0),
    )
    .map(percentEncode)
}
