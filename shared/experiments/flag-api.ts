/**
 * The flags API's shapes (issue 17, README "Feature flags"): what `GET /api/flags` answers, what
 * the admin sends and reads, and the exposure a device reports when it renders a variant.
 */
import { z } from 'zod'
import { locales } from '../i18n/locales.ts'
import { marketIds } from '../markets/market.ts'
import { flagDefinitionSchema } from './flag-schema.ts'
import type { FlagDefinition, FlagValue } from './flags.ts'

/** The device's anonymous id (a UUID it creates once, client/local-data/anonymous-id.ts). */
export const anonymousIdSchema = z.uuid()

/**
 * `GET /api/flags?anonymousId=…`: the device may name its market, country and locale; without them
 * the server reads the `market` and `locale` cookies, then the Accept-Language header.
 */
export const flagsQuery = z
  .object({
    anonymousId: anonymousIdSchema,
    market: z.enum(marketIds).optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be ISO 3166-1 alpha-2')
      .optional(),
    locale: z.enum(locales).optional(),
  })
  .strict()
export type FlagsQuery = z.infer<typeof flagsQuery>

export const flagAuditQuery = z
  .object({
    flagKey: z.string().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict()

const experimentKey = z.string().min(1).max(100)

/** `POST /api/flags/exposures`: a variant of a running experiment was rendered for this device. */
export const exposureInput = z
  .object({ experimentKey, variant: z.string().min(1).max(100), anonymousId: anonymousIdSchema })
  .strict()
export type ExposureInput = z.infer<typeof exposureInput>

/** One experiment the shopper is in: the flag it runs on and the variation they see. */
export type ExperimentAssignment = { readonly flagKey: string; readonly variant: string }

/** `GET /api/flags`: the same answer for the same shopper on every call and device. */
export type FlagsAnswer = {
  readonly flags: Readonly<Record<string, FlagValue>>
  readonly experiments: Readonly<Record<string, ExperimentAssignment>>
}

export const flagKeyParam = z.object({ key: z.string().min(1).max(100) }).strict()

/** Creating a flag: its definition; `enabled` false creates it killed. */
export const flagCreateInput = z.object({ definition: flagDefinitionSchema, enabled: z.boolean().optional() }).strict()
export type FlagCreateInput = z.infer<typeof flagCreateInput>

/** Replacing a flag's definition; `revision` is the one the admin read (409 when it moved on). */
export const flagUpdateInput = z
  .object({
    definition: flagDefinitionSchema,
    enabled: z.boolean().optional(),
    revision: z.number().int().min(1).max(2_147_483_647),
  })
  .strict()
export type FlagUpdateInput = z.infer<typeof flagUpdateInput>

export const flagDeleteQuery = z.object({ revision: z.coerce.number().int().min(1).max(2_147_483_647) }).strict()

export const flagAuditActions = ['create', 'update', 'delete', 'kill', 'revive'] as const
export type FlagAuditAction = (typeof flagAuditActions)[number]

export type AdminFlag = {
  readonly key: string
  readonly definition: FlagDefinition
  readonly enabled: boolean
  readonly revision: number
  readonly updatedAt: string
  readonly updatedBy: string | null
}

export type FlagAuditEntry = {
  readonly id: string
  readonly flagKey: string
  readonly actorId: string | null
  readonly action: FlagAuditAction
  readonly before: unknown
  readonly after: unknown
  readonly at: string
}

/** One variant's line of `GET /api/admin/experiments/:key/results`; the CI is of its lift over the control. */
export type ExperimentVariantResult = {
  readonly key: string
  readonly exposures: number
  readonly conversions: number
  readonly rate: number
  readonly ciLow: number | null
  readonly ciHigh: number | null
}

export type ExperimentResultsAnswer = {
  readonly experimentKey: string
  readonly flagKey: string
  readonly variants: readonly ExperimentVariantResult[]
  readonly pValue: number | null
  readonly srmPValue: number
  readonly sampleRatioMismatch: boolean
  /** Where conversions come from until analytics events land: orders of the account exposed. */
  readonly conversionSource: 'orders-after-exposure'
}
