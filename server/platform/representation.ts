/**
 * A finished answer — status, headers that describe it, the body in every encoding worth having and a
 * strong ETag — made once and sent many times: by the response cache (server/platform/response-cache.ts)
 * and the static files. Sending one is a header lookup and a buffer write: no query, no JSON, no
 * compression, and a 304 when the client already has it.
 */
import { hash } from 'node:crypto'
import type { Context } from 'hono'
import { type Bytes, bodyFor, type EncodedBody, type Encoding, encodeBody, pickEncoding } from './content-encoding.ts'

export type Representation = {
  readonly status: number
  readonly contentType: string
  /** Strong validator of the identity body, quoted; each encoding sends it with a suffix (etagFor). */
  readonly etag: string
  readonly cacheControl: string
  readonly body: EncodedBody
  /** Numbers about the body a handler needs on every request without parsing it (a search's total). */
  readonly facts?: Readonly<Record<string, number>> | undefined
}

/**
 * The ETag is a hash of the identity body, made once when the representation is made (a cache fill),
 * never per request. A catalog version number would be cheaper still but is not a safe validator:
 * a transaction that took an older version can commit after a newer one was read (decision 0006),
 * so two different bodies could carry the same number.
 */
export function strongEtag(identity: Bytes): string {
  return `"${hash('sha1', identity, 'hex').slice(0, 32)}"`
}

const utf8 = new TextEncoder()

export async function makeRepresentation(input: {
  readonly status?: number
  readonly contentType: string
  readonly cacheControl: string
  readonly body: string | Bytes
}): Promise<Representation> {
  const identity = typeof input.body === 'string' ? utf8.encode(input.body) : input.body
  return {
    status: input.status ?? 200,
    contentType: input.contentType,
    cacheControl: input.cacheControl,
    etag: strongEtag(identity),
    body: await encodeBody(identity, input.contentType),
  }
}

export async function makeJsonRepresentation(
  value: unknown,
  cacheControl: string,
  facts?: Readonly<Record<string, number>>,
): Promise<Representation> {
  const representation = await makeRepresentation({
    contentType: 'application/json',
    cacheControl,
    body: JSON.stringify(value),
  })
  return facts ? { ...representation, facts } : representation
}

/**
 * Each encoding is a representation of its own and gets an ETag of its own (RFC 9110 §8.8.3), so a
 * cache never pairs a brotli body with a validator of the plain one. They share the base, and
 * If-None-Match compares bases: any encoding of the same body is "not modified".
 */
export function etagFor(etag: string, encoding: Encoding): string {
  if (encoding === 'identity') return etag
  return `${etag.slice(0, -1)}-${encoding === 'br' ? 'br' : 'gz'}"`
}

/** Weak comparison (RFC 9110 §13.1.2) of each listed tag's base with ours; `*` matches anything. */
export function isNotModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  for (const raw of ifNoneMatch.split(',')) {
    const tag = raw.trim().replace(/^W\//, '')
    if (tag === etag || tag.replace(/-(br|gz)"$/, '"') === etag) return true
  }
  return false
}

/**
 * An answer made for this request only, with a strong ETag all the same (a hash of the body) and a
 * 304 when the client has it; the compression middleware encodes it and suffixes the tag.
 */
export function sendJsonWithEtag(c: Context, value: unknown, cacheControl: string): Response {
  const json = JSON.stringify(value)
  const etag = strongEtag(utf8.encode(json))
  const headers = { ETag: etag, 'Cache-Control': cacheControl }
  if (isNotModified(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers)
  return c.body(json, 200, { ...headers, 'Content-Type': 'application/json' })
}

/** Answers made by sendRepresentation: complete (encoding chosen, caching said), for middleware to pass. */
const finishedAnswers = new WeakSet<Response>()

export function isFinishedAnswer(response: Response): boolean {
  return finishedAnswers.has(response)
}

/**
 * Sends the representation in the encoding the client prefers, or 304 when it has this one.
 * `perRequest` headers (a search id, a wider Vary) go with either. The Response is built with a plain header
 * object, which @hono/node-server writes as it is; Hono's `c.body` would build a WHATWG Headers
 * (validating each header) and merge headers set earlier with `c.header()` — routes that send
 * representations set none (every-response headers go through response-headers.ts).
 */
export function sendRepresentation(
  c: Context,
  representation: Representation,
  perRequest: Readonly<Record<string, string>> = {},
): Response {
  const encoding = pickEncoding(c.req.header('accept-encoding'), representation.body)
  const headers: Record<string, string> = {
    ETag: etagFor(representation.etag, encoding),
    'Cache-Control': representation.cacheControl,
    Vary: 'Accept-Encoding',
    ...perRequest,
  }
  const notModified = isNotModified(c.req.header('if-none-match'), representation.etag)
  if (!notModified) {
    headers['Content-Type'] = representation.contentType
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding
  }
  const body = notModified ? null : bodyFor(representation.body, encoding)
  const response = new Response(body, { status: notModified ? 304 : representation.status, headers })
  finishedAnswers.add(response)
  return response
}
