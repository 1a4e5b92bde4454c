import { createHash } from 'node:crypto'

/** A UUID-shaped id (RFC 9562 version 8, "custom") derived from a stable name: demo rows get the same ids on every seed. */
export function deterministicUuid(name: string): string {
  const hex = createHash('sha256').update(`storefront-demo:${name}`).digest('hex')
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
