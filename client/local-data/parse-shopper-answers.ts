/**
 * Shape checks of the session and cart-sync answers (`/api/auth/*`, `/api/sync/push`, `/api/sync/pull`).
 * Like parse-catalog-changes.ts, the client ships no zod: these check what the sync relies on and
 * throw on anything else, so a server/client mismatch fails loudly instead of corrupting the store.
 * Runs in the page and in the service worker (no DOM).
 */
import type { Role, SessionInfo, User } from '../../shared/account/user.ts'
import type { CartLine, ShopperState, WishlistItem } from '../../shared/cart/cart.ts'
import { isLocale } from '../../shared/i18n/locales.ts'
import type { MutationOutcome, PushResult } from '../../shared/sync/mutation.ts'
import { isErrorCode } from '../platform/api-client.ts'

const roles: readonly Role[] = ['customer', 'admin']

export function parseSessionInfo(body: unknown): SessionInfo {
  if (!isRecord(body)) throw new TypeError('session: body is not an object')
  const { user, csrfToken } = body
  if (typeof csrfToken !== 'string' || csrfToken.length === 0) throw new TypeError('session: bad csrfToken')
  if (user !== null && !isUser(user)) throw new TypeError('session: bad user')
  // A server older than email verification sends no `emailVerified`: read as verified (no banner).
  return {
    user: user && { ...user, locale: user.locale ?? null, emailVerified: user.emailVerified !== false },
    csrfToken,
  }
}

export function parseShopperState(body: unknown): ShopperState {
  if (!isRecord(body)) throw new TypeError('shopper state: body is not an object')
  const { cart, wishlist, version } = body
  if (!isCount(version)) throw new TypeError('shopper state: bad version')
  if (!Array.isArray(cart) || !cart.every(isCartLine)) throw new TypeError('shopper state: bad cart')
  if (!Array.isArray(wishlist) || !wishlist.every(isWishlistItem)) throw new TypeError('shopper state: bad wishlist')
  return { cart, wishlist, version }
}

export function parsePushResult(body: unknown): PushResult {
  if (!isRecord(body)) throw new TypeError('push result: body is not an object')
  const { outcomes, state } = body
  if (!Array.isArray(outcomes) || !outcomes.every(isOutcome)) throw new TypeError('push result: bad outcomes')
  return { outcomes, state: parseShopperState(state) }
}

function isUser(value: unknown): value is User {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.email === 'string' &&
    typeof value.name === 'string' &&
    typeof value.createdAt === 'string' &&
    roles.includes(value.role as Role) &&
    // Absent from a server older than the account language: read as none.
    (value.locale === undefined || value.locale === null || isLocale(value.locale)) &&
    (value.emailVerified === undefined || typeof value.emailVerified === 'boolean')
  )
}

function isCartLine(value: unknown): value is CartLine {
  return isRecord(value) && typeof value.productId === 'string' && isCount(value.quantity) && isCount(value.changedAt)
}

function isWishlistItem(value: unknown): value is WishlistItem {
  return isRecord(value) && typeof value.productId === 'string' && isCount(value.changedAt)
}

function isOutcome(value: unknown): value is MutationOutcome {
  if (!isRecord(value) || typeof value.id !== 'string') return false
  switch (value.status) {
    case 'applied':
    case 'duplicate':
      return true
    case 'adjusted':
      return isErrorCode(value.code) && isCount(value.quantity)
    case 'rejected':
      return isErrorCode(value.code)
    default:
      return false
  }
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
