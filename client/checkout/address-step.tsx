/**
 * Step 1: the country first (shipping and tax follow from it, so the order summary prices from the
 * start), then the contact email and the address in the destination's own fields and order (a state
 * for the US, "postal code city" on the continent; shared/checkout/address-format.ts). Checked when
 * the shopper continues (inline errors). A signed-in shopper's saved addresses come first, as a radio
 * group (the default one picked); a new address may be saved to the account with the order.
 */
import { createSignal, For, type JSX, Show } from 'solid-js'
import type { SavedAddress } from '../../shared/account/saved-address.ts'
import {
  addressFormatOf,
  countryDisplayName,
  formatAddressLines,
  isValidRegion,
  type RegionOption,
} from '../../shared/checkout/address-format.ts'
import type { ShippingAddress } from '../../shared/checkout/checkout-totals.ts'
import { formatPhoneNumber, normalizePhoneNumber } from '../../shared/checkout/phone-number.ts'
import { FormAlert, TextField } from '../account/auth-form.tsx'
import { useI18n } from '../platform/i18n.tsx'
import {
  type CheckoutField,
  type CheckoutForm,
  checkFormProblems,
  type FormProblems,
  toCheckoutRequest,
  withNewAddress,
  withSavedAddress,
} from './checkout-form.ts'

export function AddressStep(props: {
  readonly form: CheckoutForm
  readonly guest: boolean
  readonly countries: readonly string[]
  /** The account's address book (empty for guests): offered as a radio group above the fields. */
  readonly savedAddresses: readonly SavedAddress[]
  /** The country a new address starts in. */
  readonly newAddressCountry: string
  readonly onFormChange: (form: CheckoutForm) => void
  readonly onDone: () => void
}): JSX.Element {
  const { t } = useI18n()
  const picked = () => Boolean(props.form.savedAddressId)
  const [problems, setProblems] = createSignal<FormProblems>({})
  let alertRegion: HTMLDivElement | undefined

  function submit(event: SubmitEvent): void {
    event.preventDefault()
    const found = checkFormProblems(props.form, { guest: props.guest })
    setProblems(found)
    if (Object.keys(found).length > 0) alertRegion?.focus()
    else props.onDone()
  }

  return (
    <form class="checkout__form" novalidate onSubmit={submit}>
      <div tabindex="-1" ref={alertRegion}>
        <FormAlert messages={Object.keys(problems()).length > 0 ? [t('checkout.fixErrors')] : []} />
      </div>
      <Show when={props.savedAddresses.length > 0}>
        <SavedAddressChoice
          form={props.form}
          savedAddresses={props.savedAddresses}
          onPick={(saved) => {
            setProblems({})
            props.onFormChange(
              saved ? withSavedAddress(props.form, saved) : withNewAddress(props.form, props.newAddressCountry),
            )
          }}
        />
      </Show>
      <Show when={!picked()}>
        <CountrySelect
          value={props.form.country}
          countries={props.countries}
          error={problems().country ? t('checkout.fieldError.country') : undefined}
          onChange={(country) => props.onFormChange(withCountry(props.form, country))}
        />
      </Show>
      <AddressFields
        form={props.form}
        problems={problems()}
        guest={props.guest}
        addressShown={!picked()}
        onChange={(field, value) => props.onFormChange({ ...props.form, [field]: value })}
      />
      <Show when={!props.guest && !picked()}>
        <label class="checkout__save-address">
          <input
            type="checkbox"
            checked={props.form.saveAddress === true}
            onChange={(event) => props.onFormChange({ ...props.form, saveAddress: event.currentTarget.checked })}
          />
          {t('checkout.saveAddress')}
        </label>
      </Show>
      <button type="submit" class="button button--primary">
        {t('checkout.continueToShipping')}
      </button>
    </form>
  )
}

/**
 * The saved addresses as one radio group (each named by its lines, so a screen reader reads the
 * address), then "A new address". Picking one fills the form from it; the fields stay hidden.
 */
function SavedAddressChoice(props: {
  readonly form: CheckoutForm
  readonly savedAddresses: readonly SavedAddress[]
  readonly onPick: (saved: SavedAddress | null) => void
}): JSX.Element {
  const { t, locale } = useI18n()
  const linesOf = (address: ShippingAddress) =>
    formatAddressLines(address, countryDisplayName(address.country, locale())).join(t('checkout.addressLineSeparator'))
  return (
    <fieldset class="checkout__fieldset checkout__saved-addresses">
      <legend>{t('checkout.savedAddresses')}</legend>
      <For each={props.savedAddresses}>
        {(saved) => (
          <label class="checkout__saved-address">
            <input
              type="radio"
              name="saved-address"
              value={saved.id}
              checked={props.form.savedAddressId === saved.id}
              onChange={() => props.onPick(saved)}
            />
            <span>
              <bdi>{linesOf(saved.address)}</bdi>
              <Show when={saved.isDefaultShipping}>
                <span class="checkout__method-note">{t('addresses.defaultShipping')}</span>
              </Show>
            </span>
          </label>
        )}
      </For>
      <label class="checkout__saved-address">
        <input
          type="radio"
          name="saved-address"
          value=""
          checked={!props.form.savedAddressId}
          onChange={() => props.onPick(null)}
        />
        <span>{t('checkout.newAddress')}</span>
      </label>
    </fieldset>
  )
}

/** A new country keeps the address typed so far, but not a state the new country does not have. */
export function withCountry(form: CheckoutForm, country: string): CheckoutForm {
  return { ...form, country, region: isValidRegion(country, form.region) ? form.region : '' }
}

/** The finished step, collapsed: who and where, with a way back. */
export function AddressSummary(props: { readonly form: CheckoutForm; readonly onChange: () => void }): JSX.Element {
  const { t, locale } = useI18n()
  const country = () => countryDisplayName(props.form.country, locale())
  const phone = () => {
    const e164 = normalizePhoneNumber(props.form.phone, props.form.country)
    return e164 ? formatPhoneNumber(e164, props.form.country) : ''
  }
  return (
    <div class="checkout__summary">
      <p>
        {props.form.email || t('checkout.accountEmail')}
        <br />
        <For each={formatAddressLines(toCheckoutRequest(props.form).shippingAddress, country())}>
          {(line, index) => (
            <>
              <Show when={index() > 0}>{t('checkout.addressLineSeparator')}</Show>
              <bdi>{line}</bdi>
            </>
          )}
        </For>
        <Show when={phone()}>
          {(number) => (
            <>
              {t('checkout.addressLineSeparator')}
              <bdi dir="ltr">{number()}</bdi>
            </>
          )}
        </Show>
      </p>
      <ChangeButton label={t('checkout.changeAddress')} onClick={props.onChange} />
    </div>
  )
}

export function ChangeButton(props: { readonly label: string; readonly onClick: () => void }): JSX.Element {
  const { t } = useI18n()
  return (
    <button type="button" class="button button--small" aria-label={props.label} onClick={() => props.onClick()}>
      {t('checkout.change')}
    </button>
  )
}

/**
 * The contact email (unless `withEmail` is false: the address book has none) and, when
 * `addressShown`, the phone and the address in the country's own fields and order.
 */
export function AddressFields(props: {
  readonly form: CheckoutForm
  readonly problems: FormProblems
  readonly guest: boolean
  readonly addressShown?: boolean
  readonly withEmail?: boolean
  readonly onChange: (field: CheckoutField, value: string) => void
}): JSX.Element {
  const { t, locale } = useI18n()
  const format = () => addressFormatOf(props.form.country)
  const error = (field: CheckoutField) => {
    const problem = props.problems[field]
    if (problem === 'postalCode') return t('checkout.fieldError.postalCode', { example: format().postal.example })
    if (problem === 'phone')
      return t('checkout.fieldError.phone', { country: countryDisplayName(props.form.country, locale()) })
    return problem ? t(`checkout.fieldError.${problem}`) : undefined
  }
  const text = (field: CheckoutField, label: string, autocomplete: string, dir?: 'ltr') => (
    <TextField
      id={`checkout-${field}`}
      label={label}
      type="text"
      autocomplete={autocomplete}
      value={props.form[field]}
      error={error(field)}
      dir={dir}
      onInput={(value) => props.onChange(field, value)}
    />
  )
  const postalCode = () =>
    text('postalCode', t(`checkout.postal.${format().postal.label}`), 'shipping postal-code', 'ltr')
  const city = () => text('city', t('checkout.city'), 'shipping address-level2')
  return (
    <>
      <fieldset class="checkout__fieldset">
        <legend>{t('checkout.contact')}</legend>
        <Show when={props.withEmail !== false}>
          <TextField
            id="checkout-email"
            label={props.guest ? t('checkout.email') : t('checkout.emailOptional')}
            type="email"
            autocomplete="email"
            value={props.form.email}
            error={error('email')}
            hint={props.guest ? t('checkout.emailHint') : undefined}
            onInput={(value) => props.onChange('email', value)}
          />
        </Show>
        {/* Optional: only the carrier uses it. Digits read left to right on an Arabic page too. */}
        <Show when={props.addressShown !== false}>
          <TextField
            id="checkout-phone"
            label={t('checkout.phone')}
            type="tel"
            autocomplete="shipping tel"
            value={props.form.phone}
            error={error('phone')}
            hint={t('checkout.phoneHint')}
            dir="ltr"
            onInput={(value) => props.onChange('phone', value)}
          />
        </Show>
      </fieldset>
      <Show when={props.addressShown !== false}>
        <fieldset class="checkout__fieldset">
          <legend>{t('checkout.address')}</legend>
          {text('name', t('checkout.name'), 'shipping name')}
          {text('line1', t('checkout.line1'), 'shipping address-line1')}
          {text('line2', t('checkout.line2'), 'shipping address-line2')}
          {/* The destination's own order: "10115 Berlin", or "San Francisco, CA 94105". */}
          <Show
            when={format().layout === 'postal-city'}
            fallback={
              <>
                {city()}
                <div class="checkout__row">
                  <Show when={format().region}>
                    {(region) => (
                      <RegionSelect
                        label={t(`checkout.region.${region().label}`)}
                        options={region().options}
                        value={props.form.region}
                        error={error('region')}
                        onChange={(value) => props.onChange('region', value)}
                      />
                    )}
                  </Show>
                  {postalCode()}
                </div>
              </>
            }
          >
            <div class="checkout__row">
              {postalCode()}
              {city()}
            </div>
          </Show>
        </fieldset>
      </Show>
    </>
  )
}

function RegionSelect(props: {
  readonly label: string
  readonly options: readonly RegionOption[]
  readonly value: string
  readonly error: string | undefined
  readonly onChange: (value: string) => void
}): JSX.Element {
  const { t } = useI18n()
  return (
    <div class="field">
      <label for="checkout-region">{props.label}</label>
      <select
        id="checkout-region"
        name="region"
        autocomplete="shipping address-level1"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? 'checkout-region-error' : undefined}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="">{t('checkout.region.choose')}</option>
        <For each={props.options}>{(option) => <option value={option.code}>{option.name}</option>}</For>
      </select>
      {props.error && (
        <p id="checkout-region-error" class="field__error">
          {props.error}
        </p>
      )}
    </div>
  )
}

/** The first field of the checkout: shipping and tax follow from it, so the summary prices from here on. */
export function CountrySelect(props: {
  readonly value: string
  readonly countries: readonly string[]
  readonly error: string | undefined
  readonly onChange: (value: string) => void
}): JSX.Element {
  const { t, locale } = useI18n()
  const names = () => new Intl.DisplayNames([locale()], { type: 'region' })
  // An address remembered from elsewhere may name a country the list does not offer: keep it selectable.
  const codes = () => (props.countries.includes(props.value) ? props.countries : [props.value, ...props.countries])
  const describedBy = () =>
    ['checkout-country-hint', props.error ? 'checkout-country-error' : ''].filter(Boolean).join(' ')
  return (
    <div class="field checkout__country">
      <label for="checkout-country">{t('checkout.country')}</label>
      <select
        id="checkout-country"
        name="country"
        autocomplete="shipping country"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy()}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <For each={codes()}>{(code) => <option value={code}>{names().of(code) ?? code}</option>}</For>
      </select>
      <p id="checkout-country-hint" class="field__hint">
        {t('checkout.countryHint')}
      </p>
      {props.error && (
        <p id="checkout-country-error" class="field__error">
          {props.error}
        </p>
      )}
    </div>
  )
}
