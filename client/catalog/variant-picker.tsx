/**
 * The product page's option choice: one fieldset of native radios per option, so arrow keys, Tab
 * and screen readers work as they do for any radio group. A sold-out value stays choosable (the
 * shopper may want to see it, and the page then says it cannot be added); a value no variant
 * combines with the earlier choices is disabled. server/pages/variant-picker-html.ts renders the
 * same markup for the first view.
 */
import { createMemo, Index, type JSX, Show } from 'solid-js'
import type { Product, ProductOptionValue } from '../../shared/catalog/product.ts'
import { colourOptionCode } from '../../shared/catalog/variant.ts'
import {
  isSwatchColour,
  type OptionValueState,
  optionStates,
  type Selection,
} from '../../shared/catalog/variant-selection.ts'
import { useI18n } from '../platform/i18n.tsx'

export function VariantPicker(props: {
  readonly product: Product
  readonly selection: Selection
  readonly onChoose: (optionCode: string, valueCode: string) => void
}): JSX.Element {
  const { t } = useI18n()
  const states = createMemo(() => optionStates(props.product, props.selection))
  const stateText = (state: OptionValueState['state']) =>
    state === 'sold_out' ? t('variant.soldOut') : state === 'unavailable' ? t('variant.unavailable') : undefined
  // <Index>, not <For>: each choice yields new state objects, and re-created radios would lose the
  // focus (and the arrow keys' place in the group) on every change.
  return (
    <div class="variant-picker">
      <Index each={states()}>
        {(entry, optionIndex) => {
          const name = () => variantInputName(props.product.id, entry().option.code)
          return (
            <fieldset class="variant-picker__option">
              <legend class="variant-picker__legend">{entry().option.name}</legend>
              <div class="variant-picker__values">
                <Index each={entry().values}>
                  {(item, valueIndex) => (
                    <VariantValue
                      name={name()}
                      id={`${name()}-${optionIndex}-${valueIndex}`}
                      item={item()}
                      swatch={entry().option.code === colourOptionCode}
                      checked={props.selection[entry().option.code] === item().value.code}
                      onChoose={() => props.onChoose(entry().option.code, item().value.code)}
                      stateText={stateText(item().state)}
                    />
                  )}
                </Index>
              </div>
            </fieldset>
          )
        }}
      </Index>
    </div>
  )
}

/** The name of an option's radio group (server/pages/variant-picker-html.ts names it the same). */
export function variantInputName(productId: string, optionCode: string): string {
  return `variant-${productId}-${optionCode}`
}

/**
 * The radio, its label (the value, and its swatch) and, for a value that cannot be bought as it
 * stands, a description: the label names the value, the description says "sold out".
 */
function VariantValue(props: {
  readonly name: string
  readonly id: string
  readonly item: OptionValueState
  readonly swatch: boolean
  readonly checked: boolean
  readonly stateText: string | undefined
  readonly onChoose: () => void
}): JSX.Element {
  const stateId = () => `${props.id}-state`
  return (
    <span class={`variant-value variant-value--${props.item.state.replace('_', '-')}`}>
      <input
        type="radio"
        id={props.id}
        class="variant-value__input"
        name={props.name}
        value={props.item.value.code}
        checked={props.checked}
        disabled={props.item.state === 'unavailable'}
        aria-describedby={props.stateText ? stateId() : undefined}
        onChange={() => props.onChoose()}
      />
      <label class="variant-value__box" for={props.id}>
        <Show when={props.swatch && isSwatchColour(props.item.value.swatch)}>
          <Swatch value={props.item.value} class="variant-value__swatch" />
        </Show>
        <span class="variant-value__label">{props.item.value.label}</span>
      </label>
      <Show when={props.stateText}>
        {(text) => (
          <span id={stateId()} class="visually-hidden">
            {text()}
          </span>
        )}
      </Show>
    </span>
  )
}

/**
 * A colour swatch: an SVG whose fill is a presentation attribute, which the CSP (style-src 'self')
 * allows where a style attribute is refused, so the server's HTML can paint it too. Decorative: the
 * colour's name is always beside it or in an accessible summary.
 */
export function Swatch(props: { readonly value: ProductOptionValue; readonly class: string }): JSX.Element {
  return (
    <svg class={`swatch ${props.class}`} viewBox="0 0 1 1" aria-hidden="true">
      <rect width="1" height="1" fill={isSwatchColour(props.value.swatch) ? props.value.swatch : 'transparent'} />
    </svg>
  )
}
