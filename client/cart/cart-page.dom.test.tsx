// IndexedDB for happy-dom, installed before Dexie loads.
import 'fake-indexeddb/auto'
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import en from '../../locales/en.json'
import type { ShopperState } from '../../shared/cart/cart.ts'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import { asCategoryId, asProductId, asVariantId } from '../../shared/ids.ts'
import type { Mutation } from '../../shared/sync/mutation.ts'
import { type LocalDb, openLocalDb } from '../local-data/local-db.ts'
import { listPendingMutations } from '../local-data/outbox.ts'
import { storeShopperState } from '../local-data/shopper-state.ts'
import { databaseName } from '../local-data/storage-keys.ts'
import { MarketProvider } from '../markets/market-context.tsx'
import { createOffline, type Offline, OfflineProvider } from '../offline/offline-context.tsx'
import { createI18n, I18nProvider } from '../platform/i18n.tsx'
import { CartPage } from './cart-page.tsx'
import { ShopperProvider } from './shopper-context.tsx'

function variant(id: string, optionValues: Record<string, string>, price: number, stock: number): ProductVariant {
  return {
    id: asVariantId(id),
    sku: id.toUpperCase(),
    optionValues,
    price,
    compareAtPrice: null,
    stock,
    barcode: null,
    weightGrams: null,
    imageIndexes: [],
  }
}

function product(id: string, name: string, fields: Pick<Product, 'options' | 'variants'>): Product {
  return {
    id: asProductId(id),
    slug: id,
    name,
    description: '',
    brand: 'Acme',
    tags: [],
    categoryId: asCategoryId('c1'),
    price: Math.min(...fields.variants.map((row) => row.price)),
    currency: 'EUR',
    stock: fields.variants.reduce((sum, row) => sum + row.stock, 0),
    featured: false,
    images: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    ...fields,
  }
}

const shoe = product('shoe', 'Trail shoe', {
  options: [
    { code: 'size', name: 'Size', values: [{ code: '42', label: '42' }] },
    { code: 'colour', name: 'Colour', values: [{ code: 'black', label: 'Black' }] },
  ],
  variants: [variant('shoe-42-black', { size: '42', colour: 'black' }, 2500, 10)],
})
const socks = product('socks', 'Wool socks', { options: [], variants: [variant('socks-one', {}, 1000, 5)] })

/** The server's cart as last synced: two shoes, one pair of socks. */
const serverState: ShopperState = {
  cart: [
    { productId: shoe.id, variantId: asVariantId('shoe-42-black'), quantity: 2, changedAt: 1 },
    { productId: socks.id, variantId: asVariantId('socks-one'), quantity: 1, changedAt: 2 },
  ],
  wishlist: [],
  version: 4,
}

let offline: Offline | undefined

beforeEach(async () => {
  // Exchange rates and promotions are fetched when online; no server here: they stay unknown.
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('no network in this test')))
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  const seed = openLocalDb({ onVersionChange: () => {}, onBlocked: () => {} })
  await seed.products.bulkPut([shoe, socks])
  await storeShopperState(seed, serverState)
  seed.close()
})

afterEach(async () => {
  cleanup()
  offline?.db.close()
  offline = undefined
  await Dexie.delete(databaseName)
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

/** The cart page with the app's providers (main.tsx); the sync engine is never loaded. */
async function openCart(): Promise<LocalDb> {
  const history = createMemoryHistory()
  history.set({ value: '/cart', replace: true, scroll: false })
  render(() => {
    const i18n = createI18n('en', en)
    offline = createOffline(i18n.locale, () => new Promise(() => {}))
    return (
      <I18nProvider i18n={i18n}>
        <OfflineProvider offline={offline}>
          <MarketProvider>
            <ShopperProvider>
              <MemoryRouter history={history}>
                <Route path="/cart" component={CartPage} />
              </MemoryRouter>
            </ShopperProvider>
          </MarketProvider>
        </OfflineProvider>
      </I18nProvider>
    )
  })
  await screen.findAllByRole('listitem')
  if (!offline) throw new Error('the page did not start')
  return offline.db
}

/** Texts without the bidi isolation marks the messages put around arguments. */
const text = (element: Element) => (element.textContent ?? '').replace(/[\u2066-\u2069]/g, '')
const lines = () => screen.getAllByRole('listitem')
const lineOf = (name: string) => {
  const line = lines().find((item) => text(item).includes(name))
  if (!line) throw new Error(`no cart line for ${name}`)
  return line
}
const subtotal = () => text(screen.getByTestId('cart-subtotal'))
const pendingCartChanges = async (db: LocalDb) =>
  (await listPendingMutations(db)).map((mutation: Mutation) =>
    mutation.kind === 'cart.set_quantity' ? [mutation.variantId, mutation.quantity] : [mutation.kind],
  )

describe('CartPage', () => {
  it('lists the stored lines with their options, line totals and subtotal through Price', async () => {
    await openCart()
    expect(lines()).toHaveLength(2)
    const shoeLine = lineOf('Trail shoe')
    expect(text(shoeLine)).toContain('Size 42')
    expect(text(shoeLine)).toContain('Black')
    // Unit price and line total (2 × €25.00).
    expect([...shoeLine.querySelectorAll('.price__amount')].map(text)).toEqual(['€25.00', '€50.00'])
    expect(subtotal()).toBe('€60.00')
    expect(text(screen.getByText(/items?$/))).toBe('3 items')
  })

  it('queues a quantity change offline-first and shows the new totals at once', async () => {
    const db = await openCart()
    const select = within(lineOf('Trail shoe')).getByRole<HTMLSelectElement>('combobox', {
      name: /Quantity of .*Trail shoe/,
    })
    expect(select.value).toBe('2')

    fireEvent.change(select, { target: { value: '3' } })

    await waitFor(() => expect(subtotal()).toBe('€85.00'))
    expect([...lineOf('Trail shoe').querySelectorAll('.price__amount')].map(text)).toEqual(['€25.00', '€75.00'])
    expect(text(screen.getByText(/items?$/))).toBe('4 items')
    expect(await pendingCartChanges(db)).toEqual([['shoe-42-black', 3]])
  })

  it('removes a line, and shows the empty cart once the last one is gone', async () => {
    const db = await openCart()

    fireEvent.click(within(lineOf('Wool socks')).getByRole('button', { name: /Remove .*Wool socks/ }))

    await waitFor(() => expect(lines()).toHaveLength(1))
    expect(subtotal()).toBe('€50.00')
    expect(await pendingCartChanges(db)).toEqual([['socks-one', 0]])

    fireEvent.click(within(lineOf('Trail shoe')).getByRole('button', { name: /Remove .*Trail shoe/ }))

    expect(await screen.findByText('Your cart is empty.')).toBeTruthy()
    expect(screen.queryByTestId('cart-subtotal')).toBeNull()
    expect(await pendingCartChanges(db)).toEqual([
      ['socks-one', 0],
      ['shoe-42-black', 0],
    ])
  })
})
