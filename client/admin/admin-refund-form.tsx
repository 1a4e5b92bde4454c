/**
 * The refund action: an amount typed in major units (prefilled with what is left, a shortcut for
 * all of it), an optional reason, then a confirm step. Each attempt carries one Idempotency-Key,
 * made when the admin reaches the confirm step and kept until the server answers: a double click or
 * a retry after a lost connection repeats the same refund instead of paying twice. Once answered
 * (refunded or refused), the next attempt gets a new key.
 */
import { createEffect, createSignal, type JSX, on, Show } from 'solid-js'
import { type CurrencyCode, currencyDecimals } from '../../shared/money.ts'
import { formatMoneyInput, inputDecimalSeparator } from '../../shared/money-input.ts'
import type { RefundInput } from '../../shared/orders/refund-schema.ts'
import { FormAlert } from '../account/auth-form.tsx'
import { withCsrfToken } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { parseOrder } from '../orders/parse-order.ts'
import { ApiError, postJson } from '../platform/api-client.ts'
import { Price } from '../ui/price.tsx'
import { useAdminI18n } from './admin-i18n.tsx'
import { checkAmount } from './admin-refund-amount.ts'

type Attempt = { readonly input: RefundInput; readonly key: string }

export function RefundForm(props: {
  readonly orderId: string
  readonly email: string
  readonly currency: CurrencyCode
  /** Minor units left to refund; the form starts with all of it. */
  readonly remaining: number
  readonly onRefunded: (amount: number) => void
  /** The order changed on the server (refunded, or found stale): read it again. */
  readonly onChanged: () => void
}): JSX.Element {
  const { t, locale } = useAdminI18n()
  const { db } = useOffline()
  // In the order's currency: whole yen for a JPY order ("2980"), two decimals otherwise.
  const asText = (amount: number) => formatMoneyInput(amount, inputDecimalSeparator(locale()), props.currency)
  const decimals = () => ({ decimals: currencyDecimals(props.currency) })
  const [amountText, setAmountText] = createSignal(asText(props.remaining))
  const [reason, setReason] = createSignal('')
  const [amountError, setAmountError] = createSignal<string | null>(null)
  const [alert, setAlert] = createSignal<string[]>([])
  const [attempt, setAttempt] = createSignal<Attempt | null>(null)
  const [pending, setPending] = createSignal(false)
  let amountInput: HTMLInputElement | undefined
  let confirmHeading: HTMLHeadingElement | undefined

  // A new remaining amount (after a refund, or a refresh) is the new starting point.
  createEffect(
    on(
      () => props.remaining,
      (remaining) => setAmountText(asText(remaining)),
      { defer: true },
    ),
  )

  const review = (event: SubmitEvent) => {
    event.preventDefault()
    setAlert([])
    const checked = checkAmount(amountText(), props.remaining, props.currency)
    if (!checked.ok) {
      setAmountError(t(checked.message, decimals()))
      amountInput?.focus()
      return
    }
    setAmountError(null)
    const note = reason().trim()
    setAttempt({ input: { amount: checked.amount, ...(note ? { reason: note } : {}) }, key: crypto.randomUUID() })
    confirmHeading?.focus()
  }

  const backToEdit = (error: string | null = null) => {
    setAttempt(null)
    setAmountError(error)
    amountInput?.focus()
  }

  const confirm = async () => {
    const current = attempt()
    if (!current || pending()) return
    setPending(true)
    setAlert([])
    try {
      // A stale CSRF token is refused before anything happens, so the retry inside may reuse the key.
      await withCsrfToken(db, (token) =>
        postJson(`/api/admin/orders/${props.orderId}/refunds`, current.input, token, parseOrder, {
          'idempotency-key': current.key,
        }),
      )
      setAttempt(null)
      setReason('')
      props.onRefunded(current.input.amount)
      props.onChanged()
    } catch (error) {
      answerFailure(error, current)
    } finally {
      setPending(false)
    }
  }

  const answerFailure = (error: unknown, current: Attempt) => {
    if (!(error instanceof ApiError)) {
      console.error('refund failed', error)
      setAlert([t('errors.INTERNAL')])
      return
    }
    // No answer: the refund may or may not have happened; keep the key so a retry cannot double it.
    if (error.status === null) {
      setAlert([t('errors.NETWORK')])
      return
    }
    const amountIssue = error.issues.some((issue) => issue.path === 'json.amount')
    if (error.code === 'REFUND_EXCEEDS_REMAINING' || amountIssue) {
      backToEdit(
        t(
          error.code === 'REFUND_EXCEEDS_REMAINING' ? 'errors.REFUND_EXCEEDS_REMAINING' : 'admin.orders.refund.invalid',
        ),
      )
      props.onChanged()
      return
    }
    setAttempt({ ...current, key: crypto.randomUUID() })
    setAlert([t(`errors.${error.code}`)])
    if (error.code === 'ORDER_NOT_REFUNDABLE') props.onChanged()
  }

  return (
    <div class="admin-refund">
      <h3 id="admin-refund-title">{t('admin.orders.refund.title')}</h3>
      <Show
        when={attempt()}
        fallback={
          <form class="admin-refund__form" aria-labelledby="admin-refund-title" onSubmit={review} novalidate>
            <div class="field">
              <label for="refund-amount">{t('admin.orders.refund.amount', { currency: props.currency })}</label>
              <div class="admin-refund__amount">
                <input
                  ref={amountInput}
                  id="refund-amount"
                  name="amount"
                  type="text"
                  inputmode="decimal"
                  autocomplete="off"
                  required
                  value={amountText()}
                  aria-invalid={amountError() ? true : undefined}
                  aria-describedby={amountError() ? 'refund-amount-hint refund-amount-error' : 'refund-amount-hint'}
                  onInput={(event) => setAmountText(event.currentTarget.value)}
                />
                <button type="button" class="button" onClick={() => setAmountText(asText(props.remaining))}>
                  {t('admin.orders.refund.full')}
                </button>
              </div>
              <p id="refund-amount-hint" class="field__hint">
                {t('admin.orders.refund.left')} <Price amount={props.remaining} currency={props.currency} />.{' '}
                {t('admin.orders.refund.amountHint', decimals())}
              </p>
              <Show when={amountError()}>
                <p id="refund-amount-error" class="field__error">
                  {amountError()}
                </p>
              </Show>
            </div>
            <div class="field">
              <label for="refund-reason">{t('admin.orders.refund.reason')}</label>
              <input
                id="refund-reason"
                name="reason"
                type="text"
                maxlength="200"
                autocomplete="off"
                value={reason()}
                onInput={(event) => setReason(event.currentTarget.value)}
              />
            </div>
            <button type="submit" class="button button--primary">
              {t('admin.orders.refund.review')}
            </button>
          </form>
        }
      >
        {(current) => (
          <section class="admin-refund__confirm" aria-labelledby="admin-refund-confirm">
            <h4 id="admin-refund-confirm" ref={confirmHeading} tabindex="-1">
              {t('admin.orders.refund.confirmTitle')}
            </h4>
            <dl class="admin-order__facts">
              <dt>{t('admin.orders.refund.amountLabel')}</dt>
              <dd>
                <Price amount={current().input.amount} currency={props.currency} />
              </dd>
              <dt>{t('admin.orders.refund.to')}</dt>
              <dd class="admin-orders__email">{props.email}</dd>
              <dt>{t('admin.orders.refund.reasonLabel')}</dt>
              <dd>{current().input.reason ?? t('admin.orders.noReason')}</dd>
            </dl>
            <p>{t('admin.orders.refund.final')}</p>
            <FormAlert messages={alert()} />
            <p class="admin-refund__buttons">
              <button type="button" class="button button--primary" disabled={pending()} onClick={() => void confirm()}>
                {pending() ? t('admin.orders.refund.pending') : t('admin.orders.refund.confirm')}
              </button>
              <button type="button" class="button" disabled={pending()} onClick={() => backToEdit()}>
                {t('admin.orders.refund.back')}
              </button>
            </p>
          </section>
        )}
      </Show>
    </div>
  )
}
