/**
 * The Idempotency-Key header of a write that must happen at most once (checkout, refunds): a UUID.
 * Checkout also accepts it in the body (the offline outbox replays bodies); both must agree.
 */
import { idempotencyKeySchema } from '../../shared/checkout/checkout-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { AppError } from './http-errors.ts'
import { fieldIssues } from './validation.ts'

/** The key from the header, or from the body's `idempotencyKey` when the header is absent. */
export function idempotencyKeyOf(header: string | undefined, body: string | undefined): string {
  if (header === undefined) {
    if (body) return body
    throw missingKey('is required (or json.idempotencyKey)')
  }
  const key = parseHeader(header)
  if (body && body !== key)
    throw new AppError(ErrorCode.InvalidInput, 'The request is invalid.', [
      { path: 'json.idempotencyKey', message: 'differs from the Idempotency-Key header' },
    ])
  return key
}

/** The key from the header, which must be present. */
export function requiredIdempotencyKey(header: string | undefined): string {
  if (header === undefined) throw missingKey('is required')
  return parseHeader(header)
}

function parseHeader(header: string): string {
  const parsed = idempotencyKeySchema.safeParse(header)
  if (!parsed.success)
    throw new AppError(
      ErrorCode.InvalidInput,
      'The request is invalid.',
      fieldIssues('header.idempotency-key', parsed.error.issues),
    )
  return parsed.data
}

function missingKey(message: string): AppError {
  return new AppError(ErrorCode.InvalidInput, 'An idempotency key is required.', [
    { path: 'header.idempotency-key', message },
  ])
}
