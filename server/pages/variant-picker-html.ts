/**
 * The product page's variant picker, price and swatches as the client renders them
 * (client/catalog/variant-picker.tsx, client/ui/price.tsx, client/catalog/product-card.tsx): same
 * elements, classes and strings. The radios wait for the app (`untilApp`); a value no variant
 * combines with the earlier choices is disabled for good, as in the app.
 */
import { html, raw } from 'hono/html'
import type { Product, ProductOptionValue } from '../../shared/catalog/product.ts'
import { colourOptionCode } from '../../shared/catalog/variant.ts'
import {
  colourSwatches,
  isSwatchColour,
  type OptionValueState,
  optionStates,
  type Selection,
} from '../../shared/catalog/variant-selection.ts'
import { type Market, taxKindOf } from '../../shared/markets/market.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import { type Html, untilApp } from './html.ts'
import type { PageIntl } from './page-intl.ts'

export function variantPickerHtml(intl: PageIntl, product: Product, selection: Selection): Html {
  if (product.options.length === 0) return html``
  const fieldsets = optionStates(product, selection).map((entry, optionIndex) => {
    const name = `variant-${product.id}-${entry.option.code}`
    const values = entry.values.map((item, valueIndex) =>
      valueHtml(intl, item, {
        name,
        id: `${name}-${optionIndex}-${valueIndex}`,
        swatch: entry.option.code === colourOptionCode,
        checked: selection[entry.option.code] === item.value.code,
      }),
    )
    return html`<fieldset class="variant-picker__option"><legend class="variant-picker__legend">${entry.option.name}</legend><div class="variant-picker__values">${values}</div></fieldset>`
  })
  return html`<div class="variant-picker">${fieldsets}</div>`
}

type ValuePlace = { readonly name: string; readonly id: string; readonly swatch: boolean; readonly checked: boolean }

function valueHtml({ t }: PageIntl, item: OptionValueState, place: ValuePlace): Html {
  const stateText =
    item.state === 'sold_out' ? t('variant.soldOut') : item.state === 'unavailable' ? t('variant.unavailable') : null
  const stateId = `${place.id}-state`
  const disabled = raw(item.state === 'unavailable' ? ' disabled' : untilApp)
  const describedBy = stateText ? html` aria-describedby="${stateId}"` : ''
  const swatch =
    place.swatch && isSwatchColour(item.value.swatch) ? swatchHtml(item.value, 'variant-value__swatch') : ''
  const description = stateText ? html`<span id="${stateId}" class="visually-hidden">${stateText}</span>` : ''
  return html`<span class="variant-value variant-value--${item.state.replace('_', '-')}"><input type="radio" id="${place.id}" class="variant-value__input" name="${place.name}" value="${item.value.code}"${place.checked ? raw(' checked') : ''}${disabled}${describedBy}><label class="variant-value__box" for="${place.id}">${swatch}<span class="variant-value__label">${item.value.label}</span></label>${description}</span>`
}

/** A colour dot as an SVG fill: the CSP refuses style attributes, not presentation attributes. */
export function swatchHtml(value: ProductOptionValue, className: string): Html {
  const fill = isSwatchColour(value.swatch) ? value.swatch : 'transparent'
  return html`<svg class="swatch ${className}" viewBox="0 0 1 1" aria-hidden="true"><rect width="1" height="1" fill="${fill}"></rect></svg>`
}

/** As client/catalog/product-card.tsx: up to six dots and "4 colours" for assistive technology. */
export function cardSwatchesHtml({ t }: PageIntl, product: Product): Html {
  const swatches = colourSwatches(product)
  if (swatches.length <= 1) return html``
  const dots = swatches.slice(0, 6).map((value) => swatchHtml(value, 'product-card__swatch'))
  return html`<span class="product-card__swatches">${dots}<span class="visually-hidden">${t('product.colourCount', { count: swatches.length })}</span></span>`
}

export type PriceOptions = { readonly from?: boolean; readonly compareAt?: number | null }

/** As client/ui/price.tsx. */
export function priceHtml(intl: PageIntl, amount: number, currency: CurrencyCode, options: PriceOptions = {}): Html {
  const formatted = intl.formatPrice(amount, currency)
  const text = options.from ? intl.t('price.from', { price: formatted }) : formatted
  const was = options.compareAt
    ? html`<s class="price__was"><span class="visually-hidden">${intl.t('price.was')} </span>${intl.formatPrice(options.compareAt, currency)}</s>`
    : ''
  return html`<span class="price"><span class="price__amount">${text}</span>${was}</span>`
}

/** As client/ui/price.tsx `TaxIncludedNote`: "incl. VAT" where the market's prices contain the tax. */
export function taxIncludedNoteHtml(intl: PageIntl, market: Market): Html {
  if (market.taxMode !== 'inclusive') return html``
  return html`<span class="tax-note">${intl.t(`market.taxIncluded.${taxKindOf(market.id)}`)}</span>`
}
