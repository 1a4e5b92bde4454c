/**
 * Expected failures travel as AppError(code) and become problem+json (RFC 9457) with our stable
 * `code`; anything else is a bug: logged with the request and trace ids and answered with a bare 500.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { routePath } from 'hono/route'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ErrorCode, type FieldIssue, type ProblemDetails } from '../../shared/errors.ts'
import { activeTraceIds, recordActiveFailure } from '../observability/tracing.ts'
import type { AppEnv } from './app-env.ts'

/** One status per code: a new ErrorCode does not compile until it is mapped here. */
export const statusByCode: Record<ErrorCode, ContentfulStatusCode> = {
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  INVALID_CURSOR: 400,
  UNKNOWN_CATEGORY: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNAVAILABLE: 503,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  INVALID_CREDENTIALS: 401,
  EMAIL_TAKEN: 409,
  WEAK_PASSWORD: 422,
  RATE_LIMITED: 429,
  PRODUCT_UNAVAILABLE: 422,
  OUT_OF_STOCK: 409,
  VARIANT_REQUIRED: 422,
  QUANTITY_LIMITED: 409,
  CART_FULL: 422,
  CART_EMPTY: 422,
  ORDER_NOT_PAYABLE: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  ORDER_NOT_REFUNDABLE: 409,
  REFUND_EXCEEDS_REMAINING: 422,
  PAYMENT_PROVIDER_FAILED: 502,
  INVALID_SIGNATURE: 400,
  API_KEY_NOT_ACTIVE: 409,
  ORDER_ACTION_NOT_ALLOWED: 409,
  EDIT_CONFLICT: 409,
  DISCOUNT_UNKNOWN: 422,
  DISCOUNT_NOT_STARTED: 422,
  DISCOUNT_EXPIRED: 422,
  DISCOUNT_MINIMUM_NOT_MET: 422,
  DISCOUNT_NOT_APPLICABLE: 422,
  DISCOUNT_USAGE_LIMIT_REACHED: 409,
  DISCOUNT_ALREADY_USED: 409,
  DISCOUNT_CODE_TAKEN: 409,
  REVIEW_ALREADY_WRITTEN: 409,
  VARIANT_NOT_OF_PRODUCT: 422,
  REVIEW_PHOTO_UNKNOWN: 422,
  OWN_REVIEW: 403,
  PHOTO_TYPE_UNSUPPORTED: 415,
  PHOTO_UNREADABLE: 422,
  REVIEW_PHOTO_TAKEN: 409,
  ADDRESS_BOOK_FULL: 422,
  ORDER_AWAITING_PAYMENT: 409,
  TOKEN_INVALID: 410,
  CURRENT_PASSWORD_WRONG: 403,
}

const titleByCode: Record<ErrorCode | 'INTERNAL', string> = {
  NOT_FOUND: 'Not found',
  INVALID_INPUT: 'Invalid input',
  INVALID_CURSOR: 'Invalid cursor',
  UNKNOWN_CATEGORY: 'Unknown category',
  PAYLOAD_TOO_LARGE: 'Payload too large',
  UNAVAILABLE: 'Service unavailable',
  UNAUTHENTICATED: 'Sign-in required',
  FORBIDDEN: 'Forbidden',
  CSRF_FAILED: 'Cross-site request refused',
  INVALID_CREDENTIALS: 'Wrong email or password',
  EMAIL_TAKEN: 'Email already registered',
  WEAK_PASSWORD: 'Password not accepted',
  RATE_LIMITED: 'Too many requests',
  PRODUCT_UNAVAILABLE: 'Product unavailable',
  OUT_OF_STOCK: 'Out of stock',
  VARIANT_REQUIRED: 'Choose a variant',
  QUANTITY_LIMITED: 'Quantity limited to stock',
  CART_FULL: 'Cart full',
  CART_EMPTY: 'Cart empty',
  ORDER_NOT_PAYABLE: 'Order cannot be paid',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency key reused',
  ORDER_NOT_REFUNDABLE: 'Order cannot be refunded',
  REFUND_EXCEEDS_REMAINING: 'Refund exceeds remaining amount',
  PAYMENT_PROVIDER_FAILED: 'Payment provider failed',
  INVALID_SIGNATURE: 'Invalid signature',
  API_KEY_NOT_ACTIVE: 'API key not active',
  ORDER_ACTION_NOT_ALLOWED: 'Order action not allowed',
  EDIT_CONFLICT: 'Changed since read',
  DISCOUNT_UNKNOWN: 'Unknown discount code',
  DISCOUNT_NOT_STARTED: 'Discount not started',
  DISCOUNT_EXPIRED: 'Discount expired',
  DISCOUNT_MINIMUM_NOT_MET: 'Discount minimum not met',
  DISCOUNT_NOT_APPLICABLE: 'Discount not applicable',
  DISCOUNT_USAGE_LIMIT_REACHED: 'Discount used up',
  DISCOUNT_ALREADY_USED: 'Discount already used',
  DISCOUNT_CODE_TAKEN: 'Discount code taken',
  REVIEW_ALREADY_WRITTEN: 'Review already written',
  VARIANT_NOT_OF_PRODUCT: 'Variant of another product',
  REVIEW_PHOTO_UNKNOWN: 'Unknown review photo',
  OWN_REVIEW: 'Own review',
  PHOTO_TYPE_UNSUPPORTED: 'Photo type not supported',
  PHOTO_UNREADABLE: 'Photo unreadable',
  REVIEW_PHOTO_TAKEN: 'Photo id taken',
  ADDRESS_BOOK_FULL: 'Address book full',
  ORDER_AWAITING_PAYMENT: 'Order awaiting payment',
  TOKEN_INVALID: 'Link used or expired',
  CURRENT_PASSWORD_WRONG: 'Current password wrong',
  INTERNAL: 'Internal server error',
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly fieldIssues?: readonly FieldIssue[],
    /** Extra response headers, e.g. Retry-After on RATE_LIMITED. */
    readonly headers?: Readonly<Record<string, string>>,
    /** RFC 9457 extension members of the body, e.g. the row as it is now on EDIT_CONFLICT. */
    readonly extensions?: Readonly<Record<string, unknown>>,
  ) {
    super(detail ?? code)
    this.name = 'AppError'
  }
}

/** Build a problem+json response; `errors` only when there are field issues; `extensions` never replace a standard member. */
export function problem(
  c: Context<AppEnv>,
  code: ErrorCode | 'INTERNAL',
  detail?: string,
  errors?: readonly FieldIssue[],
  extensions?: Readonly<Record<string, unknown>>,
) {
  const status = code === 'INTERNAL' ? 500 : statusByCode[code]
  const traceId = c.var.traceIds?.traceId ?? activeTraceIds()?.traceId
  const body: ProblemDetails = {
    ...extensions,
    type: `/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title: titleByCode[code],
    status,
    code,
    instance: c.req.path,
    requestId: c.var.requestId,
    ...(traceId ? { traceId } : {}),
    ...(detail ? { detail } : {}),
    ...(errors?.length ? { errors } : {}),
  }
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json' })
}

export const onError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof AppError) {
    const response = problem(c, error.code, error.detail, error.fieldIssues, error.extensions)
    for (const [name, value] of Object.entries(error.headers ?? {})) response.headers.set(name, value)
    return response
  }
  // Hono's own 4xx (e.g. a malformed request the framework rejects) are the caller's fault, not bugs.
  if (error instanceof HTTPException && error.status < 500) {
    return error.status === 413
      ? problem(c, ErrorCode.PayloadTooLarge)
      : problem(c, ErrorCode.InvalidInput, error.message || undefined)
  }
  // The request's logger carries the trace id (request-log.ts), the same one the body carries.
  recordActiveFailure(error)
  c.var.logger.error({ err: error, requestId: c.var.requestId, path: c.req.path }, 'unhandled error')
  // Deps are set by a middleware: an error raised before it (or in a bare test app) is only logged.
  c.var.deps?.errorReporter.capture(error, {
    traceId: c.var.traceIds?.traceId ?? activeTraceIds()?.traceId,
    requestId: c.var.requestId,
    method: c.req.method,
    route: routePath(c),
    path: c.req.path,
  })
  return problem(c, 'INTERNAL')
}

export const onNotFound: NotFoundHandler<AppEnv> = (c) =>
  problem(c, ErrorCode.NotFound, `No route for ${c.req.method} ${c.req.path}`)
