/**
 * Route validation: @hono/zod-validator with a hook that turns zod issues into one 400
 * INVALID_INPUT problem whose errors[] name the field by target (`query.limit`, `param.slug`).
 * A NUL character is refused in every string of every input: PostgreSQL text cannot hold one, so
 * it would otherwise surface as a 500 from the first insert or comparison that meets it.
 */
import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import type { z } from 'zod'
import { ErrorCode, type FieldIssue } from '../../shared/errors.ts'
import { AppError } from './http-errors.ts'

export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success)
      throw new AppError(ErrorCode.InvalidInput, 'The request is invalid.', fieldIssues(target, result.error.issues))
    const nulPaths = pathsWithNul(result.data)
    if (nulPaths.length > 0)
      throw new AppError(
        ErrorCode.InvalidInput,
        'The request is invalid.',
        nulPaths.map((path) => ({ path: dotted(target, path), message: 'must not contain a NUL character' })),
      )
  })
}

/** The paths of the strings (values or keys) in `value` that contain U+0000. */
export function pathsWithNul(value: unknown, path: readonly PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return value.includes('\u0000') ? [[...path]] : []
  if (Array.isArray(value)) return value.flatMap((item, index) => pathsWithNul(item, [...path, index]))
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, item]) => [
    ...(key.includes('\u0000') ? [[...path, key]] : []),
    ...pathsWithNul(item, [...path, key]),
  ])
}

export function fieldIssues(target: string, issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.flatMap((issue) => {
    // A strict object reports every unexpected key in one issue at the object's path.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: dotted(target, [...issue.path, key]), message: 'is not allowed' }))
    }
    return [{ path: dotted(target, issue.path), message: issue.message }]
  })
}

function dotted(target: string, path: readonly PropertyKey[]): string {
  return [target, ...path.map(String)].join('.')
}
