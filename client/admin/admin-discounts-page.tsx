/**
 * `/admin/discounts`: every code and automatic promotion with its uses (paid), reserved (awaiting
 * payment), remaining and revenue; a form to create one; deactivate. Online only; rendered for
 * admins by require-admin.tsx. The server validates everything again (shared/discounts/discount-schema.ts).
 */
import { createResource, createSignal, For, type JSX, Show } from 'solid-js'
import type { DiscountBenefit } from '../../shared/discounts/discount.ts'
import type { AdminDiscount, AdminDiscountList } from '../../shared/discounts/discount-schema.ts'
import { type CurrencyCode, currencyCodes } from '../../shared/money.ts'
import { parseMoneyInput } from '../../shared/money-input.ts'
import { localize } from '../../shared/storefront/localized-text.ts'
import type { AdminCollection } from '../../shared/storefront/storefront-schema.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError, getJson, patchJson, postJson } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { Price } from '../ui/price.tsx'
import { AdminI18nProvider, useAdminI18n } from './admin-i18n.tsx'
import { AdminNav } from './admin-nav.tsx'
import './admin-orders.css'

export function AdminDiscountsPage(): JSX.Element {
  return (
    <AdminI18nProvider>
      <Discounts />
    </AdminI18nProvider>
  )
}

// The answer is the server's own type; the admin page trusts its shape like the other admin lists.
const asList = (body: unknown) => body as AdminDiscountList
const asDiscount = (body: unknown) => body as AdminDiscount
const asCollections = (body: unknown) => (body as { items: AdminCollection[] }).items

/** The collections a code may be scoped to; without them the form still creates codes for all products. */
async function fetchCollections(): Promise<AdminCollection[]> {
  try {
    return await getJson('/api/admin/storefront/collections', asCollections)
  } catch (error) {
    console.warn('could not list the collections', error)
    return []
  }
}

function Discounts(): JSX.Element {
  const { t } = useAdminI18n()
  const { db } = useOffline()
  useDocumentTitle(() => t('admin.discounts.title'))
  const [list, { refetch }] = createResource(() => getJson('/api/admin/discounts', asList))
  const [status, setStatus] = createSignal('')

  const deactivate = async (discount: AdminDiscount) => {
    try {
      await withCsrfToken(db, (token) =>
        patchJson(`/api/admin/discounts/${discount.id}`, { active: false }, token, asDiscount),
      )
      setStatus(t('admin.discounts.deactivated', { name: discount.code ?? discount.title }))
      await refetch()
    } catch (error) {
      setStatus(error instanceof ApiError ? t(`errors.${error.code}`) : t('errors.INTERNAL'))
    }
  }

  return (
    <section class="admin-orders" aria-labelledby="admin-discounts-title">
      <AdminNav />
      <h1 id="admin-discounts-title">{t('admin.discounts.title')}</h1>
      <p role="status" aria-live="polite">
        {status()}
      </p>
      <Show when={list()} fallback={<p>{t('admin.discounts.loading')}</p>}>
        {(current) => (
          <div class="admin-orders__table-wrap">
            <table class="admin-orders__table">
              <caption class="visually-hidden">{t('admin.discounts.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.discounts.code')}</th>
                  <th scope="col">{t('admin.discounts.name')}</th>
                  <th scope="col">{t('admin.discounts.uses')}</th>
                  <th scope="col">{t('admin.discounts.remaining')}</th>
                  <th scope="col">{t('admin.discounts.revenue')}</th>
                  <th scope="col">{t('admin.discounts.state')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={current().discounts}>
                  {(discount) => (
                    <tr>
                      <th scope="row">{discount.code ?? t('admin.discounts.automatic')}</th>
                      <td>{discount.title}</td>
                      <td>
                        {discount.uses}
                        <Show when={discount.reserved > 0}>
                          {' '}
                          {t('admin.discounts.reserved', { count: discount.reserved })}
                        </Show>
                      </td>
                      <td>{discount.remaining ?? t('admin.discounts.unlimited')}</td>
                      <td>
                        <For each={Object.entries(discount.revenue) as [CurrencyCode, number][]}>
                          {([currency, amount]) => <Price amount={amount} currency={currency} />}
                        </For>
                      </td>
                      <td>
                        <Show when={discount.active} fallback={t('admin.discounts.inactive')}>
                          <button
                            type="button"
                            class="button button--small"
                            aria-label={t('admin.discounts.deactivateNamed', { name: discount.code ?? discount.title })}
                            onClick={() => void deactivate(discount)}
                          >
                            {t('admin.discounts.deactivate')}
                          </button>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Show>
      <CreateDiscountForm
        onCreated={(name) => {
          setStatus(t('admin.discounts.created', { name }))
          void refetch()
        }}
      />
    </section>
  )
}

type Kind = DiscountBenefit['kind']

function CreateDiscountForm(props: { readonly onCreated: (name: string) => void }): JSX.Element {
  const { t, locale } = useAdminI18n()
  const { db } = useOffline()
  const [kind, setKind] = createSignal<Kind>('percentage')
  const [error, setError] = createSignal('')
  const [collections] = createResource(fetchCollections, { initialValue: [] })

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setError('')
    // Taken before the request: after an await the event's currentTarget is no longer the form.
    const formElement = event.currentTarget as HTMLFormElement
    const form = new FormData(formElement)
    const text = (name: string) => String(form.get(name) ?? '').trim()
    const currency = currencyCodes.find((code) => code === text('currency')) ?? 'USD'
    const amountOf = (name: string) => {
      // In the rule's currency: whole yen for JPY ("1500"), two decimals otherwise.
      const parsed = parseMoneyInput(text(name), currency)
      return parsed.ok ? parsed.amount : null
    }
    const value = text('value')
    const benefit =
      kind() === 'percentage'
        ? { kind: 'percentage', basisPoints: Math.round(Number(value.replace(',', '.')) * 100) }
        : kind() === 'fixed'
          ? { kind: 'fixed', amounts: { [currency]: amountOf('value') } }
          : { kind: 'free_shipping' }
    const minimum = text('minimum') ? amountOf('minimum') : null
    const limit = (name: string) => (text(name) ? Number(text(name)) : null)
    const collectionId = text('scope')
    const body = {
      code: form.get('automatic') ? null : text('code'),
      title: text('title'),
      benefit,
      scope: collectionId ? { kind: 'collection', collectionIds: [collectionId] } : { kind: 'all' },
      ...(minimum !== null ? { minimumSubtotal: { [currency]: minimum } } : {}),
      endsAt: text('endsAt') ? new Date(text('endsAt')).toISOString() : null,
      usageLimit: form.get('automatic') ? null : limit('usageLimit'),
      perCustomerLimit: form.get('automatic') ? null : limit('perCustomerLimit'),
    }
    try {
      const created = await withCsrfToken(db, (token) => postJson('/api/admin/discounts', body, token, asDiscount))
      formElement.reset()
      props.onCreated(created.code ?? created.title)
    } catch (problem) {
      setError(
        problem instanceof ApiError
          ? [t(`errors.${problem.code}`), ...problem.issues.map((f) => `${f.path}: ${f.message}`)].join(' ')
          : t('errors.INTERNAL'),
      )
    }
  }

  return (
    <form class="admin-discounts__form" aria-labelledby="admin-discounts-create" onSubmit={(e) => void submit(e)}>
      <h2 id="admin-discounts-create">{t('admin.discounts.create')}</h2>
      <label>
        {t('admin.discounts.code')} <input name="code" autocomplete="off" maxLength={32} />
      </label>
      <label>
        <input type="checkbox" name="automatic" /> {t('admin.discounts.automaticLabel')}
      </label>
      <label>
        {t('admin.discounts.name')} <input name="title" required maxLength={120} />
      </label>
      <label>
        {t('admin.discounts.kind')}{' '}
        <select name="kind" onChange={(e) => setKind(e.currentTarget.value as Kind)}>
          <option value="percentage">{t('admin.discounts.kind.percentage')}</option>
          <option value="fixed">{t('admin.discounts.kind.fixed')}</option>
          <option value="free_shipping">{t('admin.discounts.kind.free_shipping')}</option>
        </select>
      </label>
      <Show when={kind() !== 'free_shipping'}>
        <label>
          {kind() === 'percentage' ? t('admin.discounts.percent') : t('admin.discounts.amount')}{' '}
          <input name="value" inputmode="decimal" required />
        </label>
      </Show>
      <label>
        {t('admin.discounts.scope')}{' '}
        <select name="scope">
          <option value="">{t('admin.discounts.scope.all')}</option>
          <For each={collections()}>
            {(collection) => (
              <option value={collection.id}>
                {t(
                  collection.published ? 'admin.discounts.scope.collection' : 'admin.discounts.scope.collectionDraft',
                  {
                    title: localize(collection.title, locale()),
                  },
                )}
              </option>
            )}
          </For>
        </select>
      </label>
      <label>
        {t('admin.discounts.currency')}{' '}
        <select name="currency">
          <For each={currencyCodes}>{(code) => <option value={code}>{code}</option>}</For>
        </select>
      </label>
      <label>
        {t('admin.discounts.minimum')} <input name="minimum" inputmode="decimal" />
      </label>
      <label>
        {t('admin.discounts.usageLimit')} <input name="usageLimit" type="number" min="1" />
      </label>
      <label>
        {t('admin.discounts.perCustomerLimit')} <input name="perCustomerLimit" type="number" min="1" />
      </label>
      <label>
        {t('admin.discounts.endsAt')} <input name="endsAt" type="datetime-local" />
      </label>
      <p role="alert">{error()}</p>
      <button type="submit" class="button button--primary">
        {t('admin.discounts.createButton')}
      </button>
    </form>
  )
}
