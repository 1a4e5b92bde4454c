/**
 * The account's devices and data rights (issue 18): the signed-in sessions it lists, and the
 * request that deletes the account.
 */
import { z } from 'zod'
import type { Device } from './device.ts'
import { maxPasswordLength } from './password-policy.ts'

/**
 * One signed-in session of the account (`GET /api/auth/me/sessions`). `id` only names the session
 * to sign it out: it is derived from the stored hash and cannot be turned back into a cookie.
 */
export type DeviceSession = {
  readonly id: string
  readonly device: Device
  readonly createdAt: string
  readonly lastUsedAt: string
  /** The session this request came with: "this device". */
  readonly current: boolean
}

export const deviceSessionIdPattern = /^[\w-]{22}$/

export const deviceSessionParam = z.object({ id: z.string().regex(deviceSessionIdPattern, 'must be a session id') })

/** `DELETE /api/auth/me`: the password again, so a borrowed, signed-in browser cannot delete the account. */
export const deleteAccountInput = z.object({ password: z.string().min(1).max(maxPasswordLength) }).strict()
export type DeleteAccountInput = z.infer<typeof deleteAccountInput>
