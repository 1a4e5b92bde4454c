/**
 * The client's check of a `GET /api/flags` answer, without zod (the client bundle carries none:
 * zod's compiled parsers need `eval`, which the shop's Content Security Policy refuses).
 */
import type { ExperimentAssignment, FlagsAnswer } from './flag-api.ts'
import type { FlagValue } from './flags.ts'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isFlagValue = (value: unknown): value is FlagValue =>
  typeof value === 'boolean' || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))

const isAssignment = (value: unknown): value is ExperimentAssignment =>
  isRecord(value) && typeof value.flagKey === 'string' && typeof value.variant === 'string'

/** The answer, or a thrown TypeError naming what is wrong. */
export function parseFlagsAnswer(body: unknown): FlagsAnswer {
  if (!isRecord(body) || !isRecord(body.flags) || !isRecord(body.experiments))
    throw new TypeError('a flags answer has `flags` and `experiments` objects')
  const flags: Record<string, FlagValue> = {}
  for (const [key, value] of Object.entries(body.flags)) {
    if (!isFlagValue(value)) throw new TypeError(`flag ${key} has no boolean, string or number value`)
    flags[key] = value
  }
  const experiments: Record<string, ExperimentAssignment> = {}
  for (const [key, value] of Object.entries(body.experiments)) {
    if (!isAssignment(value)) throw new TypeError(`experiment ${key} has no flagKey and variant`)
    experiments[key] = { flagKey: value.flagKey, variant: value.variant }
  }
  return { flags, experiments }
}
