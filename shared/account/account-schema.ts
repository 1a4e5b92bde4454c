import { z } from 'zod'
import { locales } from '../i18n/locales.ts'
import { maxPasswordLength, minPasswordLength } from './password-policy.ts'

export const email = z
  .string()
  .trim()
  .max(254)
  .email('must be an email address')
  .transform((v) => v.toLowerCase())

export const signUpInput = z
  .object({
    email,
    password: z.string().min(minPasswordLength).max(maxPasswordLength),
    name: z.string().trim().min(1).max(100),
  })
  .strict()
export type SignUpInput = z.infer<typeof signUpInput>

export const signInInput = z.object({ email, password: z.string().min(1).max(maxPasswordLength) }).strict()
export type SignInInput = z.infer<typeof signInInput>

/** `PUT /api/auth/me/locale`: one of the shop's languages exactly (the selector offers only those). */
export const accountLocaleInput = z
  .object({ locale: z.enum(locales, { message: `must be one of ${locales.join(', ')}` }) })
  .strict()
export type AccountLocaleInput = z.infer<typeof accountLocaleInput>
