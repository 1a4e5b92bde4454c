/**
 * Unsubscribe links (issue 15): the token names an address and a topic and is signed with the
 * shop's email link key (HMAC-SHA256), so the link needs no sign-in and cannot be forged for another
 * address. The key is generated once and kept in the database (like the VAPID keys), so every
 * instance signs alike and a link keeps working after a restart. Tokens do not expire: an old email's
 * link must still work (RFC 8058 asks for a link that works for a long time).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { emailLinkSecret, emailUnsubscribes } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export async function emailLinkKey(db: Db): Promise<string> {
  const [existing] = await db.select({ secret: emailLinkSecret.secret }).from(emailLinkSecret)
  if (existing) return existing.secret
  await db
    .insert(emailLinkSecret)
    .values({ id: 1, secret: randomBytes(32).toString('base64url') })
    .onConflictDoNothing()
  const [row] = await db.select({ secret: emailLinkSecret.secret }).from(emailLinkSecret)
  if (!row) throw new Error('email_link_secret has no row after inserting one')
  return row.secret
}

export type Unsubscription = { readonly email: string; readonly topic: string }

const signature = (key: string, payload: string) => createHmac('sha256', key).update(payload).digest('base64url')

/** `<payload>.<signature>`, the payload being the address and topic as base64url JSON. */
export function unsubscribeToken(key: string, target: Unsubscription): string {
  const payload = Buffer.from(JSON.stringify([target.email, target.topic])).toString('base64url')
  return `${payload}.${signature(key, payload)}`
}

/** The address and topic of a token this shop signed; null for anything else. */
export function readUnsubscribeToken(key: string, token: string): Unsubscription | null {
  const [payload, given, ...rest] = token.split('.')
  if (!payload || !given || rest.length > 0) return null
  const expected = Buffer.from(signature(key, payload))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    if (!Array.isArray(parsed) || parsed.length !== 2) return null
    const [email, topic] = parsed
    return typeof email === 'string' && typeof topic === 'string' ? { email, topic } : null
  } catch {
    return null
  }
}

/** Idempotent: unsubscribing twice keeps the first row. */
export async function recordUnsubscribe(db: Db, target: Unsubscription): Promise<void> {
  await db
    .insert(emailUnsubscribes)
    .values({ email: target.email.toLowerCase(), topic: target.topic })
    .onConflictDoNothing()
}

export async function isUnsubscribed(db: Db, target: Unsubscription): Promise<boolean> {
  const [row] = await db
    .select({ email: emailUnsubscribes.email })
    .from(emailUnsubscribes)
    .where(and(eq(emailUnsubscribes.email, target.email.toLowerCase()), eq(emailUnsubscribes.topic, target.topic)))
  return row !== undefined
}
