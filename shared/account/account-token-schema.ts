/**
 * Inputs of the emailed-link flows (issue 18): password reset, email verification, and the
 * re-authenticated password and email changes. A token is what the link carries: 32 random bytes
 * in base64url; anything else is simply a link that does not work (410 TOKEN_INVALID).
 */
import { z } from 'zod'
import { email } from './account-schema.ts'
import { maxPasswordLength, minPasswordLength } from './password-policy.ts'

const token = z.string().min(1).max(200)
/** A password being set: the same bounds as sign-up; the common-password check is the server's (422). */
const newPassword = z.string().min(minPasswordLength).max(maxPasswordLength)
/** A password being checked (re-authentication): any length, an old one may be shorter than today's rule. */
const currentPassword = z.string().min(1).max(maxPasswordLength)

/** `POST /api/auth/password-reset`: answered 202 whether or not the address has an account. */
export const passwordResetRequestInput = z.object({ email }).strict()
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestInput>

/** `POST /api/auth/password-reset/check`, `/verify-email`, `/email-change/confirm`. */
export const accountTokenInput = z.object({ token }).strict()
export type AccountTokenInput = z.infer<typeof accountTokenInput>

/** `POST /api/auth/password-reset/confirm`. */
export const passwordResetConfirmInput = z.object({ token, password: newPassword }).strict()
export type PasswordResetConfirmInput = z.infer<typeof passwordResetConfirmInput>

/** `PUT /api/auth/me/password`. */
export const changePasswordInput = z.object({ currentPassword, newPassword }).strict()
export type ChangePasswordInput = z.infer<typeof changePasswordInput>

/** `PUT /api/auth/me/email`: the account's password and the new address. */
export const changeEmailInput = z.object({ password: currentPassword, email }).strict()
export type ChangeEmailInput = z.infer<typeof changeEmailInput>
