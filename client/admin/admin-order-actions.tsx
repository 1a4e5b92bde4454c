/**
 * The admin's fulfilment actions on one order (`POST /api/admin/orders/:id/actions`): mark it as
 * being prepared, ship it with a carrier and tracking number (or correct the tracking once shipped),
 * mark it delivered, or cancel it after a confirm step. Only the steps the shared transition table
 * allows from the order's status are offered; the server decides in the end, and a refusal (the
 * order moved on meanwhile) is shown and the order read again.
 */
import { createSignal, For, type JSX, Show } from 'solid-js'
import { type AdminOrder, remainingRefundable } from '../../shared/orders/admin-order.ts'
import { offeredCarriers } from '../../shared/orders/carrier-tracking.ts'
import type { OrderActionInput } from '../../shared/orders/order-action-schema.ts'
import { canTransition } from '../../shared/orders/order-status.ts'
import { FormAlert } from '../account/auth-form.tsx'
import { withCsrfToken } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { parseOrder } from '../orders/parse-order.ts'
import { ApiError, postJson } from '../platform/api-client.ts'
import { Price } from '../ui/price.tsx'
import { type AdminMessageId, useAdminI18n } from './admin-i18n.tsx'

type Props = { readonly order: AdminOrder; readonly onChanged: () => void }

type TrackingField = 'carrier' | 'trackingNumber'

/** Carriers offered in the select (each has a tracking link); anything else is typed in. Names, not translated. */
const carriers = offeredCarriers
const otherCarrier = 'other'

const doneMessages = {
  fulfil: 'admin.orders.actions.done.fulfilling',
  ship: 'admin.orders.actions.done.shipped',
  update_tracking: 'admin.orders.actions.done.tracking',
  deliver: 'admin.orders.actions.done.delivered',
  cancel: 'admin.orders.actions.done.canceled',
} as const satisfies Record<OrderActionInput['action'], AdminMessageId>

/** Whether any of these actions applies to the order now (the page says so when none does). */
export function hasOrderActions(order: AdminOrder): boolean {
  const steps: readonly AdminOrder['status'][] = ['fulfilling', 'shipped', 'delivered', 'canceled']
  // A shipped order keeps the form that corrects its tracking.
  return order.status === 'shipped' || steps.some((to) => canTransition(order.status, to))
}

export function OrderActions(props: Props): JSX.Element {
  const { t } = useAdminI18n()
  const action = useOrderAction(props)
  const can = (to: AdminOrder['status']) => canTransition(props.order.status, to)
  return (
    <div class="admin-actions">
      <p class="admin-order__done" role="status" tabindex="-1" ref={action.doneRef}>
        {action.done()}
      </p>
      <Show when={can('fulfilling') || can('delivered')}>
        <p class="admin-actions__steps">
          <Show when={can('fulfilling')}>
            <button
              type="button"
              class="button"
              disabled={action.pending()}
              onClick={() => void action.run({ action: 'fulfil' })}
            >
              {t('admin.orders.actions.fulfil')}
            </button>
          </Show>
          <Show when={can('delivered')}>
            <button
              type="button"
              class="button"
              disabled={action.pending()}
              onClick={() => void action.run({ action: 'deliver' })}
            >
              {t('admin.orders.actions.deliver')}
            </button>
          </Show>
        </p>
      </Show>
      <FormAlert messages={action.alert()} />
      <Show when={can('shipped') || props.order.status === 'shipped'}>
        <ShipForm order={props.order} action={action} />
      </Show>
      <Show when={can('canceled')}>
        <CancelAction order={props.order} action={action} />
      </Show>
    </div>
  )
}

type OrderAction = ReturnType<typeof useOrderAction>

/** Sends one action; field issues go back to the form that sent it, anything else to the alert. */
function useOrderAction(props: Props) {
  const { t } = useAdminI18n()
  const { db } = useOffline()
  const [pending, setPending] = createSignal(false)
  const [alert, setAlert] = createSignal<string[]>([])
  const [done, setDone] = createSignal('')
  let doneParagraph: HTMLParagraphElement | undefined

  async function run(input: OrderActionInput): Promise<{ ok: boolean; fields: TrackingField[] }> {
    if (pending()) return { ok: false, fields: [] }
    setPending(true)
    setAlert([])
    setDone('')
    try {
      await withCsrfToken(db, (token) =>
        postJson(`/api/admin/orders/${encodeURIComponent(props.order.id)}/actions`, input, token, parseOrder),
      )
      setDone(t(doneMessages[input.action]))
      props.onChanged()
      // The button just used may be gone: continue from the confirmation.
      doneParagraph?.focus()
      return { ok: true, fields: [] }
    } catch (error) {
      return { ok: false, fields: failed(error) }
    } finally {
      setPending(false)
    }
  }

  function failed(error: unknown): TrackingField[] {
    if (!(error instanceof ApiError)) {
      console.error('order action failed', error)
      setAlert([t('errors.INTERNAL')])
      return []
    }
    const fields = error.issues
      .map((issue) => issue.path.split('.').at(-1))
      .filter((name): name is TrackingField => name === 'carrier' || name === 'trackingNumber')
    setAlert([t(`errors.${error.code}`)])
    if (error.status === 409) props.onChanged()
    return fields
  }

  return { run, pending, alert, done, doneRef: (el: HTMLParagraphElement) => (doneParagraph = el) }
}

function ShipForm(props: { readonly order: AdminOrder; readonly action: OrderAction }): JSX.Element {
  const { t } = useAdminI18n()
  const shipped = () => props.order.status === 'shipped'
  const known = (name: string) => (carriers as readonly string[]).includes(name)
  const current = props.order.tracking
  const [carrierChoice, setCarrierChoice] = createSignal<string>(
    current ? (known(current.carrier) ? current.carrier : otherCarrier) : carriers[0],
  )
  const [otherName, setOtherName] = createSignal(current && !known(current.carrier) ? current.carrier : '')
  const [trackingNumber, setTrackingNumber] = createSignal(current?.trackingNumber ?? '')
  const [invalid, setInvalid] = createSignal<TrackingField[]>([])
  const carrier = () => (carrierChoice() === otherCarrier ? otherName() : carrierChoice())

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const action = shipped() ? 'update_tracking' : 'ship'
    const result = await props.action.run({ action, carrier: carrier(), trackingNumber: trackingNumber() })
    setInvalid(result.fields)
    if (result.fields.length > 0)
      document.getElementById(result.fields[0] === 'carrier' ? 'ship-carrier-other' : 'ship-tracking')?.focus()
  }

  return (
    <form
      class="admin-actions__ship"
      aria-labelledby="admin-ship-title"
      onSubmit={(event) => void submit(event)}
      novalidate
    >
      <h3 id="admin-ship-title">{t(shipped() ? 'admin.orders.actions.tracking' : 'admin.orders.actions.ship')}</h3>
      <div class="field">
        <label for="ship-carrier">{t('admin.orders.actions.carrier')}</label>
        <select
          id="ship-carrier"
          value={carrierChoice()}
          onChange={(event) => setCarrierChoice(event.currentTarget.value)}
        >
          <For each={carriers}>{(name) => <option value={name}>{name}</option>}</For>
          <option value={otherCarrier}>{t('admin.orders.actions.carrierOther')}</option>
        </select>
      </div>
      <Show when={carrierChoice() === otherCarrier}>
        <div class="field">
          <label for="ship-carrier-other">{t('admin.orders.actions.carrierName')}</label>
          <input
            id="ship-carrier-other"
            type="text"
            maxlength="100"
            autocomplete="off"
            required
            value={otherName()}
            aria-invalid={invalid().includes('carrier') ? true : undefined}
            onInput={(event) => setOtherName(event.currentTarget.value)}
          />
        </div>
      </Show>
      <div class="field">
        <label for="ship-tracking">{t('admin.orders.actions.trackingNumber')}</label>
        <input
          id="ship-tracking"
          type="text"
          maxlength="100"
          autocomplete="off"
          spellcheck={false}
          required
          value={trackingNumber()}
          aria-invalid={invalid().includes('trackingNumber') ? true : undefined}
          aria-describedby="ship-tracking-hint"
          onInput={(event) => setTrackingNumber(event.currentTarget.value)}
        />
        <p id="ship-tracking-hint" class="field__hint">
          {t('admin.orders.actions.trackingHint')}
        </p>
      </div>
      <button type="submit" class="button button--primary" disabled={props.action.pending()}>
        {props.action.pending()
          ? t('admin.orders.actions.working')
          : t(shipped() ? 'admin.orders.actions.updateTracking' : 'admin.orders.actions.ship')}
      </button>
    </form>
  )
}

function CancelAction(props: { readonly order: AdminOrder; readonly action: OrderAction }): JSX.Element {
  const { t } = useAdminI18n()
  const [confirming, setConfirming] = createSignal(false)
  let confirmButton: HTMLButtonElement | undefined
  let cancelButton: HTMLButtonElement | undefined
  const refund = () => (props.order.payment.status === 'succeeded' ? remainingRefundable(props.order) : 0)

  const ask = () => {
    setConfirming(true)
    confirmButton?.focus()
  }
  const keep = () => {
    setConfirming(false)
    cancelButton?.focus()
  }

  return (
    <div class="admin-actions__cancel">
      <Show
        when={confirming()}
        fallback={
          <button type="button" class="button" ref={cancelButton} onClick={ask}>
            {t('admin.orders.actions.cancel')}
          </button>
        }
      >
        <section class="admin-refund__confirm" aria-labelledby="admin-cancel-warning">
          <p id="admin-cancel-warning">
            <Show when={refund() > 0} fallback={t('admin.orders.actions.cancelWarning')}>
              {t('admin.orders.actions.cancelPaidWarning')} <Price amount={refund()} currency={props.order.currency} />
            </Show>
          </p>
          <p class="admin-refund__buttons">
            <button
              type="button"
              class="button button--primary"
              ref={confirmButton}
              disabled={props.action.pending()}
              onClick={() => void props.action.run({ action: 'cancel' }).then(() => setConfirming(false))}
            >
              {props.action.pending() ? t('admin.orders.actions.working') : t('admin.orders.actions.confirmCancel')}
            </button>
            <button type="button" class="button" disabled={props.action.pending()} onClick={keep}>
              {t('admin.orders.actions.keep')}
            </button>
          </p>
        </section>
      </Show>
    </div>
  )
}
