/**
 * Route validation: @hono/zod-validator with a hook that turns zod issues into one 400
 * INVALID_INPUT problem whose errors[] name the field by target (`query.limit`, `param.slug`).
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
  })
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
