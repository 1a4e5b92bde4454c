/**
 * One product of the inventory page: its name, category and total stock, then one editor per live
 * variant (admin-inventory-variant-editor.tsx). The card keeps the product as the last answer
 * returned it — a save or a conflict of one variant also brings its siblings' current stock.
 */
import { createSignal, For, type JSX, Show } from 'solid-js'
import type { InventoryItem } from '../../shared/catalog/admin-inventory-schema.ts'
import { useAdminI18n } from './admin-i18n.tsx'
import { VariantEditor } from './admin-inventory-variant-editor.tsx'

/** `initial`: the product as listed; from then on the card keeps the product each answer returns. */
export function InventoryCard(props: { readonly initial: InventoryItem }): JSX.Element {
  const { t } = useAdminI18n()
  const [item, setItem] = createSignal(props.initial)
  const nameId = () => `inventory-${item().id}-name`
  // Rows keyed by id (strings compare by value), so a new answer keeps each row's typed values and outcome.
  const variantIds = () => item().variants.map((variant) => variant.id)
  return (
    <article class="admin-inventory__card" aria-labelledby={nameId()}>
      <h2 id={nameId()}>{item().name}</h2>
      <p class="admin-inventory__facts">
        <span>{item().categoryName}</span>
        <span>{t('admin.inventory.inStock', { count: item().stock })}</span>
        <Show when={item().variants.length > 1}>
          <span>{t('admin.inventory.variantCount', { count: item().variants.length })}</span>
        </Show>
      </p>
      <ul class="admin-inventory__variants">
        <For each={variantIds()}>
          {(variantId) => (
            <li>
              <VariantEditor item={item()} variantId={variantId} onItem={setItem} />
            </li>
          )}
        </For>
      </ul>
    </article>
  )
}
