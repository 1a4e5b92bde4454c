/**
 * The product page's variant choice, kept in its URL as `?variant=<id>` so a shared or reloaded link
 * opens the same variant. Each change replaces the history entry: Back leaves the product instead of
 * stepping through every size tried. A partial selection names no variant and drops the parameter.
 * Everything comes from the product object, so it works offline from the device's catalog.
 */
import { useSearchParams } from '@solidjs/router'
import { type Accessor, createEffect, createMemo, createSignal, on } from 'solid-js'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import { findVariant } from '../../shared/catalog/variant.ts'
import {
  chooseValue,
  initialSelection,
  type Selection,
  selectedVariant,
  selectionOf,
  shownVariant,
} from '../../shared/catalog/variant-selection.ts'

export type VariantChoice = {
  readonly selection: Accessor<Selection>
  /** The chosen variant; undefined while an option is still to choose. */
  readonly variant: Accessor<ProductVariant | undefined>
  /** What the page shows (images, price): the chosen variant, or the likeliest one of a partial choice. */
  readonly shown: Accessor<ProductVariant | undefined>
  readonly choose: (optionCode: string, valueCode: string) => void
}

/**
 * A partial choice has no URL of its own: kept here for the session, so a page that is rendered
 * afresh (the router may re-create it on a navigation within the page) does not lose it.
 */
const partialChoices = new Map<string, Selection>()

function openingSelection(product: Product, variantParam: string | undefined): Selection {
  const partial = variantParam ? undefined : partialChoices.get(product.id)
  return partial ?? initialSelection(product, variantParam)
}

export function createVariantChoice(product: Accessor<Product>): VariantChoice {
  const [search, setSearch] = useSearchParams<{ variant?: string }>()
  const [selection, setSelection] = createSignal<Selection>(openingSelection(product(), search.variant))
  // Another product in the same page component (a link from one product to another).
  createEffect(
    on(
      () => product().id,
      () => setSelection(openingSelection(product(), search.variant)),
      { defer: true },
    ),
  )
  const variant = createMemo(() => selectedVariant(product(), selection()))
  // A link to this same product with another variant (the URL changed, not by `choose`).
  createEffect(
    on(
      () => search.variant,
      (id) => {
        const named = id ? findVariant(product(), id) : undefined
        if (named && named.id !== variant()?.id) setSelection(selectionOf(named))
      },
      { defer: true },
    ),
  )
  const choose = (optionCode: string, valueCode: string) => {
    const next = chooseValue(product(), selection(), optionCode, valueCode)
    const chosen = selectedVariant(product(), next)
    if (chosen) partialChoices.delete(product().id)
    else partialChoices.set(product().id, next)
    setSelection(next)
    setSearch({ variant: chosen?.id }, { replace: true, scroll: false })
  }
  return { selection, variant, shown: () => shownVariant(product(), selection()), choose }
}
