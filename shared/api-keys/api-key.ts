/**
 * API keys for integrations (DESIGN §6, decision 0009): the scope registry, the key as the admin API
 * shows it (never its secret or hash), and the one rule that says whether a key may be used now.
 */

/** What a key may do on `/api/v1`; each route names the one scope it needs. */
export const apiKeyScopes = ['catalog:read', 'catalog:write', 'orders:read'] as const
export type ApiKeyScope = (typeof apiKeyScopes)[number]

/** The longest a key may live, and the longest a rotated key may keep working next to its successor. */
export const maxApiKeyDays = 730
export const maxOverlapMinutes = 7 * 24 * 60

export function isApiKeyScope(value: unknown): value is ApiKeyScope {
  return typeof value === 'string' && (apiKeyScopes as readonly string[]).includes(value)
}

/**
 * `active`; `rotating` (replaced by a successor, still valid until its overlap ends); `expired`
 * (past its expiry or its overlap); `revoked`.
 */
export const apiKeyStatuses = ['active', 'rotating', 'expired', 'revoked'] as const
export type ApiKeyStatus = (typeof apiKeyStatuses)[number]

/** A key as `GET /api/admin/api-keys` lists it. Times are ISO strings. */
export type ApiKey = {
  readonly id: string
  readonly name: string
  /** The public start of the token (`sfk_` and the first id digits), to recognise a key. */
  readonly prefix: string
  readonly scopes: readonly ApiKeyScope[]
  readonly status: ApiKeyStatus
  readonly createdAt: string
  readonly expiresAt: string
  readonly lastUsedAt: string | null
  readonly revokedAt: string | null
  /** Set on a rotated key: it stops working then. */
  readonly overlapEndsAt: string | null
  readonly rotatedFromId: string | null
  readonly replacedById: string | null
}

/** The answer of create and rotate: the key plus its token, shown this once and never again. */
export type IssuedApiKey = { readonly key: ApiKey; readonly token: string }

export const apiKeyAuditActions = ['created', 'rotated', 'revoked', 'used', 'denied'] as const
export type ApiKeyAuditAction = (typeof apiKeyAuditActions)[number]

/**
 * One audit entry. `used` and `denied` entries count the requests of one key to one route in one
 * minute (`at` is the minute's start), so a busy key adds a row a minute, not a row a request.
 */
export type ApiKeyAuditEntry = {
  readonly id: number
  readonly action: ApiKeyAuditAction
  readonly at: string
  readonly count: number
  /** The admin who made the change; null for uses. */
  readonly actorEmail: string | null
  readonly ip: string | null
  readonly route: string | null
  readonly detail: Readonly<Record<string, string | number | null>>
}

export type ApiKeyTimes = {
  readonly expiresAt: Date
  readonly revokedAt: Date | null
  readonly overlapEndsAt: Date | null
}

/** The key's status at `now`; only `active` and `rotating` keys are accepted. */
export function apiKeyStatusAt(key: ApiKeyTimes, now: Date): ApiKeyStatus {
  if (key.revokedAt && key.revokedAt <= now) return 'revoked'
  if (key.expiresAt <= now) return 'expired'
  if (key.overlapEndsAt) return key.overlapEndsAt <= now ? 'expired' : 'rotating'
  return 'active'
}

export function isUsableApiKeyStatus(status: ApiKeyStatus): boolean {
  return status === 'active' || status === 'rotating'
}
