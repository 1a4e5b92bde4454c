/** The admin's inventory edits as tests make them, through the per-variant inventory API. */
import { expect } from 'vitest'
import type { InventoryPage } from '../../shared/catalog/admin-inventory-schema.ts'
import type { ProductVariant } from '../../shared/catalog/product.ts'
import type { TestBrowser } from './test-browser.ts'

/** Sets a variant's price as the admin would: naming the revision the inventory page showed. */
export async function changeVariantPrice(admin: TestBrowser, variant: ProductVariant, price: number): Promise<void> {
  const listed = (await (await admin.request(`/api/admin/inventory?q=${variant.sku}`)).json()) as InventoryPage
  const revision = listed.items.flatMap((item) => item.variants).find((v) => v.id === variant.id)?.revision
  const response = await admin.request(`/api/admin/inventory/variants/${variant.id}`, {
    method: 'PATCH',
    json: { price, expectedRevision: revision },
  })
  expect(response.status, await response.clone().text()).toBe(200)
}
