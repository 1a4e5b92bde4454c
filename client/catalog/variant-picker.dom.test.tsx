import { createMemoryHistory, MemoryRouter, Route, useLocation } from '@solidjs/router'
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library'
import type { JSX } from 'solid-js'
import { afterEach, describe, expect, it } from 'vitest'
import en from '../../locales/en.json'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import { asCategoryId, asProductId, asVariantId } from '../../shared/ids.ts'
import { createI18n, I18nProvider } from '../platform/i18n.tsx'
import { createVariantChoice } from './variant-choice.ts'
import { VariantPicker } from './variant-picker.tsx'

function variant(size: string, colour: string, stock: number): ProductVariant {
  return {
    id: asVariantId(`v${size}-${colour}`),
    sku: `SHOE-${size}-${colour}`,
    optionValues: { size, colour },
    price: 10_000,
    compareAtPrice: null,
    stock,
    barcode: null,
    weightGrams: null,
    imageIndexes: [],
  }
}

/** Sizes 40–42; 41 is sold out in both colours, 42 comes in black only, and no variant is white. */
const shoe: Product = {
  id: asProductId('shoe'),
  slug: 'trail-shoe',
  name: 'Trail shoe',
  description: '',
  brand: 'Acme',
  tags: [],
  categoryId: asCategoryId('shoes'),
  price: 10_000,
  currency: 'EUR',
  stock: 10,
  featured: false,
  images: [],
  options: [
    {
      code: 'size',
      name: 'Size',
      values: [
        { code: '40', label: '40' },
        { code: '41', label: '41' },
        { code: '42', label: '42' },
      ],
    },
    {
      code: 'colour',
      name: 'Colour',
      values: [
        { code: 'black', label: 'Black', swatch: '#111111' },
        { code: 'red', label: 'Red', swatch: '#c0392b' },
        { code: 'white', label: 'White', swatch: '#ffffff' },
      ],
    },
  ],
  variants: [
    variant('41', 'black', 0),
    variant('40', 'black', 5),
    variant('40', 'red', 2),
    variant('41', 'red', 0),
    variant('42', 'black', 3),
  ],
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
}

/** The product page's wiring of the picker: the choice kept in the URL (variant-choice.ts). */
function PickerOnPage(props: { readonly product: Product }): JSX.Element {
  const choice = createVariantChoice(() => props.product)
  const location = useLocation()
  return (
    <I18nProvider i18n={createI18n('en', en)}>
      <VariantPicker product={props.product} selection={choice.selection()} onChoose={choice.choose} />
      <output data-testid="chosen">{choice.variant()?.id ?? 'none'}</output>
      <output data-testid="search">{location.search}</output>
    </I18nProvider>
  )
}

afterEach(cleanup)

/** The radio of `value` in the option group named `group` (its legend). */
function radio(group: 'Size' | 'Colour', value: string): HTMLInputElement {
  const input = screen.getByRole('group', { name: group }).querySelector<HTMLInputElement>(`input[value="${value}"]`)
  if (!input) throw new Error(`no ${group} radio ${value}`)
  return input
}
/** The checked value of each group, in order. */
const checkedValues = () =>
  screen
    .getAllByRole<HTMLInputElement>('radio')
    .filter((input) => input.checked)
    .map((input) => input.value)
/** What a screen reader adds to the radio's name (its `aria-describedby` text). */
const description = (input: HTMLElement) => {
  const id = input.getAttribute('aria-describedby')
  return id ? (document.getElementById(id)?.textContent ?? null) : null
}
const chosen = () => screen.getByTestId('chosen').textContent
const search = () => screen.getByTestId('search').textContent

async function open(location: string): Promise<void> {
  const history = createMemoryHistory()
  history.set({ value: location, replace: true, scroll: false })
  render(() => (
    <MemoryRouter history={history}>
      <Route path="/p/:slug" component={() => <PickerOnPage product={shoe} />} />
    </MemoryRouter>
  ))
  await screen.findByRole('group', { name: 'Size' })
}

describe('VariantPicker on the product page', () => {
  it('opens on the first variant in stock, with every option a labelled radio group', async () => {
    await open('/p/trail-shoe')
    expect(screen.getAllByRole('radio', { name: /^4[0-2]$/ }).map((input) => input.getAttribute('value'))).toEqual([
      '40',
      '41',
      '42',
    ])
    expect(checkedValues()).toEqual(['40', 'black'])
    expect(chosen()).toBe('v40-black')
  })

  it('picks the variant of the chosen size and colour and names it in the URL', async () => {
    await open('/p/trail-shoe')
    fireEvent.click(screen.getByRole('radio', { name: 'Red' }))
    expect(chosen()).toBe('v40-red')
    // The router navigates in a transition: the URL follows a moment later.
    await waitFor(() => expect(search()).toBe('?variant=v40-red'))
    expect(checkedValues()).toEqual(['40', 'red'])

    fireEvent.click(screen.getByRole('radio', { name: '41' }))
    expect(chosen()).toBe('v41-red')
    await waitFor(() => expect(search()).toBe('?variant=v41-red'))
  })

  it('disables the values no variant combines with the earlier choices, and says why', async () => {
    await open('/p/trail-shoe')
    // No variant is white, whatever the size.
    expect(radio('Colour', 'white').disabled).toBe(true)
    expect(radio('Colour', 'red').disabled).toBe(false)

    fireEvent.click(radio('Size', '42'))
    expect(chosen()).toBe('v42-black')
    // 42 comes in black only.
    expect(radio('Colour', 'red').disabled).toBe(true)
    expect(description(radio('Colour', 'red'))).toBe('Not available with this choice')
    expect(radio('Colour', 'black').disabled).toBe(false)
    expect(description(radio('Colour', 'black'))).toBeNull()
  })

  it('keeps a sold-out value choosable and describes it as sold out', async () => {
    await open('/p/trail-shoe')
    const size41 = radio('Size', '41')
    expect(size41.disabled).toBe(false)
    expect(description(size41)).toBe('Sold out')
    expect(description(radio('Size', '40'))).toBeNull()
  })

  it('drops a later choice the new one does not combine with, naming no variant until it is chosen again', async () => {
    await open('/p/trail-shoe?variant=v40-red')
    expect(chosen()).toBe('v40-red')
    expect(checkedValues()).toEqual(['40', 'red'])

    fireEvent.click(radio('Size', '42'))
    expect(chosen()).toBe('none')
    await waitFor(() => expect(search()).toBe(''))
    expect(checkedValues()).toEqual(['42'])

    fireEvent.click(radio('Colour', 'black'))
    expect(chosen()).toBe('v42-black')
    await waitFor(() => expect(search()).toBe('?variant=v42-black'))
  })
})
