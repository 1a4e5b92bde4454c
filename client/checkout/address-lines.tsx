/** A shipping address printed in its country's format, one line each (shared/checkout/address-format.ts). */
import { createEffect, createSignal, For, type JSX, onCleanup, Show } from 'solid-js'
import { countryDisplayName, formatAddressLines } from '../../shared/checkout/address-format.ts'
import type { ShippingAddress } from '../../shared/checkout/checkout-totals.ts'

export function AddressLines(props: {
  readonly address: ShippingAddress
  readonly locale: string
  readonly class?: string
}): JSX.Element {
  const lines = () => formatAddressLines(props.address, countryDisplayName(props.address.country, props.locale))
  // The phone formatter carries the numbering plans: loaded only for an address that has a phone
  // (the checkout chunk's copy), so the order pages and the admin do not carry it otherwise. Not a
  // resource: the page must not suspend for it, the E.164 form stands in until it is there.
  const [formatted, setFormatted] = createSignal<string | null>(null)
  createEffect(() => {
    const { phone, country } = props.address
    setFormatted(null)
    if (!phone) return
    let current = true
    onCleanup(() => {
      current = false
    })
    import('../../shared/checkout/phone-number.ts').then(
      ({ formatPhoneNumber }) => current && setFormatted(formatPhoneNumber(phone, country)),
      // Offline without the chunk: the E.164 form is still a number a person can dial.
      () => undefined,
    )
  })
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
      <Show when={props.address.phone}>
        {(e164) => (
          <>
            <br />
            <a href={`tel:${e164()}`} dir="ltr">
              {formatted() ?? e164()}
            </a>
          </>
        )}
      </Show>
    </address>
  )
}
