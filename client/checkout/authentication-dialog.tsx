/**
 * The test provider's stand-in for the bank's 3-D Secure page: a modal dialog (native <dialog>, so
 * focus is held inside and returns afterwards) asking to approve or decline the payment. Escape
 * counts as declining, as closing the bank's window would.
 */
import { createEffect, type JSX } from 'solid-js'
import type { CurrencyCode } from '../../shared/money.ts'
import { useI18n } from '../platform/i18n.tsx'
import { Price } from '../ui/price.tsx'

export function AuthenticationDialog(props: {
  readonly open: boolean
  readonly pending: boolean
  readonly amount: number
  readonly currency: CurrencyCode
  readonly onAnswer: (approve: boolean) => void
}): JSX.Element {
  const { t } = useI18n()
  let dialog: HTMLDialogElement | undefined
  createEffect(() => {
    if (!dialog) return
    if (props.open && !dialog.open) dialog.showModal()
    if (!props.open && dialog.open) dialog.close()
  })
  return (
    <dialog
      ref={dialog}
      class="payment__dialog"
      aria-labelledby="authentication-title"
      aria-describedby="authentication-text"
      onCancel={(event) => {
        event.preventDefault()
        if (!props.pending) props.onAnswer(false)
      }}
    >
      <h2 id="authentication-title">{t('payment.authenticate.title')}</h2>
      <p id="authentication-text">
        {t('payment.authenticate.text')} <Price amount={props.amount} currency={props.currency} />
      </p>
      <div class="checkout__actions">
        <button
          type="button"
          class="button button--primary"
          disabled={props.pending}
          onClick={() => props.onAnswer(true)}
        >
          {t('payment.authenticate.approve')}
        </button>
        <button type="button" class="button" disabled={props.pending} onClick={() => props.onAnswer(false)}>
          {t('payment.authenticate.decline')}
        </button>
      </div>
    </dialog>
  )
}
