/** The only SQL of API keys: the keys and their audit log. */
import { desc, eq, isNull, lt, or, sql } from 'drizzle-orm'
import type { ApiKeyAuditAction, ApiKeyAuditEntry, ApiKeyScope } from '../../shared/api-keys/api-key.ts'
import { apiKeyAudit, apiKeys, users } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type ApiKeyRow = typeof apiKeys.$inferSelect

export type NewApiKeyRow = {
  readonly id: string
  readonly name: string
  readonly scopes: ApiKeyScope[]
  readonly secretHash: string
  readonly createdBy: string | null
  readonly createdAt: Date
  readonly expiresAt: Date
  readonly rotatedFromId?: string
}

export async function insertApiKey(db: Db, key: NewApiKeyRow): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(key).returning()
  if (!row) throw new Error('insert into api_keys returned no row')
  return row
}

export async function readApiKey(db: Db, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(apiKeys).where(eq(apiKeys.id, id))
  const [row] = options.lock ? await query.for('update') : await query
  return row
}

/** Newest first; keys are few (one per integration and rotation), so no paging. */
export async function listApiKeyRows(db: Db, limit: number): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id)).limit(limit)
}

export type ApiKeyPatch = Partial<Pick<ApiKeyRow, 'revokedAt' | 'replacedById' | 'overlapEndsAt'>>

export async function updateApiKey(db: Db, id: string, patch: ApiKeyPatch): Promise<ApiKeyRow> {
  const [row] = await db.update(apiKeys).set(patch).where(eq(apiKeys.id, id)).returning()
  if (!row) throw new Error(`api key ${id} vanished`)
  return row
}

/** Sets last_used_at unless another request (of any instance) did so since `staleBefore`. */
export async function touchLastUsed(db: Db, id: string, at: Date, staleBefore: Date): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: at })
    .where(sql`${apiKeys.id} = ${id} and ${or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore))}`)
}

export type AuditChange = {
  readonly keyId: string
  readonly action: Extract<ApiKeyAuditAction, 'created' | 'rotated' | 'revoked'>
  readonly actorId: string | null
  readonly ip: string | null
  readonly at: Date
  readonly detail: Record<string, string | number | null>
}

export async function insertAuditChange(db: Db, change: AuditChange): Promise<void> {
  await db.insert(apiKeyAudit).values(change)
}

export type AuditUse = {
  readonly keyId: string
  readonly action: Extract<ApiKeyAuditAction, 'used' | 'denied'>
  readonly route: string
  /** The start of the minute the request fell in. */
  readonly minute: Date
  readonly ip: string
  readonly detail: Record<string, string | number | null>
}

/** Counts one request in its key's row for the route and minute: one statement, no transaction. */
export async function countAuditUse(db: Db, use: AuditUse): Promise<void> {
  await db
    .insert(apiKeyAudit)
    .values({
      keyId: use.keyId,
      action: use.action,
      route: use.route,
      at: use.minute,
      ip: use.ip,
      detail: use.detail,
    })
    .onConflictDoUpdate({
      target: [apiKeyAudit.keyId, apiKeyAudit.action, apiKeyAudit.route, apiKeyAudit.at],
      targetWhere: sql`${apiKeyAudit.action} in ('used', 'denied')`,
      set: { count: sql`${apiKeyAudit.count} + 1`, ip: sql`excluded.ip`, detail: sql`excluded.detail` },
    })
}

/** The key's latest audit entries, newest first, with the acting admin's email. */
export async function readAuditEntries(db: Db, keyId: string, limit: number): Promise<ApiKeyAuditEntry[]> {
  const rows = await db
    .select({ entry: apiKeyAudit, actorEmail: users.email })
    .from(apiKeyAudit)
    .leftJoin(users, eq(users.id, apiKeyAudit.actorId))
    .where(eq(apiKeyAudit.keyId, keyId))
    // Insertion order: a minute's use row sits where that minute's first request put it.
    .orderBy(desc(apiKeyAudit.id))
    .limit(limit)
  return rows.map(({ entry, actorEmail }) => ({
    id: entry.id,
    action: entry.action,
    at: entry.at.toISOString(),
    count: entry.count,
    actorEmail,
    ip: entry.ip,
    route: entry.route,
    detail: entry.detail,
  }))
}
