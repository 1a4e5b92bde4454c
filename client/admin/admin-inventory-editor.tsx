/**
 * One product of the inventory page, edited in place: the price (typed in major units) and a stock
 * adjustment (+/−, with a reason). Stock is sent as a delta, so checkouts made while the page was open
 * are never overwritten; the price carries the version shown, and when the product changed meanwhile
 * the server answers with the row as it is now, which replaces the card and is said aloud.
 */
import { createEffect, createSignal, type JSX, on, Show } from 'solid-js'
import type { InventoryItem, InventoryUpdate } from '../../shared/catalog/admin-inventory-schema.ts'
import { formatMoneyInput, parseMoneyInput } from '../../shared/money-input.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { withCsrfToken } from '../offline/session.ts'
import { ApiError, patchJson } from '../platform/api-client.ts'
import { Price } from '../ui/price.tsx'
import { useAdminI18n } from './admin-i18n.tsx'
import { parseInventoryUpdateResult } from './admin-inventory-parsers.ts'

type Outcome = { readonly kind: 'saved' | 'conflict' | 'error'; readonly message: string }

/** `initial`: the row as listed; from then on the editor keeps the row each answer returns. */
export function InventoryEditor(props: { readonly initial: InventoryItem }): JSX.Element {
  const { t, locale } = useAdminI18n()
  const { db } = useOffline()
  const asText = (amount: number) => formatMoneyInput(amount, locale() === 'de' ? ',' : '.')
  const [item, setItem] = createSignal(props.initial)
  const [priceText, setPriceText] = createSignal(asText(item().price))
  const [delta, setDelta] = createSignal(0)
  const [reason, setReason] = createSignal('')
  const [pending, setPending] = createSignal(false)
  const [outcome, setOutcome] = createSignal<Outcome | null>(null)
  const id = (part: string) => `inventory-${item().id}-${part}`
  // A new price from the server (saved, or changed by someone else) is the new starting point.
  createEffect(
    on(
      () => item().price,
      (price) => setPriceText(asText(price)),
      { defer: true },
    ),
  )

  const save = async (event: SubmitEvent) => {
    event.preventDefault()
    if (pending()) return
    const update = changesOf(item(), priceText(), delta(), reason())
    if (typeof update === 'string') return setOutcome({ kind: 'error', message: t(update) })
    setPending(true)
    setOutcome(null)
    try {
      const path = `/api/admin/inventory/${item().id}`
      const result = await withCsrfToken(db, (token) =>
        patchJson(path, update, token, parseInventoryUpdateResult, [409]),
      )
      setItem(result.item)
      if (result.status === 'conflict') {
        const values = { stock: result.item.stock }
        return setOutcome({ kind: 'conflict', message: t('admin.inventory.conflict', values) })
      }
      setDelta(0)
      setReason('')
      setOutcome({ kind: 'saved', message: t('admin.inventory.saved', { stock: result.item.stock }) })
    } catch (error) {
      if (!(error instanceof ApiError)) console.error('saving inventory failed', error)
      setOutcome({ kind: 'error', message: t(error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL') })
    } finally {
      setPending(false)
    }
  }

  return (
    <article class="admin-inventory__card" aria-labelledby={id('name')}>
      <h2 id={id('name')}>{item().name}</h2>
      <p class="admin-inventory__facts">
        <span>{item().categoryName}</span>
        <span>
          <Price amount={item().price} currency={item().currency} />
        </span>
        <span>{t('admin.inventory.inStock', { count: item().stock })}</span>
      </p>
      <form class="admin-inventory__form" onSubmit={save} novalidate>
        <div class="field">
          <label for={id('price')}>{t('admin.inventory.price', { currency: item().currency })}</label>
          <input
            id={id('price')}
            type="text"
            inputmode="decimal"
            autocomplete="off"
            value={priceText()}
            onInput={(event) => setPriceText(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={id('delta')}>{t('admin.inventory.adjust')}</label>
          <div class="admin-inventory__stepper">
            <button
              type="button"
              class="button"
              aria-label={t('admin.inventory.less')}
              onClick={() => setDelta(delta() - 1)}
            >
              −
            </button>
            <input
              id={id('delta')}
              type="number"
              step="1"
              value={delta()}
              onInput={(event) => setDelta(Number.parseInt(event.currentTarget.value, 10) || 0)}
            />
            <button
              type="button"
              class="button"
              aria-label={t('admin.inventory.more')}
              onClick={() => setDelta(delta() + 1)}
            >
              +
            </button>
          </div>
        </div>
        <div class="field">
          <label for={id('reason')}>{t('admin.inventory.reason')}</label>
          <input
            id={id('reason')}
            type="text"
            maxlength="200"
            autocomplete="off"
            value={reason()}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button--primary" disabled={pending()}>
          {t('admin.inventory.save')}
        </button>
        <p role="status" class={`admin-inventory__outcome admin-inventory__outcome--${outcome()?.kind ?? 'none'}`}>
          <Show when={outcome()}>{(current) => current().message}</Show>
        </p>
      </form>
    </article>
  )
}

/** The PATCH body for what the admin changed, or the id of why there is nothing valid to send. */
function changesOf(
  item: InventoryItem,
  priceText: string,
  delta: number,
  reason: string,
): InventoryUpdate | 'admin.inventory.invalidPrice' | 'admin.inventory.nothingChanged' {
  const price = parseMoneyInput(priceText)
  if (!price.ok) return 'admin.inventory.invalidPrice'
  const note = reason.trim()
  const update = {
    expectedVersion: item.version,
    ...(delta !== 0 ? { stockDelta: delta } : {}),
    ...(price.amount !== item.price ? { price: price.amount } : {}),
    ...(note ? { reason: note } : {}),
  }
  return update.stockDelta === undefined && update.price === undefined ? 'admin.inventory.nothingChanged' : update
}
