import { For, type JSX } from 'solid-js'
import { quantityChoices } from '../../shared/cart/cart.ts'

export function QuantitySelect(props: {
  readonly id: string
  readonly label: string
  readonly value: number
  readonly stock: number
  readonly disabled?: boolean
  /** Show the label (product page); hidden where the row already says what it is (cart line). */
  readonly visibleLabel?: boolean
  readonly onChange: (quantity: number) => void
}): JSX.Element {
  return (
    <span class="quantity-select">
      <label class={props.visibleLabel ? 'quantity-select__label' : 'visually-hidden'} for={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        disabled={props.disabled}
        onChange={(event) => props.onChange(Number(event.currentTarget.value))}
      >
        <For each={quantityChoices(props.stock, props.value)}>
          {(quantity) => (
            <option value={quantity} selected={quantity === props.value}>
              {quantity}
            </option>
          )}
        </For>
      </select>
    </span>
  )
}
