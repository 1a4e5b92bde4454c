/**
 * A representation as one Redis value: a 4-byte length, a JSON header (status, headers, the length of
 * each body), then the bodies back to back. Binary, so compressed bodies are stored as they are sent.
 */
import { z } from 'zod'
import type { EncodedBody } from './content-encoding.ts'
import type { Representation } from './representation.ts'

const headerSchema = z.object({
  status: z.number().int(),
  contentType: z.string(),
  etag: z.string(),
  cacheControl: z.string(),
  facts: z.record(z.string(), z.number()).optional(),
  lengths: z.object({ identity: z.number().int().min(0), br: z.number().int().min(0), gzip: z.number().int().min(0) }),
})

export function encodeRepresentation(representation: Representation): Buffer {
  const { body } = representation
  const header = Buffer.from(
    JSON.stringify({
      status: representation.status,
      contentType: representation.contentType,
      etag: representation.etag,
      cacheControl: representation.cacheControl,
      facts: representation.facts,
      lengths: {
        identity: body.identity.byteLength,
        br: body.br?.byteLength ?? 0,
        gzip: body.gzip?.byteLength ?? 0,
      },
    }),
  )
  const prefix = Buffer.alloc(4)
  prefix.writeUInt32BE(header.byteLength)
  return Buffer.concat([prefix, header, body.identity, body.br ?? new Uint8Array(), body.gzip ?? new Uint8Array()])
}

/** Undefined for a value this code cannot read (written by another version): a miss, not an error. */
export function decodeRepresentation(stored: Buffer): Representation | undefined {
  if (stored.byteLength < 4) return undefined
  const headerLength = stored.readUInt32BE(0)
  const parsed = headerSchema.safeParse(parseJson(stored.subarray(4, 4 + headerLength).toString('utf8')))
  if (!parsed.success) return undefined
  const { lengths, ...rest } = parsed.data
  let offset = 4 + headerLength
  if (stored.byteLength !== offset + lengths.identity + lengths.br + lengths.gzip) return undefined
  // A copy on its own ArrayBuffer: what a Response body takes, and it frees Redis's reply buffer.
  const take = (length: number) => {
    const part = new Uint8Array(stored.subarray(offset, offset + length))
    offset += length
    return part
  }
  const identity = take(lengths.identity)
  const br = take(lengths.br)
  const gzip = take(lengths.gzip)
  const body: EncodedBody = {
    identity,
    br: lengths.br > 0 ? br : undefined,
    gzip: lengths.gzip > 0 ? gzip : undefined,
  }
  return { ...rest, body }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
