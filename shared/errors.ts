/**
 * Stable error codes shared by server and client. The server maps each code to an HTTP status
 * (see server/platform/http-errors.ts); the client shows `t('errors.' + code)`.
 */
export const ErrorCode = {
  NotFound: 'NOT_FOUND',
  InvalidInput: 'INVALID_INPUT',
  InvalidCursor: 'INVALID_CURSOR',
  UnknownCategory: 'UNKNOWN_CATEGORY',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  Unavailable: 'UNAVAILABLE',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  CsrfFailed: 'CSRF_FAILED',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  EmailTaken: 'EMAIL_TAKEN',
  /** A new password that is whitespace only or on the common-password list (field `password`). */
  WeakPassword: 'WEAK_PASSWORD',
  RateLimited: 'RATE_LIMITED',
  /** The product does not exist or was withdrawn from sale. */
  ProductUnavailable: 'PRODUCT_UNAVAILABLE',
  OutOfStock: 'OUT_OF_STOCK',
  /** A cart change that names no variant of a product sold in several (size, colour…). */
  VariantRequired: 'VARIANT_REQUIRED',
  /** A quantity was lowered to what is in stock. */
  QuantityLimited: 'QUANTITY_LIMITED',
  CartFull: 'CART_FULL',
  /** Checkout of a cart with no lines. */
  CartEmpty: 'CART_EMPTY',
  /** The order's status does not allow this step (e.g. paying a canceled order). */
  OrderNotPayable: 'ORDER_NOT_PAYABLE',
  /** The same key was sent with a different request. */
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  /** The order is not paid (or already fully refunded). */
  OrderNotRefundable: 'ORDER_NOT_REFUNDABLE',
  /** A refund above the paid amount minus earlier refunds. */
  RefundExceedsRemaining: 'REFUND_EXCEEDS_REMAINING',
  /** The payment provider answered with an error or not at all. */
  PaymentProviderFailed: 'PAYMENT_PROVIDER_FAILED',
  /** A webhook whose signature does not verify. */
  InvalidSignature: 'INVALID_SIGNATURE',
  /** Rotating an API key that is revoked, expired or already rotated. */
  ApiKeyNotActive: 'API_KEY_NOT_ACTIVE',
  /** An admin action the order's status does not allow (e.g. shipping an unpaid order). */
  OrderActionNotAllowed: 'ORDER_ACTION_NOT_ALLOWED',
  /** A write that named a revision of the row the row has moved past (another admin, a checkout). */
  EditConflict: 'EDIT_CONFLICT',
  /** Discount codes (shared/discounts/): no such code (or deactivated). */
  DiscountUnknown: 'DISCOUNT_UNKNOWN',
  DiscountNotStarted: 'DISCOUNT_NOT_STARTED',
  DiscountExpired: 'DISCOUNT_EXPIRED',
  /** The cart's items subtotal is below the code's minimum. */
  DiscountMinimumNotMet: 'DISCOUNT_MINIMUM_NOT_MET',
  /** No line of the cart is in the code's scope (or the cart's currency is not covered). */
  DiscountNotApplicable: 'DISCOUNT_NOT_APPLICABLE',
  /** Every use of the code is taken (by paid orders and orders awaiting payment). */
  DiscountUsageLimitReached: 'DISCOUNT_USAGE_LIMIT_REACHED',
  /** This account (or email) used the code as often as it may. */
  DiscountAlreadyUsed: 'DISCOUNT_ALREADY_USED',
  /** Creating a code that exists already. */
  DiscountCodeTaken: 'DISCOUNT_CODE_TAKEN',
  /** Reviews (issue 15): the account has reviewed this product already (one review per account and product). */
  ReviewAlreadyWritten: 'REVIEW_ALREADY_WRITTEN',
  /** A review naming a variant of another product (field `variantId`). */
  VariantNotOfProduct: 'VARIANT_NOT_OF_PRODUCT',
  /** A review naming a photo that is not the author's upload, or is another review's (field `photoIds`). */
  ReviewPhotoUnknown: 'REVIEW_PHOTO_UNKNOWN',
  /** Voting on or reporting one's own review. */
  OwnReview: 'OWN_REVIEW',
  /** An upload whose bytes are not a JPEG, PNG, WebP or AVIF image (field `photo`). */
  PhotoTypeUnsupported: 'PHOTO_TYPE_UNSUPPORTED',
  /** An upload of a supported type that cannot be decoded (field `photo`). */
  PhotoUnreadable: 'PHOTO_UNREADABLE',
  /** A photo id another account uploaded under. */
  ReviewPhotoTaken: 'REVIEW_PHOTO_TAKEN',
  /** An account's address book holds `maxSavedAddresses` already (shared/account/saved-address.ts). */
  AddressBookFull: 'ADDRESS_BOOK_FULL',
  /** Deleting an account while one of its orders awaits payment (its stock is held; wait or let it expire). */
  OrderAwaitingPayment: 'ORDER_AWAITING_PAYMENT',
  /** An emailed account link (reset, verification, email change) that is unknown, used or expired (field `token`). */
  TokenInvalid: 'TOKEN_INVALID',
  /**
   * Re-authentication failed (changing the password or email, deleting the account): the account's
   * current password was wrong (field `currentPassword` or `password`).
   */
  CurrentPasswordWrong: 'CURRENT_PASSWORD_WRONG',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/** One invalid input field: `path` is dotted (e.g. `query.limit`). */
export type FieldIssue = { readonly path: string; readonly message: string }

/** RFC 9457 problem details, extended with our stable `code` and the offending fields. */
export type ProblemDetails = {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail?: string
  readonly instance?: string
  readonly code: ErrorCode | 'INTERNAL'
  readonly errors?: readonly FieldIssue[]
  readonly requestId?: string
  /** The W3C trace id of the request, as in its log lines and `traceparent` response header. */
  readonly traceId?: string
}
