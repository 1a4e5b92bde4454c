/**
 * Checking a presented token and recording its use. Every request reads the key row (a primary-key
 * lookup), so a revoke or the end of an overlap takes effect on every instance at once. Uses and
 * denials are counted per key, route and minute (decision 0009); last_used_at moves at most once a
 * minute.
 */
import type { ApiKeyScope } from '../../shared/api-keys/api-key.ts'
import { apiKeyStatusAt, isUsableApiKeyStatus } from '../../shared/api-keys/api-key.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { parseToken, secretMatches } from './api-key-token.ts'
import { countAuditUse, readApiKey, touchLastUsed } from './api-keys.repository.ts'

type AuthDeps = Pick<AppDeps, 'db' | 'clock'>

export type AuthenticatedApiKey = {
  readonly id: string
  readonly scopes: readonly ApiKeyScope[]
  readonly lastUsedAt: Date | null
}

/** Where a request came from and what it asked for, as the audit log records it. */
export type KeyRequest = { readonly route: string; readonly ip: string }

export type Authentication =
  | { readonly ok: true; readonly key: AuthenticatedApiKey }
  | {
      readonly ok: false
      readonly reason: 'missing' | 'malformed' | 'unknown' | 'wrong_secret' | 'revoked' | 'expired'
      /** The key the token named, when it exists: the caller decides whether to audit the denial. */
      readonly keyId?: string
    }

const lastUsedResolutionMs = 60_000

/**
 * The key a token names, when its secret matches and the key is active or within its overlap. Reads
 * only: a denial is audited by the caller, which first spends the caller's budget of failed
 * attempts (issue 18: every wrong secret used to write).
 */
export async function authenticateApiKey(deps: AuthDeps, token: string | undefined): Promise<Authentication> {
  if (token === undefined) return { ok: false, reason: 'missing' }
  const parsed = parseToken(token)
  if (!parsed) return { ok: false, reason: 'malformed' }
  const row = await readApiKey(deps.db, parsed.keyId)
  if (!row) return { ok: false, reason: 'unknown' }
  const denied = deniedReason(secretMatches(parsed.secret, row.secretHash), apiKeyStatusAt(row, deps.clock()))
  if (denied) return { ok: false, reason: denied, keyId: row.id }
  return { ok: true, key: { id: row.id, scopes: row.scopes, lastUsedAt: row.lastUsedAt } }
}

function deniedReason(secretOk: boolean, status: ReturnType<typeof apiKeyStatusAt>) {
  if (!secretOk) return 'wrong_secret' as const
  if (isUsableApiKeyStatus(status)) return null
  return status === 'revoked' ? ('revoked' as const) : ('expired' as const)
}

export async function recordDenial(deps: AuthDeps, keyId: string, request: KeyRequest, reason: string): Promise<void> {
  await countAuditUse(deps.db, {
    keyId,
    action: 'denied',
    route: request.route,
    minute: minuteOf(deps.clock()),
    ip: request.ip,
    detail: { reason },
  })
}

/** Counts an accepted request and, when it was last recorded over a minute ago, the key's last use. */
export async function recordUse(deps: AuthDeps, key: AuthenticatedApiKey, request: KeyRequest): Promise<void> {
  const now = deps.clock()
  const staleBefore = new Date(now.getTime() - lastUsedResolutionMs)
  await Promise.all([
    countAuditUse(deps.db, {
      keyId: key.id,
      action: 'used',
      route: request.route,
      minute: minuteOf(now),
      ip: request.ip,
      detail: {},
    }),
    key.lastUsedAt && key.lastUsedAt >= staleBefore ? undefined : touchLastUsed(deps.db, key.id, now, staleBefore),
  ])
}

function minuteOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000)
}
