/**
 * The built-in test provider's card form: number, expiry (MM/YY) and CVC, labelled, with the
 * browser's cc-* autofill, checked as the server's payInput schema does, and a hint naming the
 * test cards (they decide the outcome, as Stripe's test cards do).
 */
import { createSignal, type JSX, Show } from 'solid-js'
import { FormAlert, SubmitButton } from '../account/auth-form.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import type { CardInput } from './checkout-api.ts'

type CardField = keyof CardInput

export function checkCard(card: CardInput): Partial<Record<CardField, true>> {
  const invalid: Partial<Record<CardField, true>> = {}
  if (!/^[0-9]{12,19}$/.test(card.cardNumber.replaceAll(/[\s-]/g, ''))) invalid.cardNumber = true
  if (!/^(0[1-9]|1[0-2])\/[0-9]{2}$/.test(card.expiry.trim())) invalid.expiry = true
  if (!/^[0-9]{3,4}$/.test(card.cvc.trim())) invalid.cvc = true
  return invalid
}

export function CardForm(props: {
  readonly pending: boolean
  /** The failure to show above the form (a decline), already translated. */
  readonly failure: string | null
  readonly onSubmit: (card: CardInput) => Promise<void>
}): JSX.Element {
  const { t } = useI18n()
  const [card, setCard] = createSignal<CardInput>({ cardNumber: '', expiry: '', cvc: '' })
  const [invalid, setInvalid] = createSignal<Partial<Record<CardField, true>>>({})
  const [alert, setAlert] = createSignal<string | null>(null)
  let alertRegion: HTMLDivElement | undefined

  const messages = () => [props.failure, alert()].filter((m): m is string => m !== null)

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const found = checkCard(card())
    setInvalid(found)
    setAlert(Object.keys(found).length > 0 ? t('payment.fixCard') : null)
    if (Object.keys(found).length > 0) {
      alertRegion?.focus()
      return
    }
    try {
      await props.onSubmit({
        cardNumber: card().cardNumber.replaceAll(/[\s-]/g, ''),
        expiry: card().expiry.trim(),
        cvc: card().cvc.trim(),
      })
    } catch (error) {
      setAlert(describeError(error))
      if (error instanceof ApiError)
        setInvalid(Object.fromEntries(error.issues.map((issue) => [issue.path.split('.').at(-1), true])))
      alertRegion?.focus()
    }
  }

  function describeError(error: unknown): string {
    if (error instanceof ApiError) return error.issues.length > 0 ? t('payment.fixCard') : t(`errors.${error.code}`)
    console.error('paying failed', error)
    return t('errors.INTERNAL')
  }

  const field = (
    name: CardField,
    label: string,
    autocomplete: string,
    extra: { placeholder?: string; maxLength: number },
  ) => (
    <div class="field">
      <label for={`card-${name}`}>{label}</label>
      <input
        id={`card-${name}`}
        name={name}
        type="text"
        inputmode="numeric"
        // Card numbers, dates and codes are written left to right in every language.
        dir="ltr"
        autocomplete={autocomplete}
        placeholder={extra.placeholder}
        maxLength={extra.maxLength}
        value={card()[name]}
        aria-invalid={invalid()[name] ? true : undefined}
        aria-describedby={invalid()[name] ? `card-${name}-error` : undefined}
        onInput={(event) => setCard({ ...card(), [name]: event.currentTarget.value })}
      />
      <Show when={invalid()[name]}>
        <p id={`card-${name}-error`} class="field__error">
          {t(`payment.invalid.${name}`)}
        </p>
      </Show>
    </div>
  )

  return (
    <form class="checkout__form payment__card" novalidate aria-busy={props.pending} onSubmit={(e) => void submit(e)}>
      <div tabindex="-1" ref={alertRegion}>
        <FormAlert messages={messages()} />
      </div>
      <p class="field__hint" id="card-test-hint">
        {t('payment.testCards')}
      </p>
      {field('cardNumber', t('payment.cardNumber'), 'cc-number', { maxLength: 23 })}
      <div class="checkout__row">
        {field('expiry', t('payment.expiry'), 'cc-exp', { placeholder: t('payment.expiryPlaceholder'), maxLength: 5 })}
        {field('cvc', t('payment.cvc'), 'cc-csc', { maxLength: 4 })}
      </div>
      <SubmitButton pending={props.pending} label={t('payment.pay')} />
    </form>
  )
}
