import { For, type JSX } from 'solid-js'
import type { Product } from '../../shared/catalog/product.ts'
import { ProductCard } from './product-card.tsx'

/** Images in roughly the first row load eagerly; the rest are lazy. */
const eagerCards = 4

export function ProductGrid(props: { readonly products: readonly Product[]; readonly label: string }): JSX.Element {
  return (
    <ul class="product-grid" aria-label={props.label}>
      <For each={props.products}>
        {(product, index) => <ProductCard product={product} priority={index() < eagerCards} />}
      </For>
    </ul>
  )
}

export function ProductGridSkeleton(props: { readonly count: number; readonly label: string }): JSX.Element {
  return (
    <div class="product-grid" role="progressbar" aria-busy="true" aria-label={props.label}>
      <For each={Array.from({ length: props.count })}>{() => <div class="skeleton skeleton--card" />}</For>
    </div>
  )
}
