/**
 * "Discount code" in the cart and the review: apply (the server checks it for the cart), remove,
 * and a polite live region that says what happened — applied, or the reason it was refused. Offline
 * the code is kept and marked to be checked when back online (the server decides at the order).
 */
import { createSignal, type JSX, Show } from 'solid-js'
import { normalizeDiscountCode } from '../../shared/discounts/discount.ts'
import { metaKeys } from '../local-data/storage-keys.ts'
import { useMarket } from '../markets/market-context.tsx'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { applyCode, readAppliedCode, removeAppliedCode } from './discount-store.ts'

export function DiscountCodeField(props: {
  readonly id: string
  /** A refusal the caller learnt elsewhere (the review's quote), shown in the same live region. */
  readonly refusal?: string | null
}): JSX.Element {
  const { t } = useI18n()
  const { db, network } = useOffline()
  const market = useMarket()
  const applied = createLiveQuery(() => () => readAppliedCode(db))
  const [typed, setTyped] = createSignal('')
  const [message, setMessage] = createSignal('')
  const [busy, setBusy] = createSignal(false)

  async function apply(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const code = normalizeDiscountCode(typed())
    if (!code || busy()) return
    setBusy(true)
    try {
      if (!network.isOnline()) {
        await db.meta.put({ key: metaKeys.discountCode, value: { code, rule: null } })
        setMessage(t('discount.toConfirm', { code }))
      } else {
        const check = await applyCode(db, code, market.choice().country)
        setMessage(check.ok ? t('discount.applied', { code }) : t(`errors.${check.refusal}`))
      }
      setTyped('')
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NETWORK') {
        await db.meta.put({ key: metaKeys.discountCode, value: { code, rule: null } })
        setMessage(t('discount.toConfirm', { code }))
      } else setMessage(error instanceof ApiError ? t(`errors.${error.code}`) : t('errors.INTERNAL'))
    } finally {
      setBusy(false)
    }
  }

  async function remove(code: string): Promise<void> {
    await removeAppliedCode(db)
    setMessage(t('discount.removed', { code }))
  }

  return (
    <div class="discount-code">
      <Show
        when={applied.value()}
        fallback={
          <form class="discount-code__form" onSubmit={(event) => void apply(event)}>
            <label for={props.id}>{t('discount.label')}</label>
            <div class="discount-code__row">
              <input
                id={props.id}
                name="discountCode"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck={false}
                maxLength={64}
                value={typed()}
                onInput={(event) => setTyped(event.currentTarget.value)}
              />
              <button type="submit" class="button button--small" disabled={busy()}>
                {t('discount.apply')}
              </button>
            </div>
          </form>
        }
      >
        {(current) => (
          <p class="discount-code__applied">
            <span>
              {t('discount.code')} <strong>{current().code}</strong>
              <Show when={!current().rule}> {t('discount.unconfirmed')}</Show>
            </span>
            <button
              type="button"
              class="button button--small"
              aria-label={t('discount.removeNamed', { code: current().code })}
              onClick={() => void remove(current().code)}
            >
              {t('discount.remove')}
            </button>
          </p>
        )}
      </Show>
      <p class="discount-code__message" role="status" aria-live="polite">
        {props.refusal ?? message()}
      </p>
    </div>
  )
}
