/**
 * Zod schemas of flag definitions (flags.ts), for the admin API and for definitions read back from
 * storage or a sync pull. They refuse what evaluation would otherwise paper over: weights that do
 * not sum to 1 (bucketing would silently fall back to equal weights), a variation value of another
 * type than the flag's default, a winner that is not a variation, an end before the start.
 */
import { z } from 'zod'
import { deviceTypes } from '../analytics/analytics-events.ts'
import { storableDateTime } from '../date-time-schema.ts'
import { locales } from '../i18n/locales.ts'
import { marketIds } from '../markets/market.ts'
import type { FlagDefinition } from './flags.ts'

const key = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'must be lowercase words joined by dashes, dots or underscores')
const flagValue = z.union([z.boolean(), z.string().max(500), z.number().finite()])
const share = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1')

const condition = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('market'), in: z.array(z.enum(marketIds)).min(1) }).strict(),
  z
    .object({
      kind: z.literal('country'),
      in: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be ISO 3166-1 alpha-2')).min(1),
    })
    .strict(),
  z.object({ kind: z.literal('locale'), in: z.array(z.enum(locales)).min(1) }).strict(),
  z.object({ kind: z.literal('signedIn'), is: z.boolean() }).strict(),
  z.object({ kind: z.literal('deviceType'), in: z.array(z.enum(deviceTypes)).min(1) }).strict(),
  z
    .object({
      kind: z.literal('attribute'),
      name: z.string().regex(/^[a-z][a-zA-Z0-9]{0,49}$/, 'must be a camelCase attribute name'),
      op: z.enum(['eq', 'neq', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte']),
      value: z.union([flagValue, z.array(flagValue).min(1).max(100)]),
    })
    .strict()
    .refine((c) => Array.isArray(c.value) === (c.op === 'in' || c.op === 'notIn'), {
      message: 'in and notIn take a list, other operators one value',
      path: ['value'],
    }),
])

const variation = z.object({ key, value: flagValue, weight: share }).strict()

const experiment = z
  .object({
    key,
    seed: z.string().min(1).max(100),
    variations: z.array(variation).min(2).max(10),
    coverage: share,
    hashOn: z.enum(['anonymousId', 'userId']),
    status: z.enum(['draft', 'running', 'stopped']),
    startsAt: storableDateTime.optional(),
    endsAt: storableDateTime.optional(),
    winner: key.optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const sum = e.variations.reduce((total, v) => total + v.weight, 0)
    if (Math.abs(sum - 1) > 0.001)
      ctx.addIssue({ code: 'custom', path: ['variations'], message: 'weights must sum to 1' })
    if (new Set(e.variations.map((v) => v.key)).size !== e.variations.length)
      ctx.addIssue({ code: 'custom', path: ['variations'], message: 'variation keys must be unique' })
    if (e.winner !== undefined && !e.variations.some((v) => v.key === e.winner))
      ctx.addIssue({ code: 'custom', path: ['winner'], message: 'must be one of the variations' })
    if (e.startsAt && e.endsAt && Date.parse(e.endsAt) <= Date.parse(e.startsAt))
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' })
  })

const rule = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('force'),
      when: z.array(condition).max(20),
      value: flagValue,
      rollout: share.optional(),
      seed: z.string().min(1).max(100).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('experiment'), when: z.array(condition).max(20), experiment }).strict(),
])

function valuesOf(definition: { rules: readonly z.infer<typeof rule>[] }): unknown[] {
  return definition.rules.flatMap((r) => (r.kind === 'force' ? [r.value] : r.experiment.variations.map((v) => v.value)))
}

/** A flag definition; every value a rule can serve has the default value's type. */
export const flagDefinitionSchema = z
  .object({ key, defaultValue: flagValue, rules: z.array(rule).max(50) })
  .strict()
  .refine((flag) => valuesOf(flag).every((value) => typeof value === typeof flag.defaultValue), {
    message: "every rule's value must have the default value's type",
    path: ['rules'],
  })

/** Parses a flag definition from untrusted input, never throwing for bad input. */
export function parseFlagDefinition(input: unknown): z.ZodSafeParseResult<FlagDefinition> {
  return flagDefinitionSchema.safeParse(input)
}
