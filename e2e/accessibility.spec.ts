/**
 * axe-core on the shopper's pages as the app renders them, variant picker and cart lines included:
 * no violation of WCAG 2.1 A/AA or best practice. The script is evaluated through the DevTools
 * protocol, which the page's CSP does not govern (the shop itself never loads it).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import type { AxeResults } from 'axe-core'
import { addToCart } from './checkout-flow.ts'
import { expect, productsInStock, syncStatus, test } from './fixtures.ts'
import { createShoe } from './variant-fixtures.ts'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Each violation as `rule: target, target…`, so a failure says what and where. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(
      document,
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    ),
  )
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}

test('the shopper’s pages have no axe violations: home, category, collection, product with a picker, search, cart, wishlist', async ({
  page,
  sql,
}) => {
  // Seven pages through axe on a shared machine: more than the default minute.
  test.slow()
  const shoe = await createShoe(sql)
  const [product] = await productsInStock(sql, 1, 7)
  if (!product) throw new Error('no product')
  const pages: [string, string][] = [
    ['home', '/'],
    ['category', '/c/shoes'],
    ['collection', '/collections/wireless'],
    ['product with sizes and colours', `/p/${shoe.slug}`],
    ['search results', '/search?q=headphones'],
  ]
  for (const [name, path] of pages) {
    await test.step(name, async () => {
      await page.goto(path)
      await expect(syncStatus(page)).toBeVisible()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  }
  await test.step('cart with a line', async () => {
    await addToCart(page, product)
    await page.getByRole('link', { name: /^Cart, / }).click()
    await expect(page.getByRole('heading', { name: 'Cart', level: 1 })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
  await test.step('wishlist with an item', async () => {
    await page.getByRole('button', { name: `Move to wishlist: ${product.name}` }).click()
    await page.getByRole('link', { name: /^Wishlist, / }).click()
    await expect(page.getByRole('button', { name: `Move to cart: ${product.name}` })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
})
