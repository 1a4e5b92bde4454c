/**
 * A checkout that is queued (placed offline, or its request failed on the network) or that the
 * server refused. Queued: payment opens by itself once the order exists. Refused: why, and a way
 * back to the cart or to a fresh attempt (a new idempotency key).
 */
import { A } from '@solidjs/router'
import { type JSX, Show } from 'solid-js'
import type { PendingCheckout } from '../local-data/local-db.ts'
import { isErrorCode } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'

export function QueuedCheckout(props: {
  readonly row: PendingCheckout
  readonly sending: boolean
  readonly onDiscard: () => void
}): JSX.Element {
  const { t } = useI18n()
  const errorText = () => {
    const code = props.row.error
    return code && isErrorCode(code) ? t(`errors.${code}`) : t('errors.INTERNAL')
  }
  return (
    <Show
      when={props.row.error}
      fallback={
        <div class="notice checkout__queued" role="status">
          <p>{props.sending ? t('checkout.placing') : t('checkout.queued')}</p>
          {/* Numbers come from the server's sequence: a checkout not yet placed has none to show. */}
          <p>{t('checkout.queuedNumber')}</p>
          <Show when={!props.sending}>
            <button type="button" class="button" onClick={() => props.onDiscard()}>
              {t('checkout.cancelQueued')}
            </button>
          </Show>
        </div>
      }
    >
      <div class="notice checkout__queued" role="alert">
        <p>{t('checkout.refused')}</p>
        <p>{errorText()}</p>
        <div class="checkout__actions">
          <A class="button" href="/cart">
            {t('checkout.backToCart')}
          </A>
          <button type="button" class="button button--primary" onClick={() => props.onDiscard()}>
            {t('checkout.startAgain')}
          </button>
        </div>
      </div>
    </Show>
  )
}
