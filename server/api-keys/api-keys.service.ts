/**
 * The admin's side of API keys: create, rotate, revoke, list, and read a key's audit log. Every
 * change writes its audit entry in the change's own transaction. The token is returned by create
 * and rotate only; the database keeps its hash (api-key-token.ts).
 */
import { type ApiKey, type ApiKeyAuditEntry, apiKeyStatusAt, type IssuedApiKey } from '../../shared/api-keys/api-key.ts'
import type { CreateApiKeyInput, RotateApiKeyInput } from '../../shared/api-keys/api-key-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { AppError } from '../platform/http-errors.ts'
import { generateToken, tokenPrefix } from './api-key-token.ts'
import {
  type ApiKeyRow,
  insertApiKey,
  insertAuditChange,
  listApiKeyRows,
  readApiKey,
  readAuditEntries,
  updateApiKey,
} from './api-keys.repository.ts'

type KeyDeps = Pick<AppDeps, 'db' | 'clock' | 'config'>

/** Who changes a key, for the audit log. */
export type KeyActor = { readonly userId: string; readonly ip: string }

const dayMs = 24 * 60 * 60_000
const maxListedKeys = 500
const auditPageSize = 100

export async function createApiKey(deps: KeyDeps, actor: KeyActor, input: CreateApiKeyInput): Promise<IssuedApiKey> {
  const now = deps.clock()
  const expiresAt = input.expiresAt
    ? new Date(input.expiresAt)
    : new Date(now.getTime() + (input.expiresInDays ?? 0) * dayMs)
  if (expiresAt <= now)
    throw new AppError(ErrorCode.InvalidInput, 'The expiry is in the past.', [
      { path: 'json.expiresAt', message: 'must be in the future' },
    ])
  return deps.db.transaction(async (tx) => {
    const issued = await issueKey(tx, {
      name: input.name,
      scopes: [...input.scopes],
      createdBy: actor.userId,
      now,
      expiresAt,
    })
    await audit(tx, issued.row, 'created', actor, now, {
      scopes: issued.row.scopes.join(' '),
      expiresAt: expiresAt.toISOString(),
    })
    return { key: toApiKey(issued.row, now), token: issued.token }
  })
}

/**
 * Issues the successor of an active key: same name and scopes, the same lifetime counted from now.
 * The old key keeps working until its overlap ends (checked at use time, no job needed).
 */
export async function rotateApiKey(
  deps: KeyDeps,
  actor: KeyActor,
  keyId: string,
  input: RotateApiKeyInput,
): Promise<IssuedApiKey> {
  const now = deps.clock()
  const overlapMinutes = input.overlapMinutes ?? deps.config.apiKeys.rotationOverlapMinutes
  return deps.db.transaction(async (tx) => {
    const old = await readApiKey(tx, keyId, { lock: true })
    if (!old) throw new AppError(ErrorCode.NotFound, `No API key ${keyId}.`)
    if (apiKeyStatusAt(old, now) !== 'active')
      throw new AppError(ErrorCode.ApiKeyNotActive, 'Only an active key can be rotated; rotate its successor.')
    const lifetimeMs = old.expiresAt.getTime() - old.createdAt.getTime()
    const successor = await issueKey(tx, {
      name: old.name,
      scopes: old.scopes,
      createdBy: actor.userId,
      now,
      expiresAt: new Date(now.getTime() + lifetimeMs),
      rotatedFromId: old.id,
    })
    const overlapEndsAt = new Date(now.getTime() + overlapMinutes * 60_000)
    const rotated = await updateApiKey(tx, old.id, { replacedById: successor.row.id, overlapEndsAt })
    await audit(tx, rotated, 'rotated', actor, now, {
      successorId: successor.row.id,
      overlapEndsAt: overlapEndsAt.toISOString(),
    })
    await audit(tx, successor.row, 'created', actor, now, { rotatedFromId: old.id, scopes: old.scopes.join(' ') })
    return { key: toApiKey(successor.row, now), token: successor.token }
  })
}

/** Revokes at once; revoking a revoked key changes nothing and answers it as it is. */
export async function revokeApiKey(deps: KeyDeps, actor: KeyActor, keyId: string): Promise<ApiKey> {
  const now = deps.clock()
  return deps.db.transaction(async (tx) => {
    const key = await readApiKey(tx, keyId, { lock: true })
    if (!key) throw new AppError(ErrorCode.NotFound, `No API key ${keyId}.`)
    if (key.revokedAt) return toApiKey(key, now)
    const revoked = await updateApiKey(tx, key.id, { revokedAt: now })
    await audit(tx, revoked, 'revoked', actor, now, { status: apiKeyStatusAt(key, now) })
    return toApiKey(revoked, now)
  })
}

export async function listApiKeys(deps: KeyDeps): Promise<ApiKey[]> {
  const now = deps.clock()
  return (await listApiKeyRows(deps.db, maxListedKeys)).map((row) => toApiKey(row, now))
}

export async function readApiKeyAudit(deps: KeyDeps, keyId: string): Promise<ApiKeyAuditEntry[]> {
  if (!(await readApiKey(deps.db, keyId))) throw new AppError(ErrorCode.NotFound, `No API key ${keyId}.`)
  return readAuditEntries(deps.db, keyId, auditPageSize)
}

export function toApiKey(row: ApiKeyRow, now: Date): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: tokenPrefix(row.id),
    scopes: row.scopes,
    status: apiKeyStatusAt(row, now),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    overlapEndsAt: row.overlapEndsAt?.toISOString() ?? null,
    rotatedFromId: row.rotatedFromId,
    replacedById: row.replacedById,
  }
}

type KeyToIssue = {
  readonly name: string
  readonly scopes: ApiKeyRow['scopes']
  readonly createdBy: string
  readonly now: Date
  readonly expiresAt: Date
  readonly rotatedFromId?: string
}

async function issueKey(tx: Db, key: KeyToIssue): Promise<{ row: ApiKeyRow; token: string }> {
  const generated = generateToken()
  const row = await insertApiKey(tx, {
    id: generated.keyId,
    name: key.name,
    scopes: key.scopes,
    secretHash: generated.secretHash,
    createdBy: key.createdBy,
    createdAt: key.now,
    expiresAt: key.expiresAt,
    ...(key.rotatedFromId ? { rotatedFromId: key.rotatedFromId } : {}),
  })
  return { row, token: generated.token }
}

function audit(
  tx: Db,
  key: ApiKeyRow,
  action: 'created' | 'rotated' | 'revoked',
  actor: KeyActor,
  at: Date,
  detail: Record<string, string>,
): Promise<void> {
  return insertAuditChange(tx, { keyId: key.id, action, actorId: actor.userId, ip: actor.ip, at, detail })
}
