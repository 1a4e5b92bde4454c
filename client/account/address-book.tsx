/**
 * `/account/addresses`: the signed-in shopper's address book — list, add, edit, delete, and the
 * default for shipping and for billing. The fields are checkout's own (country-specific order and
 * checks, client/checkout/address-step.tsx), so an address saved here is one checkout accepts.
 * Offline the list is the device's copy and changes wait for a connection.
 */
import { A } from '@solidjs/router'
import { createResource, createSignal, For, type JSX, Match, Show, Switch } from 'solid-js'
import { type DefaultKind, maxSavedAddresses, type SavedAddress } from '../../shared/account/saved-address.ts'
import { shippingCountries } from '../../shared/checkout/checkout-options.ts'
import { AddressLines } from '../checkout/address-lines.tsx'
import { AddressFields, CountrySelect, withCountry } from '../checkout/address-step.tsx'
import {
  type CheckoutField,
  type CheckoutForm,
  checkFormProblems,
  emptyCheckoutForm,
  type FieldProblem,
  type FormProblems,
  toCheckoutRequest,
  withSavedAddress,
} from '../checkout/checkout-form.ts'
import { useMarket } from '../markets/market-context.tsx'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { addAddress, changeAddress, deleteAddress, loadAddressBook, makeDefaultAddress } from './address-book-store.ts'
import { FormAlert } from './auth-form.tsx'
import { useSession } from './use-session.ts'
import '../checkout/checkout.css'

export function AddressBookPage(): JSX.Element {
  const { t } = useI18n()
  const session = useSession()
  useDocumentTitle(() => t('addresses.title'))
  return (
    <section class="account address-book" aria-labelledby="addresses-title">
      <h1 id="addresses-title">{t('addresses.title')}</h1>
      <p>
        <A href="/account">{t('addresses.backToAccount')}</A>
      </p>
      <Switch>
        <Match when={session()?.user}>{(user) => <AddressBook userId={user().id} />}</Match>
        <Match when={session()}>
          <p>{t('addresses.signInFirst')}</p>
          <p class="account__actions">
            <A class="button button--primary" href="/sign-in">
              {t('auth.signInTitle')}
            </A>
          </p>
        </Match>
      </Switch>
    </section>
  )
}

/**
 * The address being added (id null) or edited. `defaults`: what the shopper ticked; `given`: the
 * defaults it has anyway (an edited default, or a first address, which the server makes the
 * default), not offered as a choice: a default moves to another address, it is never just dropped.
 */
type Editing = {
  readonly id: string | null
  readonly form: CheckoutForm
  readonly defaults: DefaultChoice
  readonly given: DefaultChoice
}
type DefaultChoice = { readonly shipping: boolean; readonly billing: boolean }

function AddressBook(props: { readonly userId: string }): JSX.Element {
  const { t, locale } = useI18n()
  const { db, network } = useOffline()
  const market = useMarket()
  const [loaded] = createResource(
    () => props.userId,
    (userId) => loadAddressBook(db, userId),
  )
  const [written, setWritten] = createSignal<readonly SavedAddress[] | null>(null)
  const addresses = () => written() ?? (loaded.state === 'ready' ? loaded().addresses : [])
  const offline = () => !network.isOnline() || (loaded.state === 'ready' && loaded().offline)
  const [editing, setEditing] = createSignal<Editing | null>(null)
  const [pending, setPending] = createSignal(false)
  const [alert, setAlert] = createSignal<string[]>([])
  const [status, setStatus] = createSignal('')
  let listHeading: HTMLHeadingElement | undefined

  const newCountry = () => {
    const country = market.choice().country
    return (shippingCountries as readonly string[]).includes(country) ? country : shippingCountries[0]
  }
  const open = (next: Editing) => {
    setAlert([])
    setStatus('')
    setEditing(next)
  }
  const close = () => {
    setEditing(null)
    listHeading?.focus()
  }

  /** Runs a write; its answer (the list after it) replaces the one shown. Resolves to the error, or null. */
  async function run(write: () => Promise<readonly SavedAddress[]>, done: string): Promise<unknown> {
    setPending(true)
    setAlert([])
    setStatus('')
    try {
      setWritten(await write())
      setStatus(done)
      return null
    } catch (error) {
      if (!(error instanceof ApiError)) console.error('address book write failed', error)
      setAlert([t(error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL')])
      return error
    } finally {
      setPending(false)
    }
  }

  const setDefault = (saved: SavedAddress, kind: DefaultKind) =>
    void run(() => makeDefaultAddress(db, props.userId, saved.id, kind), t('addresses.defaultChanged'))
  const remove = (saved: SavedAddress) =>
    void run(() => deleteAddress(db, props.userId, saved.id), t('addresses.deleted'))

  return (
    <>
      <p>{t('addresses.intro', { max: maxSavedAddresses })}</p>
      <Show when={offline()}>
        <p class="notice">{t('addresses.offline')}</p>
      </Show>
      <p role="status" class="address-book__status">
        {status()}
      </p>
      <Show when={!editing()}>
        <FormAlert messages={alert()} />
      </Show>
      <h2 id="addresses-saved" tabindex="-1" ref={listHeading}>
        {t('addresses.saved')}
      </h2>
      <Show when={loaded.state === 'errored'}>
        <p class="notice" role="alert">
          {t(loaded.error instanceof ApiError ? `errors.${loaded.error.code}` : 'errors.INTERNAL')}
        </p>
      </Show>
      <Show when={loaded.state !== 'pending'} fallback={<div class="skeleton skeleton--lines" aria-busy="true" />}>
        <Show when={addresses().length > 0} fallback={<p>{t('addresses.empty')}</p>}>
          <ul class="address-book__list" aria-labelledby="addresses-saved">
            <For each={addresses()}>
              {(saved) => (
                <AddressCard
                  saved={saved}
                  locale={locale()}
                  disabled={pending() || offline() || editing() !== null}
                  onEdit={() =>
                    open({
                      id: saved.id,
                      form: withSavedAddress(emptyCheckoutForm(saved.address.country), saved),
                      defaults: { shipping: false, billing: false },
                      given: { shipping: saved.isDefaultShipping, billing: saved.isDefaultBilling },
                    })
                  }
                  onDelete={() => remove(saved)}
                  onDefault={(kind) => setDefault(saved, kind)}
                />
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <Show when={!editing() && addresses().length < maxSavedAddresses}>
        <button
          type="button"
          class="button button--primary"
          disabled={pending() || offline() || loaded.state === 'pending'}
          onClick={() =>
            open({
              id: null,
              form: emptyCheckoutForm(newCountry()),
              defaults: { shipping: false, billing: false },
              given: { shipping: addresses().length === 0, billing: addresses().length === 0 },
            })
          }
        >
          {t('addresses.add')}
        </button>
      </Show>
      <Show when={editing()}>
        {(current) => (
          <section class="address-book__editor" aria-labelledby="address-form-title">
            <h2 id="address-form-title" tabindex="-1" ref={(el) => queueMicrotask(() => el.focus())}>
              {current().id ? t('addresses.editTitle') : t('addresses.addTitle')}
            </h2>
            <AddressForm
              editing={current()}
              pending={pending()}
              alert={alert()}
              onChange={setEditing}
              onCancel={close}
              onSave={async (address, defaults) => {
                const input = {
                  address,
                  ...(defaults.shipping ? { isDefaultShipping: true } : {}),
                  ...(defaults.billing ? { isDefaultBilling: true } : {}),
                }
                const id = current().id
                const failure = await run(
                  () => (id ? changeAddress(db, props.userId, id, input) : addAddress(db, props.userId, input)),
                  t('addresses.savedStatus'),
                )
                if (failure === null) close()
                return failure
              }}
            />
          </section>
        )}
      </Show>
    </>
  )
}

function AddressCard(props: {
  readonly saved: SavedAddress
  readonly locale: string
  readonly disabled: boolean
  readonly onEdit: () => void
  readonly onDelete: () => void
  readonly onDefault: (kind: DefaultKind) => void
}): JSX.Element {
  const { t } = useI18n()
  // Every button names the address it acts on: a list of "Edit" buttons is ambiguous to a screen reader.
  const who = () => `${props.saved.address.name}, ${props.saved.address.line1}`
  return (
    <li class="address-book__card">
      <AddressLines address={props.saved.address} locale={props.locale} />
      <Show when={props.saved.isDefaultShipping || props.saved.isDefaultBilling}>
        <p class="address-book__badges">
          <Show when={props.saved.isDefaultShipping}>
            <span class="address-book__badge">{t('addresses.defaultShipping')}</span>
          </Show>
          <Show when={props.saved.isDefaultBilling}>
            <span class="address-book__badge">{t('addresses.defaultBilling')}</span>
          </Show>
        </p>
      </Show>
      <p class="account__actions">
        <button
          type="button"
          class="button button--small"
          disabled={props.disabled}
          aria-label={t('addresses.editLabel', { address: who() })}
          onClick={() => props.onEdit()}
        >
          {t('addresses.edit')}
        </button>
        <button
          type="button"
          class="button button--small"
          disabled={props.disabled}
          aria-label={t('addresses.deleteLabel', { address: who() })}
          onClick={() => props.onDelete()}
        >
          {t('addresses.delete')}
        </button>
        <Show when={!props.saved.isDefaultShipping}>
          <button
            type="button"
            class="button button--small"
            disabled={props.disabled}
            aria-label={t('addresses.makeDefaultShippingLabel', { address: who() })}
            onClick={() => props.onDefault('shipping')}
          >
            {t('addresses.makeDefaultShipping')}
          </button>
        </Show>
        <Show when={!props.saved.isDefaultBilling}>
          <button
            type="button"
            class="button button--small"
            disabled={props.disabled}
            aria-label={t('addresses.makeDefaultBillingLabel', { address: who() })}
            onClick={() => props.onDefault('billing')}
          >
            {t('addresses.makeDefaultBilling')}
          </button>
        </Show>
      </p>
    </li>
  )
}

function AddressForm(props: {
  readonly editing: Editing
  readonly pending: boolean
  readonly alert: readonly string[]
  readonly onChange: (editing: Editing) => void
  readonly onCancel: () => void
  /** Resolves to the failure (null when saved). */
  readonly onSave: (
    address: ReturnType<typeof toCheckoutRequest>['shippingAddress'],
    defaults: DefaultChoice,
  ) => Promise<unknown>
}): JSX.Element {
  const { t } = useI18n()
  const [problems, setProblems] = createSignal<FormProblems>({})
  const form = () => props.editing.form
  const setForm = (next: CheckoutForm) => props.onChange({ ...props.editing, form: next })
  const setDefaults = (next: DefaultChoice) => props.onChange({ ...props.editing, defaults: next })
  const messages = () => (Object.keys(problems()).length > 0 ? [t('checkout.fixErrors')] : props.alert)

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const found = checkFormProblems(form(), { guest: false })
    setProblems(found)
    if (Object.keys(found).length > 0) return
    const failure = await props.onSave(toCheckoutRequest(form()).shippingAddress, props.editing.defaults)
    // The server checks with the same rules; should it still name a field, the field shows it.
    if (failure !== null) setProblems(problemsOfIssues(failure))
  }

  return (
    <form class="checkout__form" novalidate onSubmit={(event) => void submit(event)}>
      <FormAlert messages={messages()} />
      <CountrySelect
        value={form().country}
        countries={shippingCountries}
        error={problems().country ? t('checkout.fieldError.country') : undefined}
        onChange={(country) => setForm(withCountry(form(), country))}
      />
      <AddressFields
        form={form()}
        problems={problems()}
        guest={false}
        withEmail={false}
        onChange={(field, value) => setForm({ ...form(), [field]: value })}
      />
      <Show when={!props.editing.given.shipping || !props.editing.given.billing}>
        <fieldset class="checkout__fieldset">
          <legend>{t('addresses.defaults')}</legend>
          <Show when={!props.editing.given.shipping}>
            <label class="checkout__save-address">
              <input
                type="checkbox"
                checked={props.editing.defaults.shipping}
                onChange={(event) => setDefaults({ ...props.editing.defaults, shipping: event.currentTarget.checked })}
              />
              {t('addresses.useForShipping')}
            </label>
          </Show>
          <Show when={!props.editing.given.billing}>
            <label class="checkout__save-address">
              <input
                type="checkbox"
                checked={props.editing.defaults.billing}
                onChange={(event) => setDefaults({ ...props.editing.defaults, billing: event.currentTarget.checked })}
              />
              {t('addresses.useForBilling')}
            </label>
          </Show>
        </fieldset>
      </Show>
      <p class="account__actions">
        <button type="submit" class="button button--primary" disabled={props.pending}>
          {props.pending ? t('auth.pending') : t('addresses.save')}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('addresses.cancel')}
        </button>
      </p>
    </form>
  )
}

/** Which of the form's fields a server issue (`json.address.postalCode`) names, and why. */
export function problemsOfIssues(error: unknown): FormProblems {
  if (!(error instanceof ApiError)) return {}
  const problems: FormProblems = {}
  for (const issue of error.issues) {
    const field = issue.path.split('.').at(-1) as CheckoutField | undefined
    if (!field || !issue.path.startsWith('json.address.')) continue
    const why: FieldProblem = field === 'postalCode' || field === 'phone' || field === 'country' ? field : 'required'
    problems[field] = why
  }
  return problems
}
