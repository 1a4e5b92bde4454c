/** The refund form's amount check, apart from the component so it is tested without a DOM. */
import type { CurrencyCode } from '../../shared/money.ts'
import { parseMoneyInput } from '../../shared/money-input.ts'
import type { AdminPageMessageId } from './admin-i18n.tsx'

type AmountCheck =
  | { readonly ok: true; readonly amount: number }
  | { readonly ok: false; readonly message: AdminPageMessageId }

/** The typed amount in minor units of the order's currency, or the message saying why it cannot be refunded. */
export function checkAmount(text: string, remaining: number, currency: CurrencyCode): AmountCheck {
  const parsed = parseMoneyInput(text, currency)
  if (!parsed.ok)
    return {
      ok: false,
      message:
        parsed.problem === 'too_many_decimals' ? 'admin.orders.refund.tooManyDecimals' : 'admin.orders.refund.invalid',
    }
  if (parsed.amount === 0) return { ok: false, message: 'admin.orders.refund.zero' }
  if (parsed.amount > remaining) return { ok: false, message: 'errors.REFUND_EXCEEDS_REMAINING' }
  return { ok: true, amount: parsed.amount }
}
