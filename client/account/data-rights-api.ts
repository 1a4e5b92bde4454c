/**
 * The account's devices and data rights (`/api/auth/me/…`, issue 18). Online only: none of these is
 * queued, and their answers are not cached, since they are about this moment's sessions.
 */
import type { DeviceSession } from '../../shared/account/data-rights.ts'
import { type DeviceBrowser, type DeviceSystem, deviceBrowsers, deviceSystems } from '../../shared/account/device.ts'
import type { LocalDb } from '../local-data/local-db.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { deleteJson, getJson, postJson } from '../platform/api-client.ts'

/** The JSON download of everything stored about the account; a plain link, so the browser saves it. */
export const accountExportPath = '/api/auth/me/export'
const sessionsPath = '/api/auth/me/sessions'

export function fetchDeviceSessions(): Promise<DeviceSession[]> {
  return getJson(sessionsPath, parseDeviceSessions)
}

export function signOutDevice(db: LocalDb, id: string): Promise<void> {
  return withCsrfToken(db, (token) => deleteJson(`${sessionsPath}/${encodeURIComponent(id)}`, token))
}

/** Resolves with how many devices were signed out. */
export function signOutOtherDevices(db: LocalDb): Promise<number> {
  return withCsrfToken(db, (token) => postJson(`${sessionsPath}/sign-out-others`, {}, token, parseSignedOut))
}

/** Deletes the account; the server clears the session cookie. */
export function deleteAccount(db: LocalDb, password: string): Promise<void> {
  return withCsrfToken(db, (token) => deleteJson('/api/auth/me', token, { password }))
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const isIsoDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value))

export function parseDeviceSessions(body: unknown): DeviceSession[] {
  if (!Array.isArray(body)) throw new TypeError('device sessions: body is not a list')
  return body.map((entry): DeviceSession => {
    if (!isRecord(entry) || !isRecord(entry.device)) throw new TypeError('device sessions: bad entry')
    const { id, createdAt, lastUsedAt, current } = entry
    const { browser, os } = entry.device
    if (typeof id !== 'string' || !isIsoDate(createdAt) || !isIsoDate(lastUsedAt) || typeof current !== 'boolean')
      throw new TypeError('device sessions: bad entry')
    return {
      id,
      createdAt,
      lastUsedAt,
      current,
      device: {
        browser: deviceBrowsers.includes(browser as DeviceBrowser) ? (browser as DeviceBrowser) : 'other',
        os: deviceSystems.includes(os as DeviceSystem) ? (os as DeviceSystem) : 'other',
      },
    }
  })
}

function parseSignedOut(body: unknown): number {
  if (!isRecord(body) || typeof body.signedOut !== 'number') throw new TypeError('sign-out-others: bad answer')
  return body.signedOut
}
