/**
 * One variant of a product, edited in place: its price and compare-at price (typed in major units)
 * and a stock adjustment (+/−, with a reason). Stock is sent as a delta, so checkouts made while the
 * page was open are never overwritten; a price carries the variant's revision shown, and when the
 * variant changed meanwhile the server answers 409 with the product as it is now, which replaces the
 * card and is said aloud. A fieldset per variant, its legend the options ("Size 42 · Black"), names
 * every input for a screen reader even when a card holds several variants.
 */
import { createEffect, createSignal, type JSX, on, Show } from 'solid-js'
import type { InventoryItem, InventoryVariant } from '../../shared/catalog/admin-inventory-schema.ts'
import { describeOptions, variantOptions } from '../../shared/catalog/variant.ts'
import { currencyDecimals } from '../../shared/money.ts'
import { formatMoneyInput, inputDecimalSeparator } from '../../shared/money-input.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError, patchJson } from '../platform/api-client.ts'
import { Price } from '../ui/price.tsx'
import { useAdminI18n } from './admin-i18n.tsx'
import { changesOf } from './admin-inventory-changes.ts'
import { parseInventoryUpdateOutcome } from './admin-inventory-parsers.ts'

type Outcome = { readonly kind: 'saved' | 'conflict' | 'error'; readonly message: string }

export function VariantEditor(props: {
  readonly item: InventoryItem
  readonly variantId: string
  readonly onItem: (item: InventoryItem) => void
}): JSX.Element {
  const variant = () => props.item.variants.find((candidate) => candidate.id === props.variantId)
  return <Show when={variant()}>{(current) => <VariantForm {...props} variant={current()} />}</Show>
}

function VariantForm(props: {
  readonly item: InventoryItem
  readonly variant: InventoryVariant
  readonly onItem: (item: InventoryItem) => void
}): JSX.Element {
  const { t, locale } = useAdminI18n()
  const { db } = useOffline()
  const asText = (amount: number | null) =>
    amount === null ? '' : formatMoneyInput(amount, inputDecimalSeparator(locale()), props.item.currency)
  const [priceText, setPriceText] = createSignal(asText(props.variant.price))
  const [compareText, setCompareText] = createSignal(asText(props.variant.compareAtPrice))
  const [delta, setDelta] = createSignal(0)
  const [reason, setReason] = createSignal('')
  const [pending, setPending] = createSignal(false)
  const [outcome, setOutcome] = createSignal<Outcome | null>(null)
  const id = (part: string) => `inventory-${props.variant.id}-${part}`
  const legend = () =>
    describeOptions(variantOptions(props.item.options, props.variant)) || t('admin.inventory.onlyVariant')
  // New prices from the server (saved, or changed by someone else) are the new starting point.
  createEffect(
    on(
      () => props.variant.price,
      (price) => setPriceText(asText(price)),
      { defer: true },
    ),
  )
  createEffect(
    on(
      () => props.variant.compareAtPrice,
      (compare) => setCompareText(asText(compare)),
      { defer: true },
    ),
  )

  const save = async (event: SubmitEvent) => {
    event.preventDefault()
    if (pending()) return
    const update = changesOf(props.variant, priceText(), compareText(), delta(), reason(), props.item.currency)
    if (typeof update === 'string')
      return setOutcome({ kind: 'error', message: t(update, { decimals: currencyDecimals(props.item.currency) }) })
    setPending(true)
    setOutcome(null)
    try {
      const path = `/api/admin/inventory/variants/${props.variant.id}`
      const result = await withCsrfToken(db, (token) =>
        patchJson(path, update, token, parseInventoryUpdateOutcome, [409]),
      )
      if (result.status === 'refused') return setOutcome({ kind: 'error', message: t(`errors.${result.code}`) })
      props.onItem(result.item)
      const stock = result.item.variants.find((row) => row.id === props.variant.id)?.stock ?? 0
      if (result.status === 'conflict')
        return setOutcome({ kind: 'conflict', message: t('admin.inventory.conflict', { stock }) })
      setDelta(0)
      setReason('')
      setOutcome({ kind: 'saved', message: t('admin.inventory.saved', { stock }) })
    } catch (error) {
      if (!(error instanceof ApiError)) console.error('saving inventory failed', error)
      setOutcome({ kind: 'error', message: t(error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL') })
    } finally {
      setPending(false)
    }
  }

  return (
    <form class="admin-inventory__form" onSubmit={save} novalidate>
      <fieldset class="admin-inventory__variant">
        <legend>{legend()}</legend>
        <p class="admin-inventory__facts">
          <span class="admin-inventory__sku">{t('admin.inventory.sku', { sku: props.variant.sku })}</span>
          <span>{t('admin.inventory.inStock', { count: props.variant.stock })}</span>
          <span>
            <Price amount={props.variant.price} currency={props.item.currency} />
            <Show when={props.variant.compareAtPrice}>
              {(compare) => (
                <>
                  {' '}
                  <span class="visually-hidden">{t('admin.inventory.wasPrice')}</span>
                  <s>
                    <Price amount={compare()} currency={props.item.currency} />
                  </s>
                </>
              )}
            </Show>
          </span>
        </p>
        <div class="admin-inventory__fields">
          <div class="field">
            <label for={id('price')}>{t('admin.inventory.price', { currency: props.item.currency })}</label>
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
            <label for={id('compare')}>{t('admin.inventory.compareAt', { currency: props.item.currency })}</label>
            <input
              id={id('compare')}
              type="text"
              inputmode="decimal"
              autocomplete="off"
              value={compareText()}
              onInput={(event) => setCompareText(event.currentTarget.value)}
            />
          </div>
          <StockAdjuster id={id('delta')} value={delta()} onChange={setDelta} />
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
        </div>
        <button type="submit" class="button button--primary" disabled={pending()}>
          {t('admin.inventory.save')}
        </button>
        <p role="status" class={`admin-inventory__outcome admin-inventory__outcome--${outcome()?.kind ?? 'none'}`}>
          <Show when={outcome()}>{(current) => current().message}</Show>
        </p>
      </fieldset>
    </form>
  )
}

function StockAdjuster(props: {
  readonly id: string
  readonly value: number
  readonly onChange: (value: number) => void
}): JSX.Element {
  const { t } = useAdminI18n()
  return (
    <div class="field">
      <label for={props.id}>{t('admin.inventory.adjust')}</label>
      <div class="admin-inventory__stepper">
        <button
          type="button"
          class="button"
          aria-label={t('admin.inventory.less')}
          onClick={() => props.onChange(props.value - 1)}
        >
          −
        </button>
        <input
          id={props.id}
          type="number"
          step="1"
          value={props.value}
          onInput={(event) => props.onChange(Number.parseInt(event.currentTarget.value, 10) || 0)}
        />
        <button
          type="button"
          class="button"
          aria-label={t('admin.inventory.more')}
          onClick={() => props.onChange(props.value + 1)}
        >
          +
        </button>
      </div>
    </div>
  )
}
