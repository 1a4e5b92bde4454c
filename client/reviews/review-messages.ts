import { isErrorCode } from '../platform/api-client.ts'
import type { I18n } from '../platform/i18n.tsx'

/**
 * The shopper's words for why the server refused a review. Review-specific codes the server may add
 * (not in shared/errors.ts yet) fall back to a general message.
 */
export function refusalMessage(t: I18n['t'], code: string): string {
  if (code === 'REVIEW_EXISTS' || code === 'ALREADY_REVIEWED') return t('reviews.error.alreadyReviewed')
  return isErrorCode(code) ? t(`errors.${code}`) : t('reviews.error.refused')
}
