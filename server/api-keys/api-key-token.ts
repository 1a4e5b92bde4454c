/**
 * The token an integration sends: `sfk_<key id, 32 hex>.<secret, 32 random bytes base64url>`. The id
 * finds the row; only sha256(secret) is stored. A fast hash is enough here (decision 0009): the
 * secret has 256 bits of entropy, so unlike a password it cannot be guessed from its hash.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'

const tokenPattern = /^sfk_([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/

export type ParsedToken = { readonly keyId: string; readonly secret: string }

export type NewToken = ParsedToken & { readonly token: string; readonly secretHash: string }

export function generateToken(): NewToken {
  const keyId = randomUUID()
  const secret = randomBytes(32).toString('base64url')
  return { keyId, secret, token: `sfk_${keyId.replaceAll('-', '')}.${secret}`, secretHash: hashSecret(secret) }
}

/** The key id and secret of a well-formed token, else null. */
export function parseToken(token: string): ParsedToken | null {
  const match = tokenPattern.exec(token)
  if (!match?.[1] || !match[2]) return null
  const hex = match[1]
  const keyId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  return { keyId, secret: match[2] }
}

/** What the admin sees of a key: the start of its token, enough to tell keys apart. */
export function tokenPrefix(keyId: string): string {
  return `sfk_${keyId.replaceAll('-', '').slice(0, 8)}`
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return presented.length === stored.length && timingSafeEqual(presented, stored)
}
