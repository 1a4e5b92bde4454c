import { type Accessor, createEffect, createMemo, createSignal, For, type JSX, onCleanup } from 'solid-js'
import type { Product } from '../../shared/catalog/product.ts'
import { holdFirstRender } from '../platform/first-render.ts'
import { ProductCard } from './product-card.tsx'

/** Images in roughly the first row load eagerly; the rest are lazy. */
const eagerCards = 4

/** Cards built per task: a phone builds a few cards in well under the 50 ms of a long task. */
const cardsPerTask = 4

export function ProductGrid(props: {
  readonly products: readonly Product[]
  readonly label: string
  /** How many first cards load their image at once (a page whose LCP is elsewhere passes 0). */
  readonly eager?: number
}): JSX.Element {
  const products = createStableProducts(() => props.products)
  const built = createGrowingCount(() => products().length)
  return (
    <ul class="product-grid" aria-label={props.label}>
      <For each={products().slice(0, built())}>
        {(product, index) => <ProductCard product={product} priority={index() < (props.eager ?? eagerCards)} />}
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

/**
 * Each query answer is new objects, and <For> keys its rows by reference: without this, a grid that
 * grows by a few cards (or a sync that touched one product) would build every card again. A product
 * whose id and version are unchanged keeps its previous object, so only new or changed cards render.
 */
function createStableProducts(products: Accessor<readonly Product[]>): Accessor<readonly Product[]> {
  let previous = new Map<string, Product>()
  return createMemo(() => {
    const next = new Map<string, Product>()
    const stable = products().map((product) => {
      const kept = previous.get(product.id)
      const shown = kept && kept.version === product.version ? kept : product
      next.set(product.id, shown)
      return shown
    })
    previous = next
    return stable
  })
}

/**
 * How many cards to build: `cardsPerTask` more per task until all are there. <For> keeps the cards
 * already built, so each task builds only its few. The app's first render waits for it before it
 * replaces the server's HTML (platform/first-render.ts).
 */
function createGrowingCount(total: Accessor<number>): Accessor<number> {
  const [count, setCount] = createSignal(cardsPerTask)
  const done = holdFirstRender()
  onCleanup(done)
  createEffect(() => {
    if (count() >= total()) {
      done()
      return
    }
    const next = setTimeout(() => setCount((n) => n + cardsPerTask), 0)
    onCleanup(() => clearTimeout(next))
  })
  return () => Math.min(count(), total())
}
