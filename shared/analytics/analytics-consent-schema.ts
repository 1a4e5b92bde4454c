/** The analytics consent as the API and the device's storage take it (see analytics-consent.ts). */
import { z } from 'zod'
import { storableDateTime } from '../date-time-schema.ts'
import type { AnalyticsConsent } from './analytics-consent.ts'

export const analyticsConsentSchema = z
  .object({
    status: z.enum(['granted', 'denied']),
    categories: z.object({ analytics: z.boolean() }).strict(),
    at: storableDateTime,
  })
  .strict()
  .refine((c) => (c.status === 'granted') === c.categories.analytics, {
    message: 'must match the chosen categories',
    path: ['status'],
  }) satisfies z.ZodType<AnalyticsConsent>
