/** A shipping address printed in its country's format, one line each (shared/checkout/address-format.ts). */
import { For, type JSX, Show } from 'solid-js'
import { countryDisplayName, formatAddressLines } from '../../shared/checkout/address-format.ts'
import type { ShippingAddress } from '../../shared/checkout/checkout-totals.ts'

export function AddressLines(props: {
  readonly address: ShippingAddress
  readonly locale: string
  readonly class?: string
}): JSX.Element {
  const lines = () => formatAddressLines(props.address, countryDisplayName(props.address.country, props.locale))
  return (
    <address class={props.class}>
      <For each={lines()}>
        {(line, index) => (
          <>
            <Show when={index() > 0}>
              <br />
            </Show>
            {/* Each line in its own direction: "12 Main Street" on an Arabic page too. */}
            <bdi>{line}</bdi>
          </>
        )}
      </For>
    </address>
  )
}
