/**
 * Shape checks of the admin's key routes (`/api/admin/api-keys`). Like the other parse-* modules the
 * client ships no zod: anything that is not the expected shape throws.
 */
import {
  type ApiKey,
  type ApiKeyAuditEntry,
  apiKeyAuditActions,
  apiKeyStatuses,
  type IssuedApiKey,
  isApiKeyScope,
} from '../../shared/api-keys/api-key.ts'

export function parseApiKeyList(body: unknown): readonly ApiKey[] {
  if (!isRecord(body) || !Array.isArray(body.keys)) throw new TypeError('api keys: keys is not an array')
  const bad = body.keys.findIndex((key) => !isApiKey(key))
  if (bad >= 0) throw new TypeError(`api keys: bad key at ${bad}`)
  return body.keys as ApiKey[]
}

export function parseIssuedApiKey(body: unknown): IssuedApiKey {
  if (!isRecord(body) || typeof body.token !== 'string' || !isApiKey(body.key))
    throw new TypeError('api key: not an issued key')
  return body as IssuedApiKey
}

export function parseApiKey(body: unknown): ApiKey {
  if (!isApiKey(body)) throw new TypeError('api key: bad key')
  return body
}

export function parseApiKeyAudit(body: unknown): readonly ApiKeyAuditEntry[] {
  if (!isRecord(body) || !Array.isArray(body.entries)) throw new TypeError('api key audit: entries is not an array')
  const bad = body.entries.findIndex((entry) => !isAuditEntry(entry))
  if (bad >= 0) throw new TypeError(`api key audit: bad entry at ${bad}`)
  return body.entries as ApiKeyAuditEntry[]
}

function isApiKey(value: unknown): value is ApiKey {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    typeof value.prefix === 'string' &&
    Array.isArray(value.scopes) &&
    value.scopes.every(isApiKeyScope) &&
    (apiKeyStatuses as readonly unknown[]).includes(value.status) &&
    typeof value.createdAt === 'string' &&
    typeof value.expiresAt === 'string' &&
    isOptionalString(value.lastUsedAt) &&
    isOptionalString(value.revokedAt) &&
    isOptionalString(value.overlapEndsAt) &&
    isOptionalString(value.rotatedFromId) &&
    isOptionalString(value.replacedById)
  )
}

function isAuditEntry(value: unknown): value is ApiKeyAuditEntry {
  return (
    isRecord(value) &&
    Number.isSafeInteger(value.id) &&
    (apiKeyAuditActions as readonly unknown[]).includes(value.action) &&
    typeof value.at === 'string' &&
    Number.isSafeInteger(value.count) &&
    isOptionalString(value.actorEmail) &&
    isOptionalString(value.ip) &&
    isOptionalString(value.route) &&
    isRecord(value.detail)
  )
}

function isOptionalString(value: unknown): boolean {
  return value === null || typeof value === 'string'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
