/**
 * Opaque keyset cursors (`nextCursor` of a paged list): base64url JSON of the last row's sort key.
 * A cursor is validated on decode against the list's own schema, so a tampered one, or one issued
 * by another list or sort order, is refused (INVALID_CURSOR) instead of silently producing a wrong page.
 */
import type { z } from 'zod'

export function encodeOpaqueCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

/** The decoded key, or null when `raw` is not a cursor `schema` accepts. */
export function decodeOpaqueCursor<T>(raw: string, schema: z.ZodType<T>): T | null {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) return null
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
  } catch {
    return null // not JSON: a client bug or tampering, both answered as INVALID_CURSOR by the caller
  }
  const parsed = schema.safeParse(json)
  return parsed.success ? parsed.data : null
}
