/**
 * "Signed-in devices" (issue 18): the account's sessions with the browser each was opened in and
 * when it was last used, and signing out one of them or all but this one. A signed-out device's
 * cookie names no row any more, so its next request is a guest's.
 */
import { createHash } from 'node:crypto'
import type { DeviceSession } from '../../shared/account/data-rights.ts'
import { parseDevice } from '../../shared/account/device.ts'
import type { User } from '../../shared/account/user.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import {
  deleteOtherUserSessions,
  deleteUserSessions,
  listUserSessions,
  type UserSessionRow,
} from './device-sessions.repository.ts'
import type { ActiveSession } from './session.service.ts'

type Deps = Pick<AppDeps, 'db' | 'clock'>

/**
 * The id a device list shows for a session: a hash of the stored id hash, cut to 22 characters. It
 * names the row for the account that owns it, and is no cookie: the cookie is the preimage of the
 * stored hash, which this is a further hash of.
 */
export function deviceSessionId(idHash: string): string {
  return createHash('sha256').update(`device-session\u0000${idHash}`).digest('base64url').slice(0, 22)
}

function toDeviceSession(row: UserSessionRow, currentIdHash: string): DeviceSession {
  return {
    id: deviceSessionId(row.idHash),
    device: parseDevice(row.userAgent),
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt.toISOString(),
    current: row.idHash === currentIdHash,
  }
}

export async function listDeviceSessions(deps: Deps, user: User, current: ActiveSession): Promise<DeviceSession[]> {
  const rows = await listUserSessions(deps.db, user.id, deps.clock())
  return rows.map((row) => toDeviceSession(row, current.idHash))
}

/** Signs out the account's session with this device id; NOT_FOUND for any other id (another account's too). */
export async function signOutDevice(deps: Deps, user: User, id: string): Promise<void> {
  const rows = await listUserSessions(deps.db, user.id, deps.clock())
  const target = rows.find((row) => deviceSessionId(row.idHash) === id)
  const gone = target ? await deleteUserSessions(deps.db, user.id, [target.idHash]) : 0
  if (gone === 0) throw new AppError(ErrorCode.NotFound, 'No such session on this account.')
}

/** Signs out every other session of the account; this one stays. Returns how many were signed out. */
export async function signOutOtherDevices(deps: Deps, user: User, current: ActiveSession): Promise<number> {
  return deleteOtherUserSessions(deps.db, user.id, current.idHash)
}
