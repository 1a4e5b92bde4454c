import { A } from '@solidjs/router'
import { For, type JSX, Match, onMount, Show, Switch } from 'solid-js'
import { ProductImage } from '../catalog/product-image.tsx'
import { lowStockThreshold } from '../catalog/stock-state.tsx'
import { readStorefrontCollections } from '../catalog/storefront-queries.ts'
import { DiscountCodeField } from '../discounts/discount-code-field.tsx'
import { discountLinesOf, previewDiscount } from '../discounts/discount-preview.ts'
import { readAppliedCode, readPromotions, refreshPromotions } from '../discounts/discount-store.ts'
import { useMarket } from '../markets/market-context.tsx'
import { PricesInNote } from '../markets/prices-in-note.tsx'
import { isCatalogPending, useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { Price, TaxIncludedNote, taxKindOf } from '../ui/price.tsx'
import { lineImage, lineOptionsText } from './cart-line-text.ts'
import { cartIncludedTax, cartSubtotals } from './cart-totals.ts'
import { QuantitySelect } from './quantity-select.tsx'
import { useShopper } from './shopper-context.tsx'
import type { CartLineView } from './shopper-view.ts'

/** The cart: lines from Dexie (server state + pending changes), editable offline. */
export function CartPage(): JSX.Element {
  const { t } = useI18n()
  const { network } = useOffline()
  const shopper = useShopper()
  const lines = () => shopper.view().cart
  useDocumentTitle(() => t('cart.title'))

  return (
    <section class="cart" aria-labelledby="cart-title">
      <h1 id="cart-title">{t('cart.title')}</h1>
      <Switch>
        <Match when={!shopper.ready()}>
          <div class="skeleton skeleton--lines" role="progressbar" aria-busy="true" aria-label={t('cart.title')} />
        </Match>
        <Match when={lines().length === 0}>
          <div class="notice-page">
            <p>{t('cart.empty')}</p>
            <A class="button button--primary" href="/">
              {t('cart.continueShopping')}
            </A>
          </div>
        </Match>
        <Match when={true}>
          <Show when={!network.isOnline()}>
            <p class="notice">{t('cart.lastKnown')}</p>
          </Show>
          <ul class="cart-lines">
            <For each={lines()}>{(line) => <CartLineRow line={line} />}</For>
          </ul>
          <CartSummary lines={lines()} />
        </Match>
      </Switch>
    </section>
  )
}

function CartLineRow(props: { readonly line: CartLineView }): JSX.Element {
  const { t } = useI18n()
  const { network, sync } = useOffline()
  const shopper = useShopper()
  const name = () => props.line.product?.name ?? props.line.productId
  const image = () => lineImage(props.line)
  const options = () => lineOptionsText(props.line)
  const unitPrice = () => props.line.unitPrice?.amount ?? 0
  const currency = () => props.line.unitPrice?.currency ?? 'USD'
  const change = (quantity: number) => shopper.setQuantity(props.line.productId, props.line.variantId, quantity)
  return (
    <li class="cart-line">
      <Show when={image()} fallback={<span class="cart-line__image cart-line__image--empty" />}>
        {(img) => <ProductImage class="cart-line__image" image={img()} alt="" sizes="5rem" />}
      </Show>
      <div class="cart-line__details">
        <Show when={props.line.product} fallback={<span class="cart-line__name">{name()}</span>}>
          {(product) => (
            <A class="cart-line__name" href={`/p/${product().slug}`}>
              {product().name}
            </A>
          )}
        </Show>
        <Show when={options()}>
          <span class="cart-line__options">{options()}</span>
        </Show>
        <Show when={props.line.unitPrice}>
          <Price amount={unitPrice()} currency={currency()} lastKnown={!network.isOnline()} />
        </Show>
        <LineProblem line={props.line} catalogPending={isCatalogPending(sync)} />
      </div>
      <div class="cart-line__controls">
        <QuantitySelect
          id={`cart-quantity-${props.line.variantId}`}
          label={t('cart.quantityOf', { name: fullName(name(), options()) })}
          value={props.line.quantity}
          stock={props.line.variant?.stock ?? props.line.quantity}
          disabled={!props.line.variant}
          onChange={(quantity) => void change(quantity)}
        />
        <Show when={props.line.unitPrice}>
          <span class="cart-line__total">
            <span class="visually-hidden">{t('cart.lineTotal')}: </span>
            <Price amount={unitPrice() * props.line.quantity} currency={currency()} />
          </span>
        </Show>
        <div class="cart-line__buttons">
          <button
            type="button"
            class="button button--small"
            aria-label={t('cart.moveToWishlistNamed', { name: fullName(name(), options()) })}
            disabled={!props.line.product}
            onClick={() => void shopper.moveToWishlist(props.line.productId, props.line.variantId)}
          >
            {t('cart.moveToWishlist')}
          </button>
          <button
            type="button"
            class="button button--small"
            aria-label={t('cart.removeNamed', { name: fullName(name(), options()) })}
            onClick={() => void change(0)}
          >
            {t('cart.remove')}
          </button>
        </div>
      </div>
    </li>
  )
}

/** Which line a control acts on, for screen readers: the name with the options when there are some. */
function fullName(name: string, options: string): string {
  return options ? `${name} (${options})` : name
}

/** Why a line cannot be bought as it is (gone, sold out, more than in stock), or that few are left. */
function LineProblem(props: { readonly line: CartLineView; readonly catalogPending: boolean }): JSX.Element {
  const { t } = useI18n()
  const stock = () => props.line.variant?.stock ?? 0
  return (
    <Switch>
      <Match when={!props.line.product && props.catalogPending}>
        <p class="cart-line__problem">{t('cart.notDownloaded')}</p>
      </Match>
      <Match when={!props.line.product || !props.line.variant || props.line.product.deletedAt !== null}>
        <p class="cart-line__problem">{t('cart.unavailable')}</p>
      </Match>
      <Match when={stock() <= 0}>
        <p class="cart-line__problem">{t('stock.out')}</p>
      </Match>
      <Match when={stock() < props.line.quantity}>
        <p class="cart-line__problem">{t('cart.stockLimited', { count: stock() })}</p>
      </Match>
      <Match when={stock() <= lowStockThreshold}>
        <p class="cart-line__note">{t('stock.low', { count: stock() })}</p>
      </Match>
    </Switch>
  )
}

function CartSummary(props: { readonly lines: readonly CartLineView[] }): JSX.Element {
  const { t, formatNumber } = useI18n()
  const { db, network } = useOffline()
  const market = useMarket()
  const subtotals = () => cartSubtotals(props.lines)
  const count = () => props.lines.reduce((sum, line) => sum + line.quantity, 0)
  const code = createLiveQuery(() => () => readAppliedCode(db))
  const promotions = createLiveQuery(() => () => readPromotions(db), [])
  const collections = createLiveQuery(() => () => readStorefrontCollections(db), [])
  onMount(() => {
    if (network.isOnline())
      refreshPromotions(db).catch((error: unknown) => console.warn('could not fetch the promotions', error))
  })
  // One currency (the shop's): the preview of the discount the order is expected to get.
  const preview = () => {
    const [subtotal, ...others] = subtotals()
    if (!subtotal || others.length > 0) return null
    const result = previewDiscount({
      lines: discountLinesOf(props.lines, collections.value()),
      currency: subtotal.currency,
      code: code.value(),
      promotions: promotions.value(),
      now: new Date(),
      totalWith: (applied) => subtotal.amount - applied.itemsAmount,
    })
    return { ...result, subtotal }
  }
  // What the items contain of the market's VAT (or consumption tax), after the expected discount.
  const includedTax = () => {
    const summary = preview()
    if (!summary) return null
    const afterDiscount = summary.subtotal.amount - (summary.applied?.itemsAmount ?? 0)
    const tax = cartIncludedTax(afterDiscount, market.market(), market.choice().country)
    return tax && { ...tax, currency: summary.subtotal.currency }
  }
  const taxRate = (rate: number) => formatNumber(rate / 10_000, { style: 'percent', maximumFractionDigits: 2 })
  const refusalText = () => {
    const refusal = preview()?.refusal
    return refusal ? t(`errors.${refusal}`) : null
  }
  return (
    <div class="cart-summary">
      <p class="cart-summary__count">{t('cart.itemCount', { count: count() })}</p>
      <Show when={subtotals().length > 1}>
        <p class="notice">{t('cart.mixedCurrencies')}</p>
      </Show>
      <dl class="cart-summary__totals">
        <For each={subtotals()}>
          {(subtotal) => (
            <div class="cart-summary__row">
              <dt>
                {t('cart.subtotal')} <TaxIncludedNote />
              </dt>
              <dd data-testid="cart-subtotal">
                <Price amount={subtotal.amount} currency={subtotal.currency} lastKnown={!network.isOnline()} />
              </dd>
            </div>
          )}
        </For>
        <Show when={preview()?.applied}>
          {(applied) => (
            <>
              <div class="cart-summary__row cart-summary__row--discount">
                <dt>{t('discount.line', { title: applied().rule.title })}</dt>
                <dd data-testid="cart-discount">
                  <Show when={applied().itemsAmount > 0} fallback={applied().rule.title}>
                    <Price amount={applied().itemsAmount} currency={preview()?.subtotal.currency ?? 'EUR'} negative />
                  </Show>
                </dd>
              </div>
              <Show when={applied().itemsAmount > 0}>
                <div class="cart-summary__row">
                  <dt>{t('discount.totalAfter')}</dt>
                  <dd data-testid="cart-total-after-discount">
                    <Price
                      amount={(preview()?.subtotal.amount ?? 0) - applied().itemsAmount}
                      currency={preview()?.subtotal.currency ?? 'EUR'}
                      lastKnown={!network.isOnline()}
                    />
                  </dd>
                </div>
              </Show>
              <p class="cart-summary__note">
                {applied().rule.code === null
                  ? t('discount.promotionApplied', { title: applied().rule.title })
                  : t('discount.preview')}
              </p>
            </>
          )}
        </Show>
        <Show when={includedTax()}>
          {(tax) => (
            <div class="cart-summary__row">
              <dt>
                {t(`checkout.totals.taxIncluded.${taxKindOf(market.market().id)}`, { rate: taxRate(tax().rate) })}
              </dt>
              <dd data-testid="cart-included-tax">
                <Price amount={tax().amount} currency={tax().currency} lastKnown={!network.isOnline()} />
              </dd>
            </div>
          )}
        </Show>
      </dl>
      <PricesInNote />
      <DiscountCodeField id="cart-discount-code" refusal={refusalText()} />
      <A class="button button--primary cart-summary__checkout" href="/checkout">
        {t('checkout.cta')}
      </A>
    </div>
  )
}
