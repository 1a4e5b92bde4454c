/**
 * "Write a review" beside each line of a delivered order (issue 15). Order lines carry no slug: it is
 * looked up in the local catalog, and a product no longer there gets no link.
 */
import { A } from '@solidjs/router'
import { type JSX, Show } from 'solid-js'
import type { ProductId } from '../../shared/ids.ts'
import type { Order } from '../../shared/orders/order.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { reviewFormPath } from '../reviews/review-paths.ts'

/** Slugs of the order's products by id, for a delivered order only (empty otherwise). */
export function createReviewSlugs(order: () => Order): () => ReadonlyMap<ProductId, string> {
  const { db } = useOffline()
  const slugs = createLiveQuery(() => {
    const current = order()
    const ids = current.status === 'delivered' ? current.lines.map((line) => line.productId) : []
    return async () => {
      const products = ids.length === 0 ? [] : await db.products.bulkGet(ids)
      return new Map(products.flatMap((product) => (product ? [[product.id, product.slug] as const] : [])))
    }
  }, new Map<ProductId, string>())
  return slugs.value
}

export function WriteReviewLink(props: { readonly slug: string | undefined; readonly product: string }): JSX.Element {
  const { t } = useI18n()
  return (
    <Show when={props.slug}>
      {(slug) => (
        <A
          class="order-line__review"
          href={reviewFormPath(slug())}
          aria-label={t('reviews.writeForLine', { product: props.product })}
        >
          {t('reviews.write')}
        </A>
      )}
    </Show>
  )
}
