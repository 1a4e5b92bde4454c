/** Wire schemas of the admin's key routes (`/api/admin/api-keys`). */
import { z } from 'zod'
import { storableDateTime } from '../date-time-schema.ts'
import { apiKeyScopes, maxApiKeyDays, maxOverlapMinutes } from './api-key.ts'

export const apiKeyIdParam = z.object({ id: z.uuid('must be a UUID') }).strict()

/** A new key: a name, at least one scope, and an expiry — a date, or a number of days from now. */
export const createApiKeyInput = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(100),
    scopes: z
      .array(z.enum(apiKeyScopes))
      .min(1, 'must name at least one scope')
      .max(apiKeyScopes.length)
      .refine((scopes) => new Set(scopes).size === scopes.length, 'must not repeat a scope'),
    expiresAt: storableDateTime.optional(),
    expiresInDays: z.number().int().min(1).max(maxApiKeyDays).optional(),
  })
  .strict()
  .refine((input) => (input.expiresAt === undefined) !== (input.expiresInDays === undefined), {
    message: 'give either expiresAt or expiresInDays',
    path: ['expiresAt'],
  })
export type CreateApiKeyInput = z.infer<typeof createApiKeyInput>

/** Rotation: how long the old key keeps working next to its successor (default from the server's config). */
export const rotateApiKeyInput = z
  .object({ overlapMinutes: z.number().int().min(0).max(maxOverlapMinutes).optional() })
  .strict()
export type RotateApiKeyInput = z.infer<typeof rotateApiKeyInput>
