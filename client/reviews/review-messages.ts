import { isErrorCode } from '../platform/api-client.ts'
import type { I18n } from '../platform/i18n.tsx'

/** The shopper's words for why the server refused a review; a code this client does not know reads as a general refusal. */
export function refusalMessage(t: I18n['t'], code: string): string {
  return isErrorCode(code) ? t(`errors.${code}`) : t('reviews.error.refused')
}
