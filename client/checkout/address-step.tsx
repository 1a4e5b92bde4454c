/** Step 1: contact email and shipping address, checked when the shopper continues (inline errors). */
import { createSignal, For, type JSX } from 'solid-js'
import { FormAlert, TextField } from '../account/auth-form.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { type CheckoutField, type CheckoutForm, checkFormProblems, type FormProblems } from './checkout-form.ts'

export function AddressStep(props: {
  readonly form: CheckoutForm
  readonly guest: boolean
  readonly countries: readonly string[]
  readonly onFormChange: (form: CheckoutForm) => void
  readonly onDone: () => void
}): JSX.Element {
  const { t } = useI18n()
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
      <AddressFields
        form={props.form}
        problems={problems()}
        guest={props.guest}
        countries={props.countries}
        onChange={(field, value) => props.onFormChange({ ...props.form, [field]: value })}
      />
      <button type="submit" class="button button--primary">
        {t('checkout.continueToShipping')}
      </button>
    </form>
  )
}

/** The finished step, collapsed: who and where, with a way back. */
export function AddressSummary(props: { readonly form: CheckoutForm; readonly onChange: () => void }): JSX.Element {
  const { t, locale } = useI18n()
  const country = () =>
    new Intl.DisplayNames([locale()], { type: 'region' }).of(props.form.country) ?? props.form.country
  return (
    <div class="checkout__summary">
      <p>
        {props.form.email || t('checkout.accountEmail')}
        <br />
        {props.form.name}, {props.form.line1}, {props.form.postalCode} {props.form.city}, {country()}
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

function AddressFields(props: {
  readonly form: CheckoutForm
  readonly problems: FormProblems
  readonly guest: boolean
  readonly countries: readonly string[]
  readonly onChange: (field: CheckoutField, value: string) => void
}): JSX.Element {
  const { t } = useI18n()
  const error = (field: CheckoutField) => {
    const problem = props.problems[field]
    return problem ? t(`checkout.fieldError.${problem}`) : undefined
  }
  const text = (field: CheckoutField, label: string, autocomplete: string) => (
    <TextField
      id={`checkout-${field}`}
      label={label}
      type="text"
      autocomplete={autocomplete}
      value={props.form[field]}
      error={error(field)}
      onInput={(value) => props.onChange(field, value)}
    />
  )
  return (
    <>
      <fieldset class="checkout__fieldset">
        <legend>{t('checkout.contact')}</legend>
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
      </fieldset>
      <fieldset class="checkout__fieldset">
        <legend>{t('checkout.address')}</legend>
        {text('name', t('checkout.name'), 'shipping name')}
        {text('line1', t('checkout.line1'), 'shipping address-line1')}
        {text('line2', t('checkout.line2'), 'shipping address-line2')}
        <div class="checkout__row">
          {text('postalCode', t('checkout.postalCode'), 'shipping postal-code')}
          {text('city', t('checkout.city'), 'shipping address-level2')}
        </div>
        <CountrySelect
          value={props.form.country}
          countries={props.countries}
          error={error('country')}
          onChange={(value) => props.onChange('country', value)}
        />
      </fieldset>
    </>
  )
}

function CountrySelect(props: {
  readonly value: string
  readonly countries: readonly string[]
  readonly error: string | undefined
  readonly onChange: (value: string) => void
}): JSX.Element {
  const { t, locale } = useI18n()
  const names = () => new Intl.DisplayNames([locale()], { type: 'region' })
  // An address remembered from elsewhere may name a country the list does not offer: keep it selectable.
  const codes = () => (props.countries.includes(props.value) ? props.countries : [props.value, ...props.countries])
  return (
    <div class="field">
      <label for="checkout-country">{t('checkout.country')}</label>
      <select
        id="checkout-country"
        name="country"
        autocomplete="shipping country"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? 'checkout-country-error' : undefined}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <For each={codes()}>{(code) => <option value={code}>{names().of(code) ?? code}</option>}</For>
      </select>
      {props.error && (
        <p id="checkout-country-error" class="field__error">
          {props.error}
        </p>
      )}
    </div>
  )
}
