/**
 * Shape checks of `/api/admin/flags` and `/api/admin/experiments/:key/results` for the admin's flags
 * page. Like the other parse-* modules the client ships no zod: anything else throws.
 */
import type { AdminFlag, ExperimentResultsAnswer } from '../../shared/experiments/flag-api.ts'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function isAdminFlag(value: unknown): value is AdminFlag {
  return (
    isRecord(value) &&
    typeof value.key === 'string' &&
    typeof value.enabled === 'boolean' &&
    typeof value.revision === 'number' &&
    isRecord(value.definition) &&
    Array.isArray(value.definition.rules)
  )
}

export function parseAdminFlags(body: unknown): readonly AdminFlag[] {
  if (!isRecord(body) || !Array.isArray(body.items)) throw new TypeError('flags: items is not an array')
  const bad = body.items.findIndex((item) => !isAdminFlag(item))
  if (bad >= 0) throw new TypeError(`flags: bad flag at ${bad}`)
  return body.items as AdminFlag[]
}

export function parseAdminFlag(body: unknown): AdminFlag {
  if (!isAdminFlag(body)) throw new TypeError('flag: bad flag')
  return body
}

const isNumberOrNull = (value: unknown) => value === null || typeof value === 'number'

export function parseExperimentResults(body: unknown): ExperimentResultsAnswer {
  if (!isRecord(body) || !Array.isArray(body.variants) || typeof body.srmPValue !== 'number')
    throw new TypeError('experiment results: bad answer')
  const badVariant = body.variants.some(
    (variant) =>
      !isRecord(variant) ||
      typeof variant.key !== 'string' ||
      typeof variant.exposures !== 'number' ||
      typeof variant.conversions !== 'number' ||
      typeof variant.rate !== 'number' ||
      !isNumberOrNull(variant.ciLow) ||
      !isNumberOrNull(variant.ciHigh),
  )
  if (badVariant || !isNumberOrNull(body.pValue)) throw new TypeError('experiment results: bad variant')
  return body as ExperimentResultsAnswer
}
